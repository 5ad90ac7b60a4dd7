# str stripping, replacing, padding, expandtabs, affixes, encode,
# maketrans/translate, and that methods return exact str objects.

print("  hi  ".strip(), "  hi  ".lstrip(), "  hi  ".rstrip(), "xxhixx".strip("x"), "abchiabc".strip("cba"), "hi".strip(None))
print("\t\n hi \x0b\x0c".strip(), "".strip(), "aaa".lstrip("a"), "abc".rstrip("c"), "\u3000x\u00a0".strip(), "ééxéé".strip("é"))
print("«αβγ»".strip("«»"), "日本語日".strip("日"), "abc".strip(""), "😀x😀".strip("😀"))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "abc".replace("b", "", 0))
print("abc".replace("b", ""), "abcbc".replace("bc", "X"), "abc".replace("x", "y"), "".replace("", "z"), "aaa".replace("a", "b", -1))
print("héllo".replace("é", "e"), "αβα".replace("α", "ab"), "日本".replace("", "|"), "x".replace("x", "😀😀"))
print("prefix-body".removeprefix("prefix-"), "body".removeprefix("x"), "body.txt".removesuffix(".txt"), "a".removesuffix(""), "é".removeprefix("é"))
print("abc".center(9, "*"), "abc".center(6), "ab".center(5), "abc".center(2), "abc".ljust(6, "."), "abc".rjust(6), "é".center(5, "—"))
print("[" + "x".center(4) + "]", "[" + "xy".center(5) + "]", "[" + "".center(3, "0") + "]", "abc".ljust(-1), "日本".rjust(4, "·"))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2), "".zfill(3), "-".zfill(3), "é".zfill(3))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "ab\ncd\te".expandtabs(3), "\t".expandtabs(0), "x\ty".expandtabs(tabsize=2))
print("é\tx".expandtabs(4), "a\r\tb".expandtabs(4), "no tabs".expandtabs(), "\t\t".expandtabs(-1))
print("abc".encode(), "héllo".encode("utf-8"), "é".encode("latin-1"), "abc".encode("ascii"), "x".encode(encoding="UTF-8"))
print("é€😀".encode(), "aé€".encode("ascii", "replace"), "aé€".encode("ascii", "ignore"), "aé€".encode("latin-1", "replace"))
print("a€é".encode("ascii", "xmlcharrefreplace"), "a€é😀".encode("ascii", "backslashreplace"), "x".encode("utf8", "nonsense"))
print("héllo".encode().decode(), "日本語".encode("utf-8").decode("utf-8") == "日本語", len("😀".encode()))
table = str.maketrans("abc", "xyz")
print(sorted(table.items()), "aabbcc".translate(table))
print(sorted(str.maketrans("ab", "cd", "e").items(), key=lambda kv: kv[0]))
print(str.maketrans({"a": "1", 98: None}), "abcabc".translate(str.maketrans({"a": "1", "b": None})))
print("hello".translate({104: "J", 111: "0", 108: None}), "abc".translate({97: "xyz"}), "abc".translate([]), "abc".translate("xyz"))
print("αβγ".translate({0x3b1: "a", 0x3b2: None}), "abc".translate({}))
class S(str):
    pass
s = S("  Hello  ")
for r in [s.strip(), s.upper(), s.lower(), s.replace("l", "L"), s.center(3), s.zfill(2), s.split()[0], s.partition("x")[0], s.expandtabs(), s.removeprefix("q")]:
    print(repr(r), type(r).__name__)
print(S("a").join(["x", "y"]), type(S(",").join(["x", "y"])).__name__, type("".join([S("q")])).__name__)
print(str.upper("abc"), str.split("a b"), str.join("-", ["a", "b"]))
