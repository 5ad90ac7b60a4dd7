# collections.deque: subclasses with their own __init__, methods and
# attributes; what copy, +, * and repr make of them; deque[int]; pickling
# support through __reduce__ (used by copy).
import copy
from _collections import deque


class Bounded(deque):
    def __init__(self, items=(), size=3):
        super().__init__(items, size)
        self.label = 'bounded'

    def push(self, x):
        self.append(x)
        return self

    def total(self):
        return sum(self)


b = Bounded([1, 2])
print(b, b.label, b.maxlen, isinstance(b, deque), type(b).__name__)
print(b.push(3).push(4), b.total(), len(b))
b.extra = [1]
print(b.extra, b.__dict__ == {'label': 'bounded', 'extra': [1]})


class Plain(deque):
    pass


p = Plain('abc')
print(p, repr(p), p.pop(), p == deque('ab'), deque('ab') == p)
print(type(p + deque('x')).__name__, type(deque('x') + p).__name__, type(p * 2).__name__)
print(p + deque('x'), p * 2)
q = Plain([1], maxlen=2)
print(q.copy(), type(q.copy()).__name__, copy.copy(q), type(copy.copy(q)).__name__)
print(Plain.__mro__[1] is deque, Plain.__name__)


# copy() calls the subclass with (d,) or (d, maxlen).
class Logged(deque):
    def __init__(self, *args):
        print('init', len(args))
        super().__init__(*args)


lg = Logged([1, 2])
lc = lg.copy()
lm = Logged([1], 4).copy()
print(lc, lm)


class Wrong(deque):
    def __new__(cls, *args):
        if args:
            return 42
        return super().__new__(cls)


try:
    Wrong().copy()
except TypeError as e:
    print(e)


# Overriding methods does not change what the C operations use.
class Upper(deque):
    def append(self, x):
        super().append(str(x).upper())

    def __repr__(self):
        return 'Upper' + str(list(self))


u = Upper()
u.append('a')
u.extend(['b'])
u += ['c']
print(u, str(u), len(u))


# repr, list() and comparisons of a subclass go through its __iter__.
class Masked(deque):
    def __iter__(self):
        yield 'masked'


m = Masked([1, 2])
print(repr(m), list(m), m == deque([1, 2]), m == Masked([3, 4]), m < deque(['n', 'o']), deque(m))


# A subclass that defines __eq__ but not __hash__ stays unhashable.
class Named(deque):
    def __eq__(self, other):
        return True


try:
    hash(Named())
except TypeError as e:
    print(e)


class Hashable(deque):
    def __hash__(self):
        return 7


print(hash(Hashable([1])))

# deque[int] is a generic alias, usable in annotations.
alias = deque[int]
print(alias.__origin__ is deque, alias.__args__)
print(alias([1, 2]))


def takes(d: deque[str]) -> deque[str]:
    return d


print(takes(deque('xy')))

# copy and deepcopy, with subclass state.
d = deque([[1], [2]], maxlen=5)
s = copy.copy(d)
t = copy.deepcopy(d)
print(s, s[0] is d[0], t, t[0] is d[0], t.maxlen)
b = Bounded([[1]])
b.note = 'n'
c = copy.deepcopy(b)
print(type(c).__name__, c, c.note, c.label, c[0] is b[0])
r = deque([1])
r.append(r)
rc = copy.deepcopy(r)
print(rc, rc[1] is rc)
print(deque([1, 2]).__reduce__()[:3], deque([1], 2).__reduce__()[:3])
