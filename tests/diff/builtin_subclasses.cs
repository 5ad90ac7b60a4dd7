# Subclasses of the built-in types: construction through __new__ and
# __init__, results of operators (plain base type), repr/str/format,
# hashing and equality with the base type, extra attributes, and
# overriding methods that the base type's own methods do not call.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

class F(float):
    def __new__(cls, v, unit="m"):
        self = super().__new__(cls, v)
        self.unit = unit
        return self
    def __repr__(self):
        return "F(%s%s)" % (float(self), self.unit)
f = F(2.5)
print(f, f + 1, type(f + 1).__name__, f * 2, -f, abs(F(-1.5)), f == 2.5, hash(f) == hash(2.5), f.unit, F(3, "cm"))
print(format(f, ".3f"), f"{f:>8.2f}|", "%.1f %d %s %r" % (f, f, f, f), str(f), int(f), round(f), round(f, 1))
print(f.real, f.imag, f.is_integer(), f.as_integer_ratio(), f.hex(), float(f), type(float(f)).__name__)
print(isinstance(f, float), f < 3, 3 > f, f // 1, f % 2, divmod(f, 2), f ** 2, 2 ** F(3.0), sorted([F(3), F(1), 2.0]))
print(max(F(1.5), 1), sum([F(0.5), F(0.25)]), F(7) / F(2), [1, 2, 3][int(F(1.9))], F("1e3"), F(" -0.5 "))
print(vars(f), F.__mro__, F.fromhex("0x1p2"), type(F.fromhex("0x1p2")).__name__)

class I(int):
    def __add__(self, other):
        return I(int(self) + int(other) + 1000)
    def __str__(self):
        return "I" + int.__repr__(self)
i = I(5)
print(i + 1, 1 + i, i - 1, type(i - 1).__name__, i * 2, str(i), repr(i), format(i, "03d"), f"{i}", "%d" % i)
print(i == 5, hash(i) == hash(5), {5: "five"}[i], int(i), type(int(i)).__name__, i.bit_length(), -i, ~i, i ** 2)
print(I(10) // 3, I(10) % 3, divmod(I(10), 3), I("ff", 16), I(3.9), sorted([I(3), 1, I(2)]), range(I(3)))
print(bool(I(0)), [10, 20][I(1)], hex(I(255)), I(1) << 3, isinstance(True, I), I.__mro__[1:])

class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hey")
print(s, repr(s), s.shout(), s + "you", type(s + "you").__name__, s * 2, s[0], type(s[0]).__name__, len(s))
print(s.upper(), type(s.upper()).__name__, s == "hey", hash(s) == hash("hey"), {"hey": 1}[s], f"{s:>5}", "%s" % s)
print(s.split("e"), type(s.split("e")[0]).__name__, "-".join([s, s]), s in "they", "e" in s, sorted(S("cba")))
class L(list):
    def total(self):
        return sum(self)
l = L([3, 1, 2])
l.append(4)
l.sort()
print(l, l.total(), type(l).__name__, l + [5], type(l + [5]).__name__, l[1:], type(l[1:]).__name__, l == [1, 2, 3, 4])
l += [9]
print(l, type(l).__name__, len(l), list(reversed(l)), L(), bool(L()), L("ab"), l * 2, type(l * 2).__name__)
class D(dict):
    def __missing__(self, key):
        return key.upper()
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), d, type(d.copy()).__name__, d | {"b": 2}, type(d | {"b": 2}).__name__, D.fromkeys("xy"))
class T(tuple):
    @property
    def first(self):
        return self[0]
tt = T((1, 2, 3))
print(tt, tt.first, tt + (4,), type(tt + (4,)).__name__, tt[1:], type(tt[1:]).__name__, hash(tt) == hash((1, 2, 3)), T())
class B(bytes):
    pass
bb = B(b"xyz")
print(bb, bb[0], bb[1:], type(bb[1:]).__name__, bb.upper(), len(bb), bb == b"xyz")
class Fs(frozenset):
    pass
print(sorted(Fs([3, 1])), type(Fs([1]) | {2}).__name__, Fs([1]) == frozenset([1]))
t(lambda: type("X", (bool,), {}))
t(lambda: type("X", (type(None),), {}))
t(lambda: type("X", (range,), {}))
class E(Exception):
    pass
class MyType(type):
    pass
print(isinstance(E(), BaseException), MyType("Z", (), {}).__name__, type(MyType).__name__)
