# collections.Counter: counting, most_common, multiset arithmetic.
from collections import Counter

c = Counter("abracadabra")
print(c, c["a"], c["z"], "z" in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(100)[-1])
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
print(Counter(), Counter([]), Counter({"x": 3, "y": 1}), Counter(cats=4, dogs=8), Counter(a=0))
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(3), wc["the"], sum(wc.values()))

c.update("aaz")
c.update({"b": 10})
c.update(q=1)
print(c)
c.subtract("aaaa")
c.subtract({"q": 5})
c.subtract(z=1)
print(c)
e = Counter()
e.update({"a": 1})
e.update(Counter("ab"))
print(e)
del c["nothere"]
del c["q"]
print(c, c.get("q"), c.get("b"))
c["new"] += 1
print(c["new"], c.setdefault("b", 0))

a = Counter(a=3, b=1, d=-2)
b = Counter(a=1, b=2, c=4)
print(a + b, a - b, b - a, a | b, a & b, +a, -a)
x = a.copy()
x += b
print(x)
x = a.copy()
x -= b
print(x)
x = a.copy()
x |= b
print(x)
x = a.copy()
x &= b
print(x)
print(a == Counter(a=3, b=1, d=-2), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0), Counter(a=2) > Counter(a=2))
print(Counter(a=1) == {"a": 1}, Counter("ab") == Counter("ba"))
print(type(a.copy()).__name__, dict(a), list(Counter("cba")), sorted(Counter("cba").keys()))

try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)
for bad in [lambda: Counter("a") + 1, lambda: Counter("a") < {"a": 1}, lambda: hash(Counter())]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)

# Values that cannot be ordered still print.
odd = Counter({"a": "x", "b": "y", "c": 3})
print(odd)

class MyCounter(Counter):
    pass
m = MyCounter("hello")
print(m, type(m.copy()).__name__, type(m + m).__name__, MyCounter())

import copy
cc = copy.deepcopy(Counter(a=[1]))
print(cc, type(cc).__name__)
print(Counter({"b": 2, "a": 2, "c": 3}).most_common(), Counter("zzyyx").most_common(2))
