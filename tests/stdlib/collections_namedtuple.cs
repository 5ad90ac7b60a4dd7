# collections.namedtuple: a real tuple subclass with named fields.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x, p.y, p[0] + p[1], tuple(p), len(p), list(p))
x, y = p
print(x, y, p == (11, 22), p == Point(11, 22), hash(p) == hash((11, 22)))
print(isinstance(p, tuple), type(p).__name__, Point.__bases__, Point.__name__, Point.__doc__)
print(Point._fields, Point._field_defaults, Point.__match_args__)
print(p._asdict(), Point(**p._asdict()), p._replace(x=100), Point._make([1, 2]), Point._make(range(2)))
print(p[:1], p[-1], p.count(11), p.index(22), sorted([Point(2, 1), Point(1, 2)]))
print(repr(Point.x), Point.x.__doc__, Point.__new__.__doc__, Point._make.__func__.__doc__ is not None)

P3 = namedtuple("P3", "a, b c")
print(P3(1, 2, 3), P3._fields)
Single = namedtuple("Single", "only")
print(Single(5), Single.__doc__, Single._make([1]))
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()))

# Defaults apply to the last fields.
Opt = namedtuple("Opt", "a b c", defaults=[2, 3])
print(Opt(1), Opt(1, 5), Opt(0, c=9), Opt._field_defaults, Opt.__new__.__defaults__)
All = namedtuple("All", "a b", defaults=(1, 2))
print(All(), All(b=0))
NoDef = namedtuple("NoDef", "a", defaults=None)
print(NoDef._field_defaults)

# rename replaces invalid field names by their position.
R = namedtuple("R", ["abc", "def", "ghi", "abc", "_x", "2y"], rename=True)
print(R._fields)

for args, kwargs in [(("Bad", "x x"), {}), (("Bad", "x _y"), {}), (("Bad", "x class"), {}),
                     (("Bad", "x 1y"), {}), (("1Bad", "x"), {}), (("Bad", ["x", 3]), {}),
                     (("Bad", "x y"), {"defaults": (1, 2, 3)}), (("def", "x"), {})]:
    try:
        namedtuple(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point._make([1]),
            lambda: p._replace(z=1), lambda: Point(1, 2, x=3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)

# Subclassing adds methods; the repr follows the subclass name.
class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vector(1, 2) + Vector(3, 4)
print(v, v.norm2, type(v).__name__, Vector._make([0, 1]), v._replace(y=0))

class Named(namedtuple("Named", "name value")):
    def __str__(self):
        return f"{self.name}={self.value}"
n = Named("a", 1)
print(str(n), repr(n))

# Extending the fields.
Point3 = namedtuple("Point3", Point._fields + ("z",))
print(Point3(1, 2, 3), Point3._fields)

# Useful with csv-like data, dict unpacking, and as dict keys.
rows = [("ann", 31), ("bob", 25)]
Person = namedtuple("Person", "name age")
people = [Person._make(r) for r in rows]
print(sorted(people, key=lambda q: q.age), {Person("x", 1): "v"}[Person("x", 1)])
print(max(people, key=lambda q: q.age).name, [q.name for q in people])

import copy
c = copy.copy(p)
d = copy.deepcopy(Person("x", [1]))
print(c, c is p, type(c).__name__, d, type(d).__name__)
print(Point.__module__, Point, Point._make.__qualname__, Point._replace.__qualname__, Point.__new__.__qualname__)
M = namedtuple("M", "a", module="mymod")
print(M.__module__, M)
