# str splitting and joining: split, rsplit (whitespace and separator,
# maxsplit), splitlines, partition, rpartition, join.

print("a b  c\t\nd ".split(), "  x  ".split(), "".split(), " ".split(), "a,b,,c".split(","), "a,b,,c".split(",", 1))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "  a b  ".split(None, 1), "  a b  ".rsplit(None, 1))
print("a,b,,c".rsplit(","), "a,b,,c".rsplit(",", 1), "abcabc".split("bc"), "x".split("x"), "".split(","))
print("a b".split(maxsplit=0), "a,b".split(sep=","), "a b c".rsplit(maxsplit=1), "a  b".split(" "), "a b".split(None, -1))
print("one\u3000two\u00a0three\u2003four".split(), "x\x1cy\x1dz".split(), "a\u0085b".split())
print("α, β, γ".split(", "), "αβγαβγ".split("β"), "日本 語".split(), "α β γ".rsplit(None, 1), "é,é".rsplit(",", 5))
print("a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines(), "x\n\ny".splitlines(keepends=True))
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines(), "a\r\n\r\nb".splitlines(True), "no newline".splitlines())
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"), "a==b".partition("=="))
print("κλειδί: τιμή".partition(": "), "日本語".rpartition("本"), "x".partition("x"))
print(", ".join(["a", "b", "c"]), "".join([]), "-".join(x for x in "123"), "x".join(["only"]), "".join(("a", "b")))
print("→".join(["α", "β"]), " ".join(map(str, [1, 2, 3])), "-".join("abc"), ",".join({"k": 1}), "".join([""] * 3))
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), " ".join(reversed(words)), sorted(set(words)))
print("a,b;c d".replace(";", ",").replace(" ", ",").split(","))
csv = "name,age\nalice,30\nbob,25\n"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
