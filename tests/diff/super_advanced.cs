# super() beyond the basics: inside generators, lambdas and nested
# functions of a method, with properties and class methods, in
# __init_subclass__ and __new__, through diamonds with keyword arguments,
# the __class__ cell, super objects' attributes, and the errors.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

class A:
    def items(self):
        yield "A1"
        yield "A2"
    def name(self):
        return "A"
    @property
    def prop(self):
        return "A.prop"
    @classmethod
    def create(cls):
        return "A.create(%s)" % cls.__name__
    def __repr__(self):
        return "<%s>" % type(self).__name__

class B(A):
    def items(self):
        yield "B"
        yield from super().items()
    def name(self):
        helper = lambda: super(B, self).name()
        return "B+" + helper()
    @property
    def prop(self):
        return "B.prop/" + super().prop
    @classmethod
    def create(cls):
        return "B:" + super().create()
    def cell(self):
        return __class__
    def nested(self):
        def inner():
            return __class__.__name__
        return inner()
b = B()
print(list(b.items()), b.name(), b.prop, B.create(), b.create(), b.cell(), b.nested())
print(super(B, b).prop, super(B, B).create(), super(B, b).__self__, super(B, b).__thisclass__, super(B, B).__self_class__)
print(type(super(B, b)).__name__, repr(super(B, b)).startswith("<super: <class 'B'>, <B object"))

class Registry:
    subclasses = []
    def __init_subclass__(cls, /, tag="none", **kw):
        super().__init_subclass__(**kw)
        Registry.subclasses.append((cls.__name__, tag))
class R1(Registry, tag="one"):
    pass
class R2(R1):
    def __init_subclass__(cls, **kw):
        print("R2 hook for", cls.__name__)
        super().__init_subclass__(**kw)
class R3(R2, tag="three"):
    pass
print(Registry.subclasses)

class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            inst = super().__new__(cls)
            inst.key = key
            cls._cache[key] = inst
        return cls._cache[key]
print(Cached(1) is Cached(1), Cached(2) is Cached(1), Cached(1).key)

class Base:
    def __init__(self, **kw):
        self.seen = ["Base"]
        assert not kw, kw
class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.seen.append("Left%d" % left)
class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.seen.append("Right%d" % right)
class Bottom(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.seen.append("Bottom")
print(Bottom(left=1, right=2).seen, [c.__name__ for c in Bottom.__mro__])

# super() with a different first argument skips classes in the MRO
class X:
    def who(self):
        return "X"
class Y(X):
    def who(self):
        return "Y"
class Z(Y):
    def who(self):
        return "Z"
z = Z()
print(super(Z, z).who(), super(Y, z).who(), super(Z, Z).who(z))
t(lambda: super(X, z).who())
t(lambda: super(Z, 1))
t(lambda: super(1, z))
t(lambda: super(Z))
def free_function():
    return super().who()
t(free_function)
class NoArg:
    def m(self):
        return super().missing
t(lambda: NoArg().m())
class SetViaSuper(A):
    def set(self):
        super().__setattr__("x", 5)
        return self.x
print(SetViaSuper().set())
# unbound super
u = super(B)
print(type(u).__name__, u.__thisclass__)
