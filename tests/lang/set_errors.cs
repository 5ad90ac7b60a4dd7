# set and frozenset error messages: bad operands, bad arguments,
# missing keys, unhashable elements, changes during iteration.

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2}
t(lambda: s.remove(3))
t(lambda: s.remove((1, 2)))
t(lambda: s.remove("x"))
t(lambda: s.remove([1]))
t(lambda: s.remove({1}))
t(lambda: s.discard([1]))
t(lambda: s.discard({5}))
t(lambda: s.add([1]))
t(lambda: s.add({1}))
t(lambda: set().pop())
t(lambda: {1} | [1])
t(lambda: [1] | {1})
t(lambda: {1} & (1,))
t(lambda: {1} - "a")
t(lambda: {1} ^ 5)
t(lambda: frozenset() | 5)
t(lambda: {1} < [1])
t(lambda: {1} >= 5)
t(lambda: {1} + {2})
t(lambda: {1} * 2)
t(lambda: s.add())
t(lambda: s.add(1, 2))
t(lambda: s.pop(1))
t(lambda: s.clear(1))
t(lambda: s.copy(1))
t(lambda: s.issubset())
t(lambda: s.issuperset(1, 2))
t(lambda: s.isdisjoint())
t(lambda: s.symmetric_difference())
t(lambda: s.symmetric_difference([1], [2]))
t(lambda: s.symmetric_difference_update())
t(lambda: frozenset().copy(1))
t(lambda: frozenset().issubset())
t(lambda: s.update(1))
t(lambda: s.update([1], 2))
t(lambda: s.union(5))
t(lambda: s.intersection(None))
t(lambda: s.difference(3.5))
t(lambda: s.issubset(4))
t(lambda: s.issuperset(4))
t(lambda: s.isdisjoint(4))
t(lambda: s.union(a=1))
t(lambda: s.add(x=1))
t(lambda: s.intersection([[1]]))
t(lambda: {1}.intersection([1, [2]]))
t(lambda: s.issubset([[1]]))
t(lambda: {1, 2}.issuperset([1, 3, [4]]))
t(lambda: {1, 2}.isdisjoint([1, [4]]))
t(lambda: s.difference([[1]]))
t(lambda: set(1))
t(lambda: set(1, 2))
t(lambda: set([1], [2]))
t(lambda: set(a=1))
t(lambda: frozenset(1))
t(lambda: frozenset([1], [2]))
t(lambda: frozenset(a=1))
t(lambda: frozenset().add(1))
t(lambda: frozenset().pop())
t(lambda: frozenset().update([1]))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(s) in (4, 5))
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(99)
t(lambda: next(it))
t(lambda: next(it))
s = {1, 2, 3}
for x in s:
    s.discard(x)
    s.add(x)
print(s)
class Bad:
    def __hash__(self):
        raise ValueError("no hash")
t(lambda: {Bad()})
t(lambda: Bad() in {1})
t(lambda: {1}.remove(Bad()))
class Eq:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v
    def __repr__(self):
        return "Eq(%d)" % self.v
e = {Eq(1), Eq(2), Eq(1), 1}
print(len(e), Eq(2) in e, Eq(3) in e, 1 in e)
e.remove(Eq(1))
print(len(e), Eq(1) in e)
class Boom:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        raise KeyError("boom")
t(lambda: {Boom(), Boom()})
t(lambda: 7 in {Boom()})
