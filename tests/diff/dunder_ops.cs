# Operator dunders: every binary operator with its reflected and in-place
# forms, NotImplemented fallbacks, subclass-first reflection, unary
# operators, __eq__/__hash__, container protocol (__len__, __getitem__,
# __setitem__, __delitem__, __iter__, __contains__, __bool__,
# __reversed__), __call__, attribute hooks and context managers.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or"]

class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Num(%r)" % (self.v,)
def make(op):
    def fwd(self, other):
        return "%s(%r, %r)" % (op, self.v, other)
    def rev(self, other):
        return "r%s(%r, %r)" % (op, self.v, other)
    def inp(self, other):
        return "i%s(%r, %r)" % (op, self.v, other)
    return fwd, rev, inp
for op in ops:
    f, r, i = make(op)
    setattr(Num, "__%s__" % op, f)
    setattr(Num, "__r%s__" % op, r)
    setattr(Num, "__i%s__" % op, i)
n = Num(1)
print(n + 2, n - 2, n * 2, n @ 2, n / 2, n // 2, n % 2, n ** 2, n << 2, n >> 2, n & 2, n ^ 2, n | 2)
print(2 + n, 2 - n, 2 * n, 2 @ n, 2 / n, 2 // n, 2 % n, 2 ** n, 2 << n, 2 >> n, 2 & n, 2 ^ n, 2 | n)
x = n; x += 1; print(x)
x = n; x -= 1; print(x)
x = n; x *= 1; print(x)
x = n; x @= 1; print(x)
x = n; x /= 1; print(x)
x = n; x //= 1; print(x)
x = n; x %= 1; print(x)
x = n; x **= 1; print(x)
x = n; x <<= 1; print(x)
x = n; x >>= 1; print(x)
x = n; x &= 1; print(x)
x = n; x ^= 1; print(x)
x = n; x |= 1; print(x)
print(pow(n, 3), pow(3, n))
t(lambda: pow(n, 3, 5))

# only forward defined: in-place falls back to forward, reflected absent
class Fwd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Fwd(self.v + (o.v if isinstance(o, Fwd) else o))
    def __repr__(self):
        return "Fwd(%r)" % self.v
a = Fwd(1)
b = a
a += 5
print(a, b, a is b)
t(lambda: 1 + Fwd(1))
t(lambda: Fwd(1) - 1)

# NotImplemented fallthrough to the reflected method
class L:
    def __add__(self, o):
        print("L.add")
        return NotImplemented
class R:
    def __radd__(self, o):
        print("R.radd")
        return "radd!"
print(L() + R())
class R2:
    def __radd__(self, o):
        return NotImplemented
t(lambda: L() + R2())

# a subclass's reflected method is tried first when it overrides
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
print(Base() + Derived(), Derived() + Base(), Base() + Base())
class Derived2(Base):
    pass
print(Base() + Derived2())
class MyInt(int):
    def __radd__(self, o):
        return "MyInt.radd"
    def __rsub__(self, o):
        return NotImplemented
print(1 + MyInt(2), MyInt(2) + 1)
print(5 - MyInt(2))

# in-place returning NotImplemented falls back to binary
class IP:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "IP.add"
y = IP()
y += 1
print(y)

# in-place on list vs tuple
lst = [1]
alias = lst
lst += (2, 3)
print(alias)
tp = (1,)
al2 = tp
tp += (2,)
print(al2, tp)

# unary
class U:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "inv"
    def __abs__(self):
        return "abs"
    def __round__(self, n=None):
        return "round %r" % n
    def __index__(self):
        return 3
    def __int__(self):
        return 4
    def __float__(self):
        return 5.5
    def __complex__(self):
        return 1
print(-U(), +U(), ~U(), abs(U()), round(U()), round(U(), 2), int(U()), float(U()))
print([0, 1, 2, 3, 4][U()], hex(U()), bin(U()), oct(U()), "abcd"[U()], range(10)[U()])
t(lambda: -object())

# __eq__ / __hash__
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and o.x == self.x
    def __hash__(self):
        return hash(self.x)
print(P(1) == P(1), P(1) != P(2), len({P(1), P(1), P(2)}), {P(3): "v"}[P(3)], P(1) in [P(0), P(1)])
class NE:
    def __ne__(self, o):
        return "custom ne"
print(NE() != 1, NE() == 1)

# container protocol
class Box:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        print("getitem", i)
        return self.items[i]
    def __setitem__(self, i, v):
        print("setitem", i, v)
        self.items[i] = v
    def __delitem__(self, i):
        print("delitem", i)
        del self.items[i]
bx = Box(1, 2, 3)
print(len(bx), bx[0], bx[-1], bx[0:2])
bx[1] = 20
del bx[0]
print(bx.items, list(bx), 20 in bx, 99 in bx, bool(bx), bool(Box()))
for v in Box("a", "b"):
    print("iter", v)
print(list(reversed(Box(1, 2))) if hasattr(Box, "__reversed__") else "no reversed")
t(lambda: len(object()))
t(lambda: object()[0])
def setobj():
    o = object()
    o[0] = 1
t(setobj)
def delobj():
    o = object()
    del o[0]
t(delobj)
t(lambda: 1 in object())
t(lambda: iter(object()))

class Seq2:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq2())), list(Seq2()), 10 in Seq2(), sorted(Seq2(), reverse=True))

