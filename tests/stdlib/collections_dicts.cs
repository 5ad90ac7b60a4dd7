# collections: defaultdict, OrderedDict and ChainMap.
from collections import defaultdict, OrderedDict, ChainMap

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["a"], dd.default_factory, isinstance(dd, dict))
print(dd.get("missing"), "missing" in dd, dd["missing"], "missing" in dd)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts))
print(defaultdict(), defaultdict(None, {"x": 1}), defaultdict(int, a=1), defaultdict(list, [("k", [1])]))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(dict(nested["x"]), nested["x"]["z"])
try:
    defaultdict()["x"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
cp = dd.copy()
cp["c"].append(0)
print(type(cp).__name__, cp.default_factory, "c" in dd, cp)
print(dd | {"z": [9]}, type(dd | {"z": [9]}).__name__, {"z": [9]} | dd, type({"z": 1} | dd).__name__)
dd |= {"y": []}
print(sorted(dd))
dd.default_factory = set
print(dd["s"], dd == {**dd})
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
t = Tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], type(t["a"]).__name__)
import copy
dc = copy.deepcopy(defaultdict(list, a=[1]))
print(dc, dc.default_factory)

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
print(od.keys(), od.values(), od.items())
print(OrderedDict(), OrderedDict([("x", 1), ("y", 2)]), OrderedDict(z=1, w=2), OrderedDict({"q": 1}))
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od))
od.move_to_end("c", False)
print(list(od), od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
o1 = OrderedDict([("a", 1), ("b", 2)])
o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, o1 != o2, o1 == dict(o2), dict(o1) == o2, o1 == OrderedDict(o1))
print(list(reversed(o1)), list(reversed(o1.keys())), list(reversed(o1.values())), list(reversed(o1.items())))
print(o1 | {"c": 3}, {"c": 3} | o1, OrderedDict.fromkeys("xyz", 0), OrderedDict.fromkeys("ab"))
print(o1.pop("a"), o1.pop("zz", "dflt"), o1.setdefault("b", 0), o1.setdefault("n", 5), o1)
try:
    o1.pop("zz")
except KeyError as e:
    print("KeyError", e)
o3 = o1.copy()
o3["extra"] = 1
print(o1, o3, type(o3).__name__)
o3.update({"u": 1}, v=2)
o3 |= {"w": 3}
print(o3, len(o3), "u" in o3, o3.get("u"))
print("keys" in dir(o3), isinstance(o3, dict), o3.keys() == {"b", "n", "extra", "u", "v", "w"})
rec = OrderedDict()
rec["self"] = rec
print(rec)
class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
lu = LastUpdated(a=1, b=2)
lu["a"] = 3
print(lu)

base = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, base)
print(cm, cm["user"], cm["color"], len(cm), list(cm), sorted(cm.items()), cm.get("x", 0), "color" in cm)
child = cm.new_child()
child["color"] = "blue"
print(child, child["color"], cm["color"], child.parents, child.maps[0])
print(cm.new_child({"a": 1}), cm.new_child(b=2), ChainMap(), ChainMap().maps, bool(ChainMap()), bool(cm))
cm["new"] = 1
print(env)
del cm["new"]
print(env)
for bad in [lambda: cm.__delitem__("color"), lambda: ChainMap({}).popitem(), lambda: cm.pop("color"), lambda: cm["nope"]]:
    try:
        bad()
    except KeyError as e:
        print("KeyError", e)
print(cm.pop("user"), env, cm["user"])
env["user"] = "root"
c2 = cm.copy()
c2["user"] = "x"
print(cm["user"], c2["user"], c2.maps[1] is cm.maps[1])
print(ChainMap.fromkeys("ab", 0), cm | {"z": 1}, {"z": 1} | cm)
cm |= {"q": 9}
print(cm.maps[0])
cm.clear()
print(cm, dict(cm))
print(ChainMap({"a": 1}, {"a": 2, "b": 3}) == {"a": 1, "b": 3})
class DefaultChain(ChainMap):
    def __missing__(self, key):
        return f"<{key}>"
print(DefaultChain({})["k"])
r = ChainMap()
r.maps.append(r)
print(r)
