# dataclasses: make_dataclass and classes with explicit __annotations__.
import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         make_dataclass, FrozenInstanceError, MISSING)

Point = make_dataclass("Point", [("x", int), ("y", int, field(default=0))])
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), p == (1, 2), Point.__doc__, Point.__match_args__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], asdict(p), astuple(p))
print(replace(p, y=5), p, is_dataclass(p), is_dataclass(Point), is_dataclass(3), is_dataclass(int))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__, Point.__hash__)
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: fields(3),
            lambda: asdict(Point), lambda: replace(p, z=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

Plain = make_dataclass("Plain", ["a", "b"])
print(Plain(1, [2]), [f.type for f in fields(Plain)])

Version = make_dataclass("Version", [("major", int), ("minor", int, field(default=0)),
                                     ("label", str, field(default="", compare=False))],
                         order=True, frozen=True)
v1, v2, v3 = Version(1, 2), Version(1, 10, "beta"), Version(1, 2, "rc")
print(v1 < v2, v2 > v1, v1 <= v3, v1 >= v3, v1 == v3, sorted([v2, v1]), hash(v1) == hash(v3))
try:
    v1.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    v1 < 3
except TypeError as e:
    print("TypeError", e)
print(replace(v1, label="new"), {v1: "a"}[Version(1, 2, "zzz")])

Inv = make_dataclass("Inv", [("items", list, field(default_factory=list)),
                             ("meta", dict, field(default_factory=dict, repr=False)),
                             ("hidden", int, field(default=7, init=False))])
a = Inv()
b = Inv()
a.items.append(1)
print(a, b, a.items is b.items, a.hidden, Inv([5]).items)
f_items = fields(Inv)[0]
print(f_items.name, f_items.type, f_items.default is MISSING, f_items.default_factory, f_items.init, f_items.repr)
print(fields(Inv)[1].repr, fields(Inv)[2].init, dict(fields(Inv)[0].metadata))
meta = make_dataclass("Meta", [("x", int, field(default=0, metadata={"unit": "cm"}))])
print(fields(meta)[0].metadata["unit"], Inv.__doc__)

Named = make_dataclass("Named", [("name", str), ("tags", list, field(default_factory=list))],
                       namespace={"greet": lambda self: "hi " + self.name})
n = Named("ann", ["x"])
print(n.greet(), asdict(n), astuple(n), asdict(n)["tags"] is n.tags)

Outer = make_dataclass("Outer", [("inner", object), ("pairs", list)])
o = Outer(Point(1, 2), [Point(3, 4), (5, [6])])
print(asdict(o), astuple(o))
print(asdict(o, dict_factory=lambda kv: sorted(kv)), astuple(o, tuple_factory=list))

Kw = make_dataclass("Kw", [("a", int), ("b", int, field(default=1, kw_only=True))])
print(Kw(1, b=2), Kw.__doc__)
try:
    Kw(1, 2)
except TypeError as e:
    print("TypeError", e)
AllKw = make_dataclass("AllKw", [("a", int), ("b", int)], kw_only=True)
print(AllKw(b=1, a=2), AllKw.__match_args__)

Unhashable = make_dataclass("Unhashable", [("x", int)])
Hashed = make_dataclass("Hashed", [("x", int)], unsafe_hash=True)
NoEq = make_dataclass("NoEq", [("x", int)], eq=False)
print(Unhashable.__hash__, hash(Hashed(1)) == hash(Hashed(1)), NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)
NoRepr = make_dataclass("NoRepr", [("x", int)], repr=False)
print(repr(NoRepr(1)).startswith("<types.NoRepr object") or repr(NoRepr(1)).startswith("<"))

for args, kwargs in [([("x", int), ("y", int, field(default=0)), ("z", int)], {}),
                     ([("x", list, field(default=[]))], {}),
                     ([("x", int)], {"order": True, "eq": False}),
                     (["class"], {}), (["a", "a"], {}), ([("a", int, 1, 2)], {}), (["a b"], {})]:
    try:
        make_dataclass("Bad", *[args], **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    field(default=1, default_factory=int)
except ValueError as e:
    print("ValueError", e)

# The class syntax, with the annotations written out as a dict.
@dataclass
class Explicit:
    __annotations__ = {"name": str, "count": int, "ratio": float}
    count = 0
    ratio = field(default=1.5)
    def describe(self):
        return f"{self.name}:{self.count}:{self.ratio}"
e = Explicit("e", 3)
print(e, e.describe(), Explicit("f"), Explicit.count, Explicit.ratio, Explicit.__doc__)

@dataclass
class PostInit:
    __annotations__ = {"a": int, "b": int}
    b = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(PostInit(4))

@dataclass
class Custom:
    __annotations__ = {"a": int}
    def __repr__(self):
        return "custom repr"
    def __eq__(self, other):
        return True
print(Custom(1), Custom(1) == Custom(2))

@dataclass
class Parent:
    __annotations__ = {"x": int, "y": int}
    x = 0
    y = 1
@dataclass
class Kid(Parent):
    __annotations__ = {"z": int, "x": int}
    z = 2
    x = 10
print(Kid(), Kid(1, 2, 3), [f.name for f in fields(Kid)], isinstance(Kid(), Parent))
try:
    @dataclass(frozen=True)
    class FrozenKid(Parent):
        __annotations__ = {"w": int}
        w = 0
except TypeError as e:
    print("TypeError", e)
print(dataclasses.__all__)
