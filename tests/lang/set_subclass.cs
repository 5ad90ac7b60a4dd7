# Subclasses of set and frozenset: construction through __init__ and
# __new__, repr with the class name, operations returning the base type,
# and set/frozenset interplay with user-defined __hash__/__eq__.

class MySet(set):
    def __init__(self, items=(), tag="t"):
        super().__init__(items)
        self.tag = tag

class MyFrozen(frozenset):
    pass

class Empty(set):
    pass

m = MySet([3, 1, 2], tag="x")
print(m, repr(m), m.tag, len(m), 2 in m, type(m).__name__)
print(MySet(), Empty(), Empty("ab") == {"a", "b"}, MyFrozen(), MyFrozen([1]))
print(type(m | {9}).__name__, type(m & {1}).__name__, type(m - {1}).__name__, type(m ^ {1}).__name__)
print(type(m.copy()).__name__, type(m.union()).__name__, type(MyFrozen([1]).copy()).__name__)
print(type(MyFrozen([1]) | {2}).__name__, MyFrozen([1]) | {2}, {2} | MyFrozen([1]))
m.add(10)
m |= {11}
print(sorted(m), type(m).__name__, m.tag)
m &= {1, 10, 11}
print(m, type(m).__name__)
print(hash(MyFrozen([1, 2])) == hash(frozenset([1, 2])), MyFrozen([1, 2]) == frozenset([2, 1]))
print({MyFrozen([1]): "a"}[frozenset([1])])
print(isinstance(m, set), isinstance(MyFrozen(), frozenset), issubclass(MySet, set))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d, %d)" % (self.x, self.y)
pts = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(pts), Point(3, 4) in pts, Point(5, 6) in pts)
pts.discard(Point(1, 2))
print(pts)
print(set.union({1}, [2]), frozenset.union(frozenset([1]), {3}), set.issubset({1}, [1, 2]))
print(sorted(set.intersection(*[{1, 2, 3}, {2, 3}, {3, 2, 9}])))
words = "the cat and the hat and the bat".split()
seen = set()
unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique, len(seen))
# A set whose element's repr shows the set again prints "set(...)".
class R:
    def __hash__(self):
        return 1
    def __repr__(self):
        return "R" + repr(rs)
rs = {R()}
print(rs, {1: rs})
class Q:
    def __hash__(self):
        return 2
    def __repr__(self):
        return "Q" + repr(fq)
fq = frozenset([Q(), 5])
print(fq)
