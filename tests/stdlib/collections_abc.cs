# collections.abc: isinstance checks on built-ins and mixin methods for subclasses.
import collections.abc as cabc
from collections.abc import (Iterable, Iterator, Sized, Container, Callable, Collection,
                             Sequence, MutableSequence, Mapping, MutableMapping, Set,
                             MutableSet, Generator, Reversible, KeysView, ItemsView,
                             ValuesView, Awaitable, Coroutine, ByteString)

def g():
    yield 1

samples = [[], (), "", b"", bytearray(), {}, set(), frozenset(), range(3), iter([]), g(), len, 3, None,
           {}.keys(), {}.values(), {}.items()]
abcs = [Iterable, Iterator, Sized, Container, Callable, Collection, Sequence, MutableSequence,
        Mapping, MutableMapping, Set, MutableSet, Generator, Reversible, KeysView, ValuesView, ItemsView]
for s in samples:
    print(type(s).__name__.ljust(12), "".join("X" if isinstance(s, a) else "." for a in abcs))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, MutableSequence), issubclass(bytes, ByteString))

class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
print(isinstance(Fib(), Iterable), isinstance(Fib(), Iterator), isinstance(Fib(), Sized))
class NoIter:
    __iter__ = None
print(isinstance(NoIter(), Iterable))

class Bag(Mapping):
    def __init__(self, **items):
        self._d = dict(items)
    def __getitem__(self, key):
        return self._d[key]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
b = Bag(x=1, y=2)
print(b.get("x"), b.get("z", 0), "x" in b, "z" in b, list(b.keys()), list(b.values()), list(b.items()))
print(b == {"x": 1, "y": 2}, b == Bag(x=1), dict(b), isinstance(b, Mapping), isinstance(b, MutableMapping))
print(b.keys() & {"x", "q"}, sorted(b.keys() | {"q"}), b.keys() - {"x"}, ("x", 1) in b.items(), 2 in b.values())
print(repr(b.keys())[:9], len(b.items()))

class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, key):
        return self._d[key.lower()]
    def __setitem__(self, key, value):
        self._d[key.lower()] = value
    def __delitem__(self, key):
        del self._d[key.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
s = Store()
s["A"] = 1
s.update({"B": 2}, C=3)
s.update([("D", 4)])
print(dict(s), s.pop("a"), s.pop("zz", None), s.setdefault("E", 5), s.setdefault("b", 0), s.popitem(), len(s))
try:
    s.pop("zz")
except KeyError as e:
    print("KeyError", e)
s.clear()
print(dict(s))
try:
    s.popitem()
except KeyError:
    print("KeyError on empty popitem")

class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq, list(reversed(sq)), sq.index(4), sq.count(1), sq.index(16, 2))
try:
    sq.index(7)
except ValueError:
    print("ValueError")

class Stack(MutableSequence):
    def __init__(self):
        self._items = []
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, v):
        self._items[i] = v
    def __delitem__(self, i):
        del self._items[i]
    def __len__(self):
        return len(self._items)
    def insert(self, i, v):
        self._items.insert(i, v)
st = Stack()
st.append(1)
st.extend([2, 3, 4])
st += [5]
st.reverse()
print(list(st), st.pop(), st.pop(0), list(st))
st.remove(3)
print(list(st))
st.extend(st)
print(list(st))
st.clear()
print(list(st))

class Bits(MutableSet):
    def __init__(self, items=()):
        self._s = set(items)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(sorted(self._s))
    def __len__(self):
        return len(self._s)
    def add(self, x):
        self._s.add(x)
    def discard(self, x):
        self._s.discard(x)
a = Bits([1, 2, 3])
bb = Bits([3, 4])
print(list(a & bb), list(a | bb), list(a - bb), list(a ^ bb), a <= Bits([1, 2, 3, 4]), a < a, a == Bits([3, 2, 1]))
print(a.isdisjoint([7]), a.isdisjoint([1]), type(a | bb).__name__)
a |= [9]
a -= [1]
a ^= [2, 10]
print(list(a))
a &= [3, 9]
print(list(a), a.pop() in (3, 9), len(a))
a.remove(list(a)[0])
try:
    a.remove(100)
except KeyError as e:
    print("KeyError", e)
print(len(a), Bits([1])._hash() == Bits([1])._hash())

for cls in (Sized, Mapping, Sequence, MutableSet):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(cabc.Iterable[int], cabc.Mapping[str, int], cabc.Callable[[int], str], cabc.Callable[..., int])
print(cabc.Callable[[], None], Sequence[Mapping[str, int]])
print(sorted(cabc.__all__))
