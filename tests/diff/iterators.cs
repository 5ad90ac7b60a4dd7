# Iteration: the iterator protocol for custom classes, iter(callable,
# sentinel), the old __getitem__ protocol, and the builtins that consume
# or produce iterators (enumerate, zip incl. strict, map, filter,
# reversed, sorted, min, max, sum, any, all) with keys, defaults and errors.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x for x in Countdown(2)], sum(Countdown(4)), max(Countdown(5)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "default"), next(it, None))
t(lambda: next(it))
t(lambda: next([1, 2]))
t(lambda: iter(5))
t(lambda: next(iter([]), 1, 2))

class IterReturnsNonIter:
    def __iter__(self):
        return 5
t(lambda: iter(IterReturnsNonIter()))
t(lambda: list(IterReturnsNonIter()))
class OldStyle:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * i
print(list(OldStyle()), 9 in OldStyle(), list(iter(OldStyle())))
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
t(lambda: iter(IterNone()))

# iter(callable, sentinel)
data = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(data), 0)))
calls = []
def produce():
    calls.append(1)
    return len(calls)
print(list(iter(produce, 4)), type(iter(produce, 4)).__name__)
t(lambda: iter(5, 0))
def raising():
    raise StopIteration
print(list(iter(raising, 1)))

# enumerate
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate("ab", start=-1)))
e = enumerate([5, 6])
print(next(e), type(e).__name__, list(e))
t(lambda: enumerate(5))
t(lambda: enumerate("a", "b"))
print(list(enumerate(range(3), 2 ** 70)))

# zip
print(list(zip("abc", [1, 2, 3])), list(zip("ab", range(10))), list(zip()), list(zip("a")))
print(list(zip(*["ab", "cd", "ef"])), dict(zip("xy", (1, 2))))
print(list(zip("ab", "cd", strict=True)))
t(lambda: list(zip("abc", "de", strict=True)))
t(lambda: list(zip("ab", "cde", strict=True)))
t(lambda: list(zip("ab", "cd", "e", strict=True)))
t(lambda: zip(1))
t(lambda: list(zip("a", 5)))
z = zip([1, 2], [3])
print(next(z), list(z))

# map and filter
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, "ab", "cde")), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda v: v % 2, range(7))))
t(lambda: map(str))
t(lambda: list(map(5, [1])))
t(lambda: filter(None))
t(lambda: list(filter(None, 5)))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__)
m = map(lambda v: 1 / v, [1, 0])
print(next(m))
t(lambda: next(m))

# reversed
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), "".join(reversed("hello")))
t(lambda: reversed(5))
t(lambda: reversed({1, 2}))
t(lambda: reversed(x for x in "ab"))
class NoLen:
    def __getitem__(self, i):
        return i
t(lambda: reversed(NoLen()))
print(type(reversed([])).__name__, type(reversed(range(1))).__name__, type(reversed("")).__name__)

# sorted, min, max
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted([-3, 1, 2], key=abs), sorted([]))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", key=str.upper))
print(max([1, -5, 3], key=abs), min([], default="empty"), max([], default=None), max([2], default=9))
print(max([(1, "b"), (1, "a")]), min({3: "x", 1: "y"}), max([1, 3, 3, 2], key=lambda v: v % 3))
print(max([1, 2, 3, 3, 1], key=lambda v: -v), min(["bb", "a", "cc"], key=len), max(["bb", "a", "cc"], key=len))
t(lambda: min())
t(lambda: max([]))
t(lambda: min(5))
t(lambda: max(1, 2, default=0))
t(lambda: min([1, "a"]))
t(lambda: max([1], key=None, bad=1))
t(lambda: sorted())
t(lambda: sorted([1], [2]))
print(min(1, 2, key=None), max((), default=7))

# sum
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 3), sum(range(101)), sum([], 5))
print(sum([1, 2.5]), sum([True, True]), sum((x for x in range(4)), start=100), sum([10 ** 20, 1]))
t(lambda: sum(["a", "b"], ""))
t(lambda: sum([1, "a"]))
t(lambda: sum([b"a"], b""))
t(lambda: sum(5))
t(lambda: sum([[1]]))
print(sum([1, 2], start=0.5), type(sum([])).__name__)

# any, all
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x"]), all([1, 0]))
print(any(x > 2 for x in range(5)), all(x < 5 for x in range(5)), any(iter([False, True])))
t(lambda: any(5))
def noisy(v):
    print("checking", v)
    return v
print(any(noisy(v) for v in [0, 1, 2]), all(noisy(v) for v in [1, 0, 2]))

# iterators are exhausted once
itr = iter([1, 2, 3])
print(list(itr), list(itr), 2 in iter([1, 2]), sum(iter([1, 2])))
consumed = iter([1, 2, 3, 4])
print(3 in consumed, list(consumed))

# range iteration
print(list(range(5, 0, -2)), list(range(0)), list(range(-3)), list(range(2, 2)), range(10)[2:8:3])
print(range(3) == range(0, 3), range(0) == range(5, 5), hash(range(3)) == hash(range(0, 3, 1)))
print(range(1, 10, 2).index(5), range(10).count(3), range(0, 10, 3)[-1], list(range(3))[::-1])
t(lambda: range(1, 2, 0))
t(lambda: range(1.5))
t(lambda: range(3).index(5))
t(lambda: range(3)[5])
t(lambda: range())
print(range(3), range(1, 5), range(1, 5, 2), repr(range(0, -5, -1)), range(5).start, range(5).step)

# dict and set iteration order and modification errors
d = {"x": 1, "y": 2}
di = iter(d)
print(next(di))
d["z"] = 3
t(lambda: next(di))
s = {1, 2}
si = iter(s)
s.add(3)
t(lambda: next(si))
l = [1, 2, 3]
li = iter(l)
l.clear()
print(list(li))

# iterator objects have __iter__ returning themselves
li2 = iter([1])
print(iter(li2) is li2, hasattr(li2, "__next__"), type(li2).__name__)
print(type(iter(())).__name__, type(iter({})).__name__, type(iter(range(1))).__name__, type(iter(set())).__name__)
# length hints
print(list(map(len, ["a", "bb"])), list(zip(range(3), iter("abcdef"))))