class Contains:
    def __contains__(self, x):
        print("contains", x)
        return x == 5
    def __iter__(self):
        return iter([1, 2])
print(5 in Contains(), 1 in Contains(), 5 not in Contains())
class BadLen:
    def __len__(self):
        return -1
t(lambda: len(BadLen()))
class BigLen:
    def __len__(self):
        return 2 ** 70
t(lambda: len(BigLen()))
class StrLen:
    def __len__(self):
        return "3"
t(lambda: len(StrLen()))
class BoolLen:
    def __len__(self):
        return 0
print(bool(BoolLen()), not BoolLen())
class BoolBad:
    def __bool__(self):
        return 1
t(lambda: bool(BoolBad()))
class BoolBoth:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(BoolBoth()))

class Rev:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(Rev())))

# __call__
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
ad = Adder(3)
print(ad(1), ad(1, times=3), callable(ad), callable(Adder))
t(lambda: ad())
t(lambda: object()())

# attribute hooks
class Dyn:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("x"):
            return "dyn:" + name
        raise AttributeError("no " + name)
d = Dyn()
print(d.real, d.xyz, getattr(d, "xq", None), getattr(d, "nope", "dflt"), hasattr(d, "nope"))
t(lambda: d.nope)
class Guard:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
g = Guard()
g.a = 5
print(g.a, g.__dict__)
del g.a
print(g.__dict__)
class Spy:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name != "__dict__" and name != "__class__":
            print("getattribute", name)
        return object.__getattribute__(self, name)
    def meth(self):
        return "meth"
sp = Spy()
print(sp.x, sp.meth())
t(lambda: sp.missing)
class GAFallback:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "fallback " + name
print(GAFallback().anything)

# context managers
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("s", True):
    raise ValueError("swallowed")
print("after suppress")
try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with CM("one") as p1, CM("two") as p2:
    print(p1, p2)
def ret_in_with():
    with CM("r"):
        return "returned"
print(ret_in_with())
class NoEnter:
    pass
def use_noenter():
    with NoEnter():
        pass
t(use_noenter)
class ExitTruthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"
with ExitTruthy():
    1 / 0
print("truthy exit suppressed")

# __format__ and __bool__ through format/if
class Fmt:
    def __format__(self, spec):
        return "F[%s]" % spec
print(format(Fmt(), "x>5"), f"{Fmt():abc}", "{:q}".format(Fmt()))
# comparison dunders return non-bools
class Cmp:
    def __lt__(self, o):
        return "lt-result"
    def __ge__(self, o):
        return 0
print(Cmp() < 1, 1 > Cmp(), Cmp() >= 1, 1 <= Cmp())
