# Rich comparisons: numbers across types, sequences lexicographically,
# dicts and sets, None, identity vs equality, user-defined __eq__/__lt__
# with NotImplemented and reflection, and the TypeErrors for unordered types.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1.5 != 1.5)
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 <= 1 <= 1)
print(10**20 == 10.0**20, 10**20 + 1 == 10.0**20, 2**1000 > 1e300, -2**1000 < -1e300)
print("a" < "b", "abc" < "abd", "ab" < "abc", "" < "a", "B" < "a", "é" > "z")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [1, [2]] == [1, [2]])
print((1, 2) < (1, 2, 3), (2,) > (1, 9), (1, "a") < (1, "b"), () == ())
print([1, 2] == (1, 2), [1] != (1,), {1: 2} == {1: 2}, {1: 2} == {1: 3})
print({1, 2} == {2, 1}, {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), frozenset({1}) == {1})
print(None == None, None is None, None != 0, None == False)
print(b"a" < b"b", b"abc" == b"abc", bytearray(b"x") == b"x")
t(lambda: [1] < (1,))
t(lambda: (1,) < [1])
t(lambda: {1: 2} < {1: 2})
t(lambda: None < None)
t(lambda: None < 1)
t(lambda: "a" < 1)
t(lambda: 1 >= "a")
t(lambda: [1, "a"] < [1, 2])
t(lambda: [1, 2] < [1, "a"])
t(lambda: object() < object())
t(lambda: 1.5 <= None)
t(lambda: {1} < [1])
t(lambda: b"a" < "a")
t(lambda: b"a" == "a")

class Money:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, type(other).__name__)
        if isinstance(other, Money):
            return self.v == other.v
        return NotImplemented
    def __lt__(self, other):
        print("lt", self.v)
        if isinstance(other, Money):
            return self.v < other.v
        return NotImplemented
    def __repr__(self):
        return "M%d" % self.v

a, b = Money(1), Money(2)
print(a == Money(1), a != b, a < b, b > a)
print(a == 1, 1 == a, a != 1)
t(lambda: a < 1)
t(lambda: a <= b)
t(lambda: 1 > a)
print(sorted([Money(3), Money(1), Money(2)]))
print(max(Money(3), Money(5)), min([Money(4), Money(2)]))
print(Money(1) in [Money(0), Money(1)])

class Sub(Money):
    def __eq__(self, other):
        print("Sub.eq")
        return "sub-result"
    def __gt__(self, other):
        print("Sub.gt")
        return "sub-gt"
print(Money(1) == Sub(1))
print(Money(1) < Sub(1))

class NoEq:
    pass
x = NoEq()
print(x == x, x != x, x == NoEq(), x is x)

class AlwaysEq:
    def __eq__(self, o):
        return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5, [AlwaysEq()] == [1], (1,) == (AlwaysEq(),))
print(AlwaysEq() in [1, 2], 3 in [AlwaysEq()], [1, 2, 3].index(AlwaysEq()), [5, 6].count(AlwaysEq()))

class Weird:
    def __eq__(self, o):
        return 0
    def __ne__(self, o):
        return []
    def __lt__(self, o):
        return "yes"
w = Weird()
print(w == 1, w != 1, w < 1, not (w < 1))
print([w] == [w], [w] == [Weird()], (w,) < (Weird(),) if False else "skip")

# __eq__ defined without __ne__: != inverts __eq__
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and o.v == self.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))

# comparison returning non-bool in boolean context
class Vec:
    def __init__(self, *v):
        self.v = v
    def __lt__(self, o):
        return Vec(*[x < y for x, y in zip(self.v, o.v)])
    def __bool__(self):
        raise ValueError("truth value of Vec is ambiguous")
    def __repr__(self):
        return "Vec%r" % (self.v,)
print(Vec(1, 5) < Vec(2, 3))
t(lambda: 1 if Vec(1) < Vec(2) else 0)
t(lambda: Vec(1) < Vec(2) < Vec(3))

# identity is not equality
l1 = [1, 2]
l2 = [1, 2]
print(l1 == l2, l1 is l2, l1 is not l2, not l1 is l2)
print(float("nan") == float("nan"), [float("nan")] != [1.0])

# ordering of mixed numeric types in sort
print(sorted([3, 1.5, True, -2, 2**70, -0.5, False]))
print(max(1, 2.0), max(2.0, 1), min(1, True), max(True, 1), min(0, 0.0, False))
