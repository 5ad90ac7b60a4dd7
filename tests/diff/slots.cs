# __slots__: member descriptors instead of a __dict__, inheritance of slots,
# __dict__ in __slots__, the errors for bad entries and layout conflicts,
# and that slot values are released with the instance.
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
s.b = [2]
print(s.a, s.b, hasattr(s, "__dict__"), Slotted.a, type(Slotted.a).__name__, Slotted.a.__name__)
try:
    s.c = 3
except AttributeError as e:
    print(e)
del s.a
try:
    s.a
except AttributeError as e:
    print(e)
try:
    del s.a
except AttributeError as e:
    print(e)
class Sub(Slotted):
    pass
u = Sub()
u.a = 5
u.z = 6
print(u.a, u.z, u.__dict__)
class Sub2(Slotted):
    __slots__ = ["c"]
v = Sub2()
v.a, v.b, v.c = 1, 2, 3
print(v.a, v.b, v.c, hasattr(v, "__dict__"))
class One:
    __slots__ = "x"
o = One(); o.x = "x"; print(o.x)
class Priv:
    __slots__ = ("_Priv__p",)
    def __init__(self): self._Priv__p = 1
    def get(self): return self._Priv__p
print(Priv().get(), sorted(k for k in Priv.__dict__ if "p" in k))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict(); w.a = 1; w.b = 2; print(w.a, w.b, w.__dict__)
for bad in [(1,), ("a b",), ("x", "__dict__", "__dict__")]:
    try:
        class B:
            __slots__ = bad
    except Exception as e:
        print(type(e).__name__, e)
try:
    class C:
        __slots__ = ("a",)
        a = 1
except Exception as e:
    print(type(e).__name__, e)
class A1:
    __slots__ = ("a",)
class A2:
    __slots__ = ("b",)
try:
    class A3(A1, A2): pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class T(tuple):
        __slots__ = ("q",)
except Exception as e:
    print(type(e).__name__, e)
class T2(tuple):
    __slots__ = ()
print(T2((1, 2)), hasattr(T2(), "__dict__"))
print(repr(Slotted.b))
try:
    Slotted.a.__get__(5)
except TypeError as e:
    print(e)
import sys
x = [1, 2]
before = sys.getrefcount(x)
for i in range(10):
    q = Slotted(); q.b = x
del q
print(sys.getrefcount(x) - before)
