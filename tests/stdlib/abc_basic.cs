# abc: abstract methods block instantiation; register and __subclasshook__.
import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side

class Half(Shape):
    def area(self):
        return 0

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape), type(ABC), ABC.__abstractmethods__, repr(ABCMeta), repr(ABC))
print(Shape.area.__isabstractmethod__, hasattr(Square.area, "__isabstractmethod__"))

# Late implementation needs update_abstractmethods.
Half.perimeter = lambda self: 1
try:
    Half()
except TypeError as e:
    print("still abstract:", e)
abc.update_abstractmethods(Half)
print(Half().perimeter(), Half.__abstractmethods__)

# Abstract properties, classmethods, staticmethods.
class Props(ABC):
    @property
    @abstractmethod
    def value(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
    @staticmethod
    @abstractmethod
    def helper():
        ...
try:
    Props()
except TypeError as e:
    print("TypeError", e)
class Concrete(Props):
    @property
    def value(self):
        return 42
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper():
        return "h"
print(Concrete.make().value, Concrete.helper())

class Old(metaclass=ABCMeta):
    @abc.abstractproperty
    def p(self):
        ...
    @abc.abstractclassmethod
    def c(cls):
        ...
    @abc.abstractstaticmethod
    def s():
        ...
try:
    Old()
except TypeError as e:
    print("TypeError", e)

# Virtual subclasses.
class Drawable(ABC):
    pass
class Plain:
    pass
print(issubclass(Plain, Drawable), isinstance(Plain(), Drawable))
print(Drawable.register(Plain) is Plain)
print(issubclass(Plain, Drawable), isinstance(Plain(), Drawable), Drawable in Plain.__mro__)
@Drawable.register
class Decorated:
    pass
print(isinstance(Decorated(), Drawable))
class SubPlain(Plain):
    pass
print(issubclass(SubPlain, Drawable), issubclass(int, Drawable))
Drawable.register(int)
print(isinstance(3, Drawable), isinstance(True, Drawable), isinstance("s", Drawable))
print(Drawable.register(Drawable) is Drawable)
class SubDrawable(Drawable):
    pass
try:
    SubDrawable.register(Drawable)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    Drawable.register(5)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(5, Drawable)
except TypeError as e:
    print("TypeError", e)

# A registered ABC makes its registrants subclasses of its own bases' checks too.
class Base(ABC):
    pass
class Derived(Base):
    pass
class Outside:
    pass
Derived.register(Outside)
print(issubclass(Outside, Derived), issubclass(Outside, Base), isinstance(Outside(), Base))

# __subclasshook__ decides structurally.
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(issubclass(list, HasLen), issubclass(int, HasLen), isinstance("abc", HasLen), isinstance(1.5, HasLen))
class Sized2(HasLen):
    pass
print(issubclass(list, Sized2))

token = abc.get_cache_token()
class T(ABC):
    pass
T.register(float)
print(abc.get_cache_token() != token)

# Metaclass keyword and class keywords still work.
class WithInit(ABC):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Tagged(WithInit, tag="x"):
    pass
print(Tagged.tag, type(Tagged()).__name__)
print([n for n in dir(abc) if not n.startswith("_")])
