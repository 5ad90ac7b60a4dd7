# pickle: values of the built-in types survive dumps/loads (cs's byte format
# differs from CPython's; only the round trip is compared).
import math
import pickle


def rt(x):
    return pickle.loads(pickle.dumps(x))


values = [
    0, 1, -1, 255, 256, -256, 2**31, 2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
    2**64, 2**200, -3**150, 10**100 + 1,
    0.0, -0.0, 1.5, -2.25, 1e308, 5e-324, 0.1, float("inf"), float("-inf"),
    "", "abc", "h\xe9llo", "\U0001f600 smile", "\x00nul", "a" * 1000, "line\nbreak",
    b"", b"\x00\xff", bytes(range(256)), bytearray(b"xy"), bytearray(),
    True, False, None,
    (), (1,), (1, "two", 3.0), [], [1, [2, [3, []]]], {}, {"a": 1, 2: [3], (4, 5): None},
    set(), {1, 2, 3}, frozenset(), frozenset({4, 5}), {frozenset({1}): {"x"}},
]
for v in values:
    r = rt(v)
    print(type(r).__name__, r == v, repr(r)[:50])
print(math.isnan(rt(float("nan"))), repr(rt(-0.0)), math.copysign(1, rt(-0.0)))
print(type(rt(True)).__name__, rt(1) is not True)

# every protocol gives the same object back
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps({"k": [1, 2.5, "s"]}, protocol=proto)))
print(pickle.loads(pickle.dumps([1], pickle.HIGHEST_PROTOCOL)))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(type(pickle.dumps(1)).__name__, pickle.loads(bytearray(pickle.dumps("ba"))))

# shared references stay shared
a = [1, 2]
t = (a, a, {"k": a})
r = rt(t)
print(r, r[0] is r[1], r[0] is r[2]["k"])
r[0].append(3)
print(r, a)
d = {"x": 1}
r = rt([d, d, (d,)])
print(r[0] is r[1] is r[2][0])
inner = (1, 2)
r = rt([inner, inner])
print(r, r[0] == r[1])
s = {1}
b = bytearray(b"q")
r = rt({"s1": s, "s2": s, "b1": b, "b2": b})
print(r["s1"] is r["s2"], r["b1"] is r["b2"])

# recursive containers
lst = [1]
lst.append(lst)
r = rt(lst)
print(r, r[1] is r)
dd = {}
dd["self"] = dd
r = rt(dd)
print(r, r["self"] is r)
outer = [[], {}]
outer[0].append(outer)
outer[1]["o"] = outer
r = rt(outer)
print(r, r[0][0] is r, r[1]["o"] is r)

# the original is untouched, the copy independent
orig = {"list": [1, 2], "set": {3}}
cp = rt(orig)
cp["list"].append(9)
print(orig, cp["list"])

# the exception classes
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))
try:
    pickle.loads("not bytes")
except TypeError as e:
    print("TypeError", e)
