# dataclasses: the class syntax with annotations (needs class __annotations__).
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), Point.__doc__, Point.__match_args__)
print([f.name for f in fields(Point)], asdict(p), astuple(p), replace(p, y=5), is_dataclass(p))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
v1, v2 = Version(1, 2), Version(1, 10, "beta")
print(v1 < v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2, "x")), v1 == Version(1, 2, "other"))
try:
    v1.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)

@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: ClassVar[int] = 0
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.items = self.items * scale
a = Inventory()
b = Inventory(["x"], scale=2)
a.items.append("new")
print(a, b, Inventory.total, [f.name for f in fields(Inventory)], Inventory().items)

@dataclass
class Base:
    x: int = 0
    y: int = 1
@dataclass
class Child(Base):
    z: int = 2
    x: int = 10
print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int
print(Options(level=3))
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
print(Mixed(1, b=2))
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Mutable:
        a: list = []
except ValueError as e:
    print("ValueError", e)

@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    parent: "Node" = field(default=None, repr=False, compare=False)
root = Node("root")
leaf = Node("leaf", parent=root)
root.children.append(leaf)
print(root, leaf == Node("leaf"), Node.__dataclass_params__, Node.__match_args__)
loop = Node("loop")
loop.children.append(loop)
print(loop)
print(asdict(Node("a", [Node("b")])), astuple(Node("a", [Node("b")])))

@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"
    def __add__(self, other):
        return replace(self, amount=self.amount + other.amount)
total = Money(5) + Money(7)
print(total, hash(total) == hash(Money(12)), {Money(1): "one"}[Money(1)], Money(1) == Money(1, "USD"))
for bad in [lambda: setattr(total, "amount", 1), lambda: delattr(total, "currency")]:
    try:
        bad()
    except FrozenInstanceError as e:
        print("FrozenInstanceError", e)

@dataclass(unsafe_hash=True)
class Tag:
    name: str
    weight: int = field(default=1, hash=False)
print(hash(Tag("a", 1)) == hash(Tag("a", 2)), Tag("a") == Tag("a", 2))
@dataclass(eq=False)
class Identity:
    x: int
print(Identity(1) == Identity(1), Identity.__hash__ is object.__hash__ or Identity.__hash__ is not None)
@dataclass
class Unhashable:
    x: int
print(Unhashable.__hash__)

@dataclass
class Temperature:
    celsius: float
    fahrenheit: float = field(init=False)
    def __post_init__(self):
        self.fahrenheit = self.celsius * 9 / 5 + 32
print(Temperature(100), Temperature(-40).fahrenheit)

@dataclass
class Account:
    owner: str
    password: InitVar[str] = ""
    hashed: str = field(init=False, repr=False, default="")
    def __post_init__(self, password):
        self.hashed = password[::-1]
acct = Account("ann", "secret")
print(acct, acct.hashed, [f.name for f in fields(acct)], replace(acct, password="x").hashed)
try:
    replace(acct)
except ValueError as e:
    print("ValueError", e)

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"
s = Slotted(1)
print(s, Slotted.__slots__, s == Slotted(1, "b"))

@dataclass
class Shape:
    sides: int
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
@dataclass
class Square(Shape):
    size: float = 1.0
    sides: int = 4
print(Square(), Square(size=2).describe(), [f.name for f in fields(Square)], isinstance(Square(), Shape))

import dataclasses
print(repr(fields(Point)[1]).replace(hex(id(dataclasses.MISSING)), 'ADDR'))
for bad in [lambda: fields(3), lambda: asdict(Point), lambda: replace(3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    @dataclass(order=True, eq=False)
    class Impossible:
        a: int
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class NoAnnotation:
        a: int
        b = field(default=1)
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(frozen=True)
    class FrozenChild(Point):
        z: int = 0
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(order=True)
    class Clash:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError", e)
@dataclass
class Defaults:
    x: int = 0
    def __repr__(self):
        return "custom"
print(Defaults(), Defaults.__doc__, Defaults.__init__.__qualname__)
