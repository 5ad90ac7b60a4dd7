# Descriptors: property with getter/setter/deleter (decorator and call
# forms), read-only property errors, staticmethod/classmethod objects,
# custom data and non-data descriptors with __get__/__set__/__delete__,
# __set_name__, descriptor precedence versus the instance __dict__, and
# descriptors accessed through the class.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set", v)
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
tp = Temp()
tp.celsius = 100
print(tp.celsius, tp.fahrenheit)
t(lambda: setattr(tp, "celsius", -300))
del tp.celsius
print(tp._c)
t(lambda: setattr(tp, "fahrenheit", 1))
t(lambda: delattr(tp, "fahrenheit"))
print(type(Temp.celsius).__name__, Temp.celsius.__doc__, Temp.fahrenheit.__doc__)
print(Temp.celsius.fget.__name__, Temp.celsius.fset is not None, Temp.fahrenheit.fset)

def getx(self):
    return self._x
def setx(self, v):
    self._x = v
class Old:
    x = property(getx, setx, None, "the x")
    y = property()
    z = property(lambda self: "z")
o = Old()
o.x = 5
print(o.x, Old.x.__doc__)
t(lambda: o.y)
t(lambda: setattr(o, "y", 1))
t(lambda: delattr(o, "y"))
t(lambda: setattr(o, "z", 1))

# property subclass and copies
p1 = property(lambda s: 1)
p2 = p1.setter(lambda s, v: None)
print(p1 is p2, p1.fset, p2.fset is not None)
class CachedProp(property):
    pass
class UsesCached:
    @CachedProp
    def v(self):
        return "cached"
print(UsesCached().v, type(UsesCached.__dict__["v"]).__name__)

# data vs non-data descriptors
class Data:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access via " + objtype.__name__
        return "data:" + str(obj.__dict__.get(self.name, "unset"))
    def __set__(self, obj, value):
        print("Data.__set__", value)
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("Data.__delete__")
        obj.__dict__.pop(self.name, None)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class Host:
    d = Data()
    n = NonData()
h = Host()
print(h.d, Host.d)
h.d = 7
print(h.d, h.__dict__)
h.__dict__["d"] = "shadow attempt"
print(h.d)
del h.d
print(h.d)
print(h.n)
h.n = "instance wins"
print(h.n, Host.n)
del h.n
print(h.n)

# a descriptor with only __set__ is still a data descriptor
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)
class H2:
    s = SetOnly()
h2 = H2()
h2.s = 1
print(h2.__dict__, type(h2.s).__name__)
# __delete__ missing on a data descriptor
class NoDelete:
    def __get__(self, obj, t=None):
        return 1
    def __set__(self, obj, v):
        pass
class H3:
    nd = NoDelete()
t(lambda: delattr(H3(), "nd"))

# __set_name__ called for late additions? (no: only at class creation)
class Late:
    pass
Late.d = Data()
print(hasattr(Late.d, "name") if False else "late ok")

# validation descriptor
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.private[1:], self.kind.__name__))
        setattr(obj, self.private, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
pp = Person("Ann", 30)
print(pp.name, pp.age, sorted(vars(pp)))
t(lambda: Person("Bob", "old"))
print(type(Person.name).__name__)

# staticmethod / classmethod objects
def plain(*a):
    return a
sm = staticmethod(plain)
cm = classmethod(plain)
class W:
    s = sm
    c = cm
print(W.s(1), W().s(2), W.c(3), W().c(4)[0].__name__)
print(sm.__func__ is plain, cm.__func__ is plain, callable(sm))
print(sm(5))
# classmethod on instance of subclass gets the subclass
class W2(W):
    pass
print(W2().c()[0].__name__)

# functions are non-data descriptors
def free(self):
    return "free " + type(self).__name__
class F:
    pass
F.m = free
print(F().m(), free.__get__(F())(), type(free.__get__(F())).__name__, free.__get__(None, F) is free)
bm = F().m
print(bm.__func__ is free, type(bm.__self__).__name__)

# property on class access returns the property itself
print(isinstance(Temp.__dict__["celsius"], property), Temp.celsius is Temp.__dict__["celsius"])
# getter replacement
class G:
    @property
    def v(self):
        return 1
    v = v.getter(lambda self: 2)
print(G().v)
# __get__ called with owner for class access
class Owner:
    def __get__(self, obj, owner):
        return (obj is None, owner.__name__)
class HasOwner:
    a = Owner()
print(HasOwner.a, HasOwner().a)
# descriptor raising AttributeError falls back to __getattr__
class Raiser:
    def __get__(self, obj, t=None):
        raise AttributeError("from descriptor")
class WithGA:
    r = Raiser()
    def __getattr__(self, name):
        return "getattr " + name
print(WithGA().r)
