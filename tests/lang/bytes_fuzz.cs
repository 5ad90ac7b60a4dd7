# Differential fuzzing of the bytes and bytearray methods with a fixed
# LCG: pseudo-random byte strings (letters, digits, whitespace, line
# breaks, high bytes) through every method with pseudo-random arguments.

seed = 77
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n

alphabet = b"abAB ,\t\n\r1x-\xc3\xa9\xff\x00"

def rbytes(maxlen):
    return bytes(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1)))

def rint():
    return rnd(16) - 6

def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))

for i in range(200):
    s = rbytes(12)
    if i % 3 == 0:
        s = bytearray(s)
    sub = rbytes(2)
    a, b = rint(), rint()
    t("find", lambda: (s.find(sub), s.find(sub, a), s.find(sub, a, b), s.rfind(sub, a), s.rfind(sub, a, b), s.find(97)))
    t("count", lambda: (s.count(sub), s.count(sub, a), s.count(sub, a, b)))
    t("index", lambda: s.index(sub, a))
    t("affix", lambda: (s.startswith(sub, a), s.endswith(sub, a, b), s.startswith((sub, b"x")), s.removeprefix(sub), s.removesuffix(sub)))
    t("split", lambda: (s.split(), s.split(None, a), s.rsplit(None, a), s.split(sub) if sub else None, s.rsplit(sub, b) if sub else None))
    t("splitlines", lambda: (s.splitlines(), s.splitlines(True)))
    t("partition", lambda: (s.partition(sub), s.rpartition(sub)))
    t("strip", lambda: (s.strip(), s.lstrip(sub), s.rstrip(sub), s.strip(sub + b" ")))
    t("replace", lambda: (s.replace(sub, b"<>"), s.replace(sub, b"", a), s.replace(b"a", sub)))
    t("case", lambda: (s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase()))
    t("is", lambda: (s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isascii()))
    t("pad", lambda: (s.center(a + 10, b"*"), s.ljust(b + 8), s.rjust(a + 9), s.zfill(b + 10), s.expandtabs(a)))
    t("join", lambda: (sub.join(s.split()), s.hex(), s.hex(":", a) if a else s.hex()))
    t("decode", lambda: (s.decode("latin-1"), s.decode("utf-8", "replace"), s.decode("ascii", "ignore"), s.decode("utf-8", "backslashreplace")))
    t("decode-strict", lambda: s.decode())
    t("slices", lambda: (s[a:b], s[::-1], len(s), sub in s, s + sub, s * 2 == s + s))
    t("fromhex", lambda: bytes.fromhex(s.hex()) == s)
