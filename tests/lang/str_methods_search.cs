# str searching: find, rfind, index, rindex, count, startswith, endswith,
# with start/end given in code points, also for non-ASCII strings.

s = "hello world, hello"
print(s.count("l"), s.count("hello"), s.count(""), s.count("l", 5), s.count("l", 3, 10), s.count("l", -4))
print(s.find("o"), s.find("o", 5), s.find("zz"), s.find(""), s.find("", 100), s.find("o", -5))
print(s.rfind("o"), s.rfind("hello"), s.rfind("", 2, 5), s.rfind("h", 0, -1), s.rfind("l", None, 4))
print(s.index("world"), s.rindex("l"), s.index("l", -3), "abc".find("", 3), "abc".find("", 4), "abc".rfind(""))
print("aaaa".count("aa"), "abc".count("", 2, 1), "abc".count("", 3), "abc".count("", 4), "".count(""), "".find(""))
print(s.find("o", None), s.find("o", None, None), s.count("o", 2**70), s.find("h", -2**70))
u = "naïve café — ünïcödé 😀 end 😀"
print(len(u), u.find("é"), u.rfind("é"), u.find("😀"), u.rfind("😀"), u.find("end"), u.count("é"), u.count("ï"))
print(u.index("ü"), u.find("é", 10), u.find("é", 10, 14), u.rfind("é", 0, 10), u.count("😀", 22), u.find("", 30))
print(u.find("café"), u[u.find("café"):u.find("café") + 4], u.find("x"), u.rindex("c"), u.count(""))
print("日本語のテキスト".find("の"), "日本語のテキスト".rfind("ト"), "日本語日本".count("日本"), "日本語".find("語", -1))
print(s.startswith("hell"), s.startswith("world", 6), s.startswith(("x", "he")), s.endswith("llo"), s.endswith(""))
print(s.endswith("world", 0, 11), s.endswith(("a", "b")), "abc".startswith("", 3), "abc".startswith("", 4))
print(s.startswith("o", -5), s.endswith("hello", -5), s.startswith("hello", 0, 3), s.endswith("l", None, -1))
print(u.startswith("naïve"), u.endswith("😀"), u.startswith("café", 6), u.endswith("café", 0, 10), u.startswith(("x", "n")))
print("".startswith(""), "".endswith("a"), "a".startswith(()), "abc".endswith("abc", -100), "abc".startswith("b", 1, 2))
print("ab" in "abc", "" in "abc", "é" in u, "ß" in u, "😀 end" in u)
