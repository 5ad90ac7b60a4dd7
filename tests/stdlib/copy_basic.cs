# copy: shallow and deep copies of containers, instances and cycles.
import copy

# Atoms and immutables come back as they are.
for x in [1, 2.5, "s", b"b", None, True, (1, 2), frozenset([1]), range(3), len, int]:
    print(repr(x), copy.copy(x) is x, copy.deepcopy(x) is x)

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d == a, d[1] is a[1], d[2]["k"] is a[2]["k"])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) == t, copy.deepcopy(t) is t, copy.deepcopy(t)[1] is t[1])
t2 = (1, (2, 3), "x")
print(copy.deepcopy(t2) is t2)
st = {1, 2, (3, 4)}
print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(st) == st)
fs = frozenset([(1, 2)])
print(copy.deepcopy(fs) == fs)
dd = {"a": [1], "b": {"c": [2]}}
dc = copy.deepcopy(dd)
dc["b"]["c"].append(3)
print(dd, dc)
ba = bytearray(b"xy")
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba))

# Shared references stay shared, cycles stay cycles.
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, len(cc))
dcyc = {}
dcyc["self"] = dcyc
dcc = copy.deepcopy(dcyc)
print(dcc["self"] is dcc, dcc is not dcyc)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

p = Point(1, [2])
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc, pd, type(pc).__name__, pc.y is p.y, pd.y is p.y, pc is p)
p.link = p
pd = copy.deepcopy(p)
print(pd.link is pd)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + 1)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) * 10)
c = Custom(1)
print(copy.copy(c).v, copy.deepcopy(c).v, copy.deepcopy([c, c])[0].v)

class State:
    def __init__(self):
        self.items = [1, 2]
        self.cache = "expensive"
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"
s = State()
sc = copy.deepcopy(s)
print(sc.items, sc.cache, sc.items is s.items, copy.copy(s).cache)

class Reduced:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b
    def __reduce__(self):
        return (Reduced, (self.a, self.b + 1))
r = copy.copy(Reduced(5))
print(r.a, r.b, copy.deepcopy(Reduced([1], 1)).b)

class Named:
    def __reduce__(self):
        return "Named"
n = Named()
print(copy.copy(n) is n, copy.deepcopy(n) is n)

# Subclasses of built-in containers keep their type and attributes.
class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = "t"
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1], type(md).__name__, md, md[1] is ml[1], md.tag)

class MyDict(dict):
    pass
mdict = MyDict(a=[1])
mdc = copy.deepcopy(mdict)
print(type(mdc).__name__, mdc, mdc["a"] is mdict["a"], type(copy.copy(mdict)).__name__)

class MyInt(int):
    pass
mi = copy.copy(MyInt(7))
print(type(mi).__name__, mi, mi + 1)

class MyTuple(tuple):
    pass
mt = copy.deepcopy(MyTuple([1, [2]]))
print(type(mt).__name__, mt)

class MySet(set):
    pass
print(type(copy.deepcopy(MySet([1, 2]))).__name__, sorted(copy.copy(MySet([3, 1]))))

# Functions, classes and bound methods.
def f():
    return 1
print(copy.deepcopy(f) is f, copy.copy(Point) is Point)
m = copy.deepcopy(p.__repr__)
print(m(), m.__self__ is p)

memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y, id(x) in memo, memo[id(x)] is y[0])

for bad in [copy.copy, copy.deepcopy]:
    def g():
        yield 1
    try:
        bad(g())
    except TypeError as e:
        print("TypeError", e)
print(copy.Error.__mro__[1].__name__, copy.error is copy.Error, copy.__all__)
