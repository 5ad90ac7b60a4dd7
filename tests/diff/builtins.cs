# The builtin functions: print (sep/end/file/flush), input from stdin,
# isinstance/issubclass with tuples, getattr/setattr/hasattr/delattr,
# vars/dir/globals/locals, hash/id semantics, chr/ord/hex/oct/bin/format,
# round/divmod/pow/abs, len/repr/ascii/callable/type, int/str/bool
# conversions, exec/eval, and their error messages (input() is tested
# in tests/lang/builtins_input.cs, which has a stdin).
import sys

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

print("a", "b", 1, None, sep="-", end="|\n")
print("no newline", end="")
print()
print(*[1, 2, 3], sep="")
print("x", sep=None, end=None)
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
print(sep="ignored")
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = Writer()
print("hello", 42, file=w, sep=", ", end="!")
print(w.parts)
t(lambda: print(sep=5))
t(lambda: print(end=[]))
t(lambda: print("x", file=5))
t(lambda: print(bad=1))

# isinstance / issubclass
print(isinstance(1, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int))), isinstance(True, int))
print(isinstance("s", str), isinstance([], (tuple, dict)), isinstance(None, type(None)), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(list, list), issubclass(type, object))
print(isinstance(1, int | str), isinstance("a", int | None), issubclass(bool, int | str))
t(lambda: isinstance(1, 1))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))

# attribute builtins
class Obj:
    cls_attr = "c"
o = Obj()
setattr(o, "x", 5)
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "missing", "dflt"), hasattr(o, "x"), hasattr(o, "nope"))
delattr(o, "x")
print(hasattr(o, "x"), vars(o), sorted(vars(Obj).keys())[:3])
t(lambda: getattr(o, "missing"))
t(lambda: delattr(o, "missing"))
t(lambda: vars(5))
t(lambda: setattr(5, "x", 1))
t(lambda: setattr(o, 1, 1))
print(getattr(1, "real"), getattr("abc", "upper")(), hasattr(None, "__class__"))

# dir
print([n for n in dir(o) if not n.startswith("_")], "cls_attr" in dir(Obj), dir(5)[:3])
class WithDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(WithDir()))
def local_dir():
    a = 1
    b = 2
    return dir()
print(local_dir())
print(sorted(n for n in dir([]) if not n.startswith("__")))
print(sorted(n for n in dir({}) if not n.startswith("__")))
print(sorted(n for n in dir("") if not n.startswith("__")))
print(sorted(n for n in dir(1) if not n.startswith("__")))

# globals / locals
def show_locals(p, q=2):
    r = p + q
    return sorted(locals().items())
print(show_locals(1))
print("show_locals" in globals(), globals()["__name__"], type(locals()) is dict)

# hash / id
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")))
print(hash(0), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61), hash(1.5), hash(None) == hash(None))
x = []
print(id(x) == id(x), id(x) != id([]), type(id(x)).__name__, id(1) == id(1))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash({1}))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(()) == hash(()))

# chr / ord
print(chr(65), chr(0x1F600), chr(0), ord("A"), ord("€"), ord("😀"), ord(b"a"), ord(bytearray(b"z")))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr("a"))
t(lambda: ord(""))
t(lambda: ord("ab"))
t(lambda: ord(1))

# hex / oct / bin
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 70), bin(True))
t(lambda: hex(1.5))
t(lambda: bin("1"))

# format
print(format(3.14159, ".2f"), format(42), format("x", ">3"), format(1234, ","), format(True), format(None))
t(lambda: format(1, 5))
t(lambda: format(object(), "s"))

# round / divmod / pow / abs
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(5), round(0.5), round(-0.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 7))
print(pow(2, 10), pow(2, -1), pow(2, 100, 1000), pow(-1, 0.5) if False else "", pow(7, -1, 13), pow(2.0, 3))
print(abs(-5), abs(-5.5), abs(True), abs(-2 ** 70), abs(-0.0))
t(lambda: round("1"))
t(lambda: round(1.5, "2"))
t(lambda: divmod(1, "a"))
t(lambda: abs("a"))

# len / repr / ascii / callable / type
print(len("héllo"), len([1, 2]), len({"a": 1}), len(range(10)), len(b"ab"), len({1, 2, 2}))
print(repr("a'b"), repr('a"b'), ascii("héllo"), ascii(["é"]), repr(None), repr(...), repr(NotImplemented))
print(callable(len), callable(lambda: 0), callable(Obj), callable(o), callable(None))
print(type(1), type(type), type(None), type(...).__name__, type(NotImplemented).__name__)
t(lambda: len(5))
t(lambda: len())

# conversions
print(int("10"), float("1.5"), str(10), bool(0), bool("a"), bool([]), list("ab"), tuple([1]), set() == set(), dict(a=1))
print(str(b"x"), str(1.0), str(None), str(True), bool(None), bool(0.0), bool(-1), bool(()), bool(" "))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytearray(2), complex if False else "no complex")
t(lambda: int("1.5"))
t(lambda: float("x"))
t(lambda: bool(1, 2))
t(lambda: bytes("x"))

# exec / eval
print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}))
ns = {}
exec("a = 5\ndef f():\n    return a * 2", ns)
print(ns["a"], ns["f"]())
exec("print('exec prints')")
t(lambda: eval("1 +"))
t(lambda: eval("undefined_xyz"))
t(lambda: exec(5))
print(eval("[i for i in range(3)]"), eval(" 7 "))
code = compile("3 * 3", "<s>", "eval")
print(eval(code), type(code).__name__)

# misc builtins
print(min(3, 1), max("ab", "b"), sorted({3, 1}), list(reversed("ab")), sum([1, 2]), any([]), all([]))
print(isinstance(iter([]), object), next(iter("a")), list(map(abs, [-1])), list(filter(None, [0, 3])))
print(sorted(dir(__builtins__))[:3] if hasattr(__builtins__, "__dict__") or True else None)
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
print(NotImplemented, Ellipsis, ... is Ellipsis, None.__class__.__name__)
print(divmod(7, 2) == (3, 1), pow(3, 2) == 9, oct(0o17), int("0o17", 8), int("17", 8))
