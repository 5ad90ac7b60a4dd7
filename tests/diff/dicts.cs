# dict: construction forms, insertion order, every method, views and
# their set operations, merge operators, comparison, KeyError details,
# mutation during iteration, __missing__ and dict subclasses.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, repr(e))
    else:
        print(repr(r))

print({}, dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({1: 2}, c=3), dict(zip("ab", (1, 2))))
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d), "a" in d, "z" not in d)
del d["a"]
d["a"] = 0
print(d, d.keys(), d.values(), d.items())
print(d.get("a"), d.get("zz"), d.get("zz", 5), d.setdefault("b", 99), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d.popitem(), d)
t(lambda: d.pop("zz"))
t(lambda: {}.popitem())
t(lambda: d["missing"])
t(lambda: d[[1]])
t(lambda: {[1]: 2})
t(lambda: d.get())
t(lambda: dict(1))
t(lambda: dict([1, 2]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict(a=1).update(5))
t(lambda: {}.fromkeys())
t(lambda: d[(1, [2])])
e = {}
e.update({"x": 1}, y=2)
e.update([("z", 3)])
e.update(w=4)
print(e, dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), e.copy() == e, e.copy() is e)
e.clear()
print(e)

# equal keys of different types
k = {1: "int", 1.0: "float", True: "bool"}
print(k, {0: "a", False: "b", 0.0: "c"}, {(1, 2): 1, (1.0, 2.0): 2})

# views
v = {"a": 1, "b": 2, "c": 3}
ks, vs, its = v.keys(), v.values(), v.items()
v["d"] = 4
print(ks, vs, its, len(ks), "d" in ks, 4 in vs, ("d", 4) in its, ("d", 5) in its)
print(sorted(ks & {"a", "z"}), sorted(ks | {"z"}), sorted(ks - {"a"}), sorted(ks ^ {"a", "q"}))
print(ks == {"a", "b", "c", "d"}, its == {("a", 1), ("b", 2), ("c", 3), ("d", 4)}, vs == vs)
print(list(reversed(v)), list(reversed(v.values())), list(reversed(v.items())))
print(sorted(its - {("a", 1)}), isinstance(ks, type({}.keys())), type(ks).__name__, type(vs).__name__)
print(ks.isdisjoint({"x"}), ks.isdisjoint(["a"]))

# merge operators
a1 = {"x": 1, "y": 2}
b1 = {"y": 3, "z": 4}
print(a1 | b1, b1 | a1, {**a1, **b1}, {**a1, "y": 0})
a1 |= b1
print(a1)
a1 |= [("q", 9)]
print(a1)
t(lambda: {} | [])
t(lambda: {} | 1)

# comparison
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {} == {})
t(lambda: {1: 2} < {1: 2})
t(lambda: {1: 2} + {3: 4})

# iteration and mutation
m = {i: i * i for i in range(5)}
print(m, list(m.items())[:2])
def mutate():
    for key in m:
        m[key + 100] = 0
t(mutate)
def shrink():
    for key in m:
        del m[key]
t(shrink)
m2 = {1: 1, 2: 2}
for key in list(m2):
    m2[key * 10] = key
print(m2)
m3 = dict.fromkeys(range(5))
for key in m3:
    m3[key] = key * 2   # changing values is allowed
print(m3)

# __missing__ and subclasses
class Default(dict):
    def __missing__(self, key):
        return "missing:" + str(key)
dd = Default(a=1)
print(dd["a"], dd["b"], dd.get("b"), "b" in dd, dd)
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(c, sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
lg = Logged()
lg["x"] = 1
lg.update(y=2)
print(lg, type(lg), isinstance(lg, dict), lg == {"x": 1, "y": 2})
class KeyObj:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, KeyObj) and self.v == other.v
    def __repr__(self):
        return "K(%r)" % self.v
ko = {KeyObj(1): "one"}
print(ko[KeyObj(1)], KeyObj(1) in ko, KeyObj(2) in ko, ko)

# KeyError formats
t(lambda: {}[("a", 1)])
t(lambda: {}[""])
t(lambda: {}[None])
try:
    {}["k"]
except KeyError as ex:
    print(ex.args, str(ex), repr(ex))

# repr recursion and nested
r = {}
r["self"] = r
print(r, {1: [1, {2: (3,)}]})
print(dict.__name__, {}.__class__, len({i: 0 for i in range(1000)}))
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()))
print(list({3: 0, 1: 0, 2: 0}), list({"b": 0, "a": 0}.items()))
print(dict(sorted({"b": 2, "a": 1}.items())), {k: v for k, v in [(1, 2), (1, 3)]})
print(str({"a": "b"}), repr({"'": '"'}), {1: None}.get(1, "x"))
t(lambda: hash({}))
t(lambda: dict(a=1, **{"a": 2}))
t(lambda: dict({"a": 1}, **{"a": 2}))

