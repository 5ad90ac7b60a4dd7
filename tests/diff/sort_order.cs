# list.sort follows CPython's timsort step for step: the same __lt__ calls
# (counted and hashed here), the same stability, and the same partial
# order left behind when a comparison fails half-way.
log = []
class K:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.v < other.v
    def __repr__(self):
        return "%d%s" % (self.v, self.tag)
class lcg:
    def __init__(self, seed):
        self.seed = seed
    def __next__(self):
        self.seed = (self.seed * 1103515245 + 12345) % (2 ** 31)
        return self.seed
def check(vals, name):
    del log[:]
    items = [K(v, i) for i, v in enumerate(vals)]
    out = sorted(items)
    h = 0
    for a, b in log:
        h = (h * 31 + a * 7 + b) % 1000000007
    print(name, len(vals), len(log), h, [x.tag for x in out][:8])
g = lcg(42)
for n in [0, 1, 2, 3, 5, 10, 31, 32, 33, 63, 64, 65, 100, 127, 200, 257, 500, 1000, 2049, 5000]:
    check([next(g) % 1000 for _ in range(n)], "random")
    check([next(g) % 3 for _ in range(n)], "fewvals")
for n in [100, 1000, 3000]:
    check(list(range(n)), "sorted")
    check(list(range(n, 0, -1)), "reversed")
    check([i % 50 for i in range(n)], "sawtooth")
    check(list(range(n // 2)) + list(range(n // 2)), "two runs")
    vals = list(range(n))
    for i in range(0, n, 10):
        j = (i * 7) % n
        vals[i], vals[j] = vals[j], vals[i]
    check(vals, "nearly")
    check([(i * 37) % 101 for i in range(n)], "modular")
    check(list(range(0, n, 2)) + list(range(1, n, 2)), "interleave")
# failure mid-sort leaves the same permutation
class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if self.v == 13 or o.v == 13:
            raise ValueError("13")
        return self.v < o.v
    def __repr__(self):
        return str(self.v)
for n in [20, 70, 300]:
    g = lcg(n)
    l = [Bad(next(g) % 100) for _ in range(n)]
    l.append(Bad(13))
    l.extend([Bad(next(g) % 100) for _ in range(n)])
    try:
        l.sort()
    except ValueError:
        print("failed", [x.v for x in l][:40])
    try:
        l.sort(reverse=True)
    except ValueError:
        print("failed rev", [x.v for x in l][:40])
l = [3, 1, "x", 2, 0]
try:
    l.sort()
except TypeError as e:
    print(e, l)
l = [5, 4, 3, 2, 1, None, 0]
try:
    l.sort(key=lambda v: -v)
except TypeError as e:
    print(e, l)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([3.5, 1, 2.25], reverse=True))
# __lt__ answers from a fixed pseudo-random sequence: the final order only
# matches CPython's if every comparison happens in the same order, and no
# item may be lost or duplicated even though the answers are inconsistent.
state = [12345]
def coin():
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 16) & 1
class R:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return coin() == 1
for n in [2, 5, 17, 64, 65, 100, 500, 2000]:
    items = [R(i) for i in range(n)]
    items.sort()
    vals = [x.v for x in items]
    assert sorted(vals) == list(range(n))
    print(n, vals[:10], sum(i * v for i, v in enumerate(vals)))
class Skewed:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        # mostly consistent, sometimes wrong: long galloping stretches
        return (self.v < other.v) != (coin() and coin() and coin() and coin())
for n in [300, 3000]:
    items = [Skewed((i * 7919) % n) for i in range(n)]
    items.sort()
    vals = [x.v for x in items]
    assert sorted(vals) == list(range(n))
    print(n, vals[:10], sum(i * v for i, v in enumerate(vals)) % 1000003)
