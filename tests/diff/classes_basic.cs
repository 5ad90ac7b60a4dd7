# Classes: attributes on classes and instances, methods and bound
# methods, __init__ rules, class vs instance attribute lookup, __dict__,
# __slots__, __repr__/__str__ defaults, __class__ assignment, and the
# AttributeError messages.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

class Point:
    "A point."
    dims = 2
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

p = Point(3, 4)
print(p, p.norm2(), Point.norm2(p), p.dims, Point.dims, Point.__doc__, Point.__name__, Point.__qualname__)
print(p.__dict__, sorted(k for k in Point.__dict__ if not k.startswith("__")), type(p) is Point, p.__class__)
p.dims = 3
print(p.dims, Point.dims, Point(0).dims)
del p.dims
print(p.dims)
Point.dims = 5
print(p.dims)
t(lambda: p.missing)
t(lambda: Point.missing)
t(lambda: delattr(p, "missing"))
t(lambda: Point())
t(lambda: Point(1, 2, 3))
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2, m.__name__, type(m).__name__)
print(p.norm2 == p.norm2, p.norm2 is p.norm2, Point.norm2 is Point.norm2)

class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything, vars(e), Empty.__bases__, Empty.__mro__, Empty.__module__)
print(repr(Empty)[:15], str(e).startswith("<__main__.Empty object at 0x"))
t(lambda: Empty(1))
class InitReturns:
    def __init__(self):
        return 5
t(InitReturns)
class NewOnly:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
n = NewOnly(1, 2)
print(type(n).__name__)
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NewReturnsOther())

# class attributes that are functions become methods; others do not
def external(self):
    return "external " + type(self).__name__
class Holder:
    method = external
    value = len
    lam = lambda self: "lam"
h = Holder()
print(h.method(), h.value("abc"), h.lam())

# __str__ vs __repr__
class S:
    def __str__(self):
        return "str!"
class R:
    def __repr__(self):
        return "repr!"
print(str(S()), repr(R()), str(R()), [R()], "%s %r" % (R(), R()), f"{R()} {R()!r}", format(R()))

# __slots__
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
s.b = 2
print(s.a, s.b, hasattr(s, "__dict__"))
t(lambda: setattr(s, "c", 3))
del s.a
t(lambda: s.a)

# __class__ assignment
class Cat:
    def speak(self):
        return "meow"
class Dog:
    def speak(self):
        return "woof"
pet = Cat()
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__)

# nested classes and qualnames
class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner().m.__qualname__)

# class body executes once, top to bottom, with its own namespace
class Body:
    print("in body")
    x = 1
    y = x + 1
    def f(self):
        return y if False else self.y
    del x
print(Body.y, hasattr(Body, "x"), Body().f())

# instance attribute shadows method
class Shadow:
    def m(self):
        return "method"
sh = Shadow()
sh.m = lambda: "instance"
print(sh.m(), Shadow.m(sh))

# equality and hash defaults
a1, a2 = Empty(), Empty()
print(a1 == a1, a1 == a2, a1 != a2, hash(a1) == hash(a1), {a1: 1}[a1])
class EqNoHash:
    def __eq__(self, o):
        return True
t(lambda: hash(EqNoHash()))
print(EqNoHash.__hash__)

# getattr/setattr/hasattr with classes
setattr(Point, "origin", Point(0, 0))
print(Point.origin, getattr(p, "x"), getattr(p, "zz", "default"), hasattr(p, "y"))
t(lambda: getattr(p, "zz"))
t(lambda: getattr(p, 5))

# classes are objects
classes = [Point, Empty]
print([c.__name__ for c in classes], type(Point), type(type), isinstance(Point, type))
print(Point.__init__.__name__, Point.__init__.__qualname__, callable(Point))

# bound method of builtin
app = [].append
print(type(app).__name__, app.__name__, app.__self__)
# staticmethod and classmethod objects
class SC:
    @staticmethod
    def sm():
        return "sm"
    @classmethod
    def cm(cls):
        return cls.__name__
class SC2(SC):
    pass
print(SC.sm(), SC().sm(), SC.cm(), SC2.cm(), SC2().cm(), type(SC.__dict__["sm"]).__name__, type(SC.__dict__["cm"]).__name__)
