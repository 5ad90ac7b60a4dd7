# Differential fuzzing of the str methods: pseudo-random strings mixing
# ASCII, Latin-1, Greek, CJK, emoji, whitespace and line breaks, run
# through every method with pseudo-random arguments. The generator is a
# fixed LCG so that the expected output (from CPython) never changes.

seed = 2024
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n

alphabet = ["a", "b", "A", " ", ",", "é", "É", "Σ", "σ", "日", "😀", "\t", "\n", "\r", "ß", "1", "x", "\u3000", "ǅ", "-"]

def rstr(maxlen):
    return "".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1)))

def rint():
    return rnd(16) - 6

def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))

for i in range(250):
    s = rstr(12)
    sub = rstr(2)
    a, b = rint(), rint()
    t("find", lambda: (s.find(sub), s.find(sub, a), s.find(sub, a, b), s.rfind(sub, a), s.rfind(sub, a, b)))
    t("count", lambda: (s.count(sub), s.count(sub, a), s.count(sub, a, b)))
    t("index", lambda: s.index(sub, a))
    t("affix", lambda: (s.startswith(sub, a), s.endswith(sub, a, b), s.startswith((sub, "x")), s.removeprefix(sub), s.removesuffix(sub)))
    t("split", lambda: (s.split(), s.split(None, a), s.rsplit(None, a), s.split(sub) if sub else None, s.rsplit(sub, b) if sub else None))
    t("splitlines", lambda: (s.splitlines(), s.splitlines(True)))
    t("partition", lambda: (s.partition(sub), s.rpartition(sub)))
    t("strip", lambda: (s.strip(), s.lstrip(sub), s.rstrip(sub), s.strip(sub + " ")))
    t("replace", lambda: (s.replace(sub, "<>"), s.replace(sub, "", a), s.replace("a", sub)))
    t("case", lambda: (s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold()))
    t("is", lambda: (s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isascii(), s.isdecimal(), s.isnumeric()))
    t("pad", lambda: (s.center(a + 10, "*"), s.ljust(b + 8), s.rjust(a + 9, "é"), s.zfill(b + 10), s.expandtabs(a)))
    t("join", lambda: (sub.join(s.split()), "|".join(s)))
    t("encode", lambda: (s.encode(), s.encode("latin-1", "replace"), s.encode("ascii", "ignore")))
    t("encode-strict", lambda: s.encode("ascii"))
    t("slices", lambda: (s[a:b], s[::-1], len(s), sub in s))
