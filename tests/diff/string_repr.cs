# repr() of str: quote choice, escapes of control characters, backslashes,
# non-printable and non-ASCII code points, surrogates, and ascii(); plus
# repr of containers holding strings and of bytes.

samples = [
    "", "plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "new\nline",
    "cr\rreturn", "nul\x00byte", "bell\x07", "esc\x1b[0m", "del\x7f", "\x80\x9f", "nbsp\xa0",
    "soft\xadhyphen", "é", "ñandú", "日本語", "emoji😀", "zero\u200bwidth", "line\u2028sep",
    "rtl\u202emark", "combining e\u0301", "\ufeffbom", "\ud800",
    "mixed 'single' and \"double\" and \\", "\\n is not newline", "tab\\t", "a\x0bb\x0cc",
    "\u00ad\u034f", "\U0001d400bold", "Ω≈ç√∫", "\x1f\x20\x7e",
]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr(samples[:4]))
print({"key'": "val\"ue", "é": "\n"})
print(("tab\t",), ["\x00"])
print(str("x\ny"), "%r" % "q'", repr("a'b"))
print(repr(b"bytes 'q' \"d\" \\ \x00\x7f\x80\xff\n"), repr(b"'"), repr(b'"'), repr(b"'\""))
print(repr(bytearray(b"ba\x01")), ascii(b"x"))
class S(str):
    pass
print(repr(S("sub'str")), str(S("x")), type(repr(S("y"))).__name__)
print(repr("a" * 3), repr("\\" * 2), repr("'" * 2), repr('"' * 2))
print(repr(chr(0x7f)), repr(chr(0xa0)), repr(chr(0x2029)), repr(chr(0x3000)))
