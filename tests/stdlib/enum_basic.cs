# enum.Enum: members, lookups, aliases, auto, functional API, errors.
import enum
from enum import Enum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(repr(Color.RED), str(Color.RED), f"{Color.RED}", format(Color.RED, ">12"), "%s" % Color.GREEN)
print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), len(Color), list(reversed(Color)))
print(Color(1), Color["GREEN"], Color(Color.BLUE), Color.RED.name, Color.RED.value, Color.CRIMSON.name)
print(Color.__members__, list(Color.__members__), len(Color.__members__))
print(type(Color), Color, repr(Color), type(Color.RED), isinstance(Color.RED, Color), Color.RED.__class__)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED is Color(1))
print(hash(Color.RED) == hash("RED"), {Color.RED: "r"}[Color.CRIMSON], sorted(Color, key=lambda c: c.value))
print(Color.RED in Color, Color.RED._name_, Color.RED._value_, Color._member_names_)
print(dir(Color))
print(dir(Color.RED))
print(Color.__name__, Color.__qualname__, Color.__module__, Color.RED.__objclass__)
print(enum.EnumMeta is enum.EnumType, isinstance(Color, enum.EnumMeta), bool(Color), bool(Color.RED))
for bad in [lambda: Color(9), lambda: Color["X"], lambda: 1 in Color, lambda: setattr(Color, "RED", 5),
            lambda: setattr(Color.RED, "value", 5), lambda: delattr(Color, "RED"),
            lambda: Color.RED < Color.BLUE, lambda: Color("x"), lambda: Color.RED.foo, lambda: Color([1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
Color.extra = "allowed"
print(Color.extra)

class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = 10
    THURSDAY = auto()
    def is_early(self):
        return self.value < 5
    @property
    def short(self):
        return self.name[:3].title()
    @classmethod
    def first(cls):
        return next(iter(cls))
    @staticmethod
    def helper():
        return "static"
print(list(Weekday), Weekday.MONDAY.is_early(), Weekday.THURSDAY.is_early(), Weekday.TUESDAY.short)
print(Weekday.first(), Weekday.helper(), len(Weekday), repr(auto()), repr(auto(5)))

class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    ALPHA = auto()
    BETA = auto()
print(list(Ordinal), Ordinal("beta1"))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), Planet((3.303e+23, 2.4397e6)))

class Coordinate(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, "pixels")
    CM = (1, "centimeters")
print(Coordinate.CM, Coordinate(1), Coordinate.PX.label, Coordinate.CM.value, list(Coordinate))

class Lenient(Enum):
    ONE = 1
    TWO = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None
print(Lenient("2"), Lenient(1))
try:
    Lenient("x")
except ValueError as e:
    print("ValueError", e)
class Broken(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 42
try:
    Broken(5)
except TypeError as e:
    print("TypeError", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__name__, Animal(3))
Shape = Enum("Shape", ["CIRCLE", "SQUARE"], start=10)
print(list(Shape))
Pairs = Enum("Pairs", [("X", "x"), ("Y", "y")])
print(list(Pairs), Pairs("y"))
Mapped = Enum("Mapped", {"A": 5, "B": 7})
print(list(Mapped), Mapped.B.value)
Commas = Enum("Commas", "ONE, TWO,THREE")
print([m.name for m in Commas])

try:
    class More(Color):
        YELLOW = 4
except TypeError as e:
    print("TypeError", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError", e)
@unique
class Fine(Enum):
    A = 1
    B = 2
print(list(Fine))
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)
try:
    class Reserved(Enum):
        _sunder_ = 1
except ValueError as e:
    print("ValueError", e)

class Base(Enum):
    def describe(self):
        return f"{self.name}={self.value}"
class Derived(Base):
    X = 1
    Y = 2
print(Derived.X.describe(), list(Derived), isinstance(Derived.X, Base))

class Ignored(Enum):
    _ignore_ = ["temp"]
    temp = 5
    A = 1
print(list(Ignored), hasattr(Ignored, "temp"))

class WithMember(Enum):
    A = 1
    func = enum.member(lambda x: x)
    CONST = enum.nonmember(3)
print(len(WithMember), WithMember.CONST)

class Order(Enum):
    _order_ = "B A"
    B = 2
    A = 1
print(list(Order))
try:
    class BadOrder(Enum):
        _order_ = "A B"
        B = 2
        A = 1
except TypeError as e:
    print("TypeError", e)

import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)
print(sorted(enum.__all__)[:6])

# Mixed-in data types and unusual values.
from dataclasses import dataclass
class Ratio(float, Enum):
    HALF = 0.5
    THIRD = 1 / 3
print(repr(Ratio.HALF), str(Ratio.HALF), Ratio.HALF * 2, Ratio(0.5), f"{Ratio.HALF}", isinstance(Ratio.THIRD, float))
@dataclass(frozen=True)
class Pt:
    x: int
    y: int
class Corner(Enum):
    ORIGIN = Pt(0, 0)
    ONE = Pt(1, 1)
print(Corner(Pt(1, 1)), Corner.ORIGIN.value, repr(Corner.ONE))
class Unhashable(Enum):
    LIST = [1, 2]
    DICT = {"k": 1}
print(Unhashable([1, 2]), Unhashable({"k": 1}), Unhashable._unhashable_values_)
