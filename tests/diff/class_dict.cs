# A class's __dict__ is a read-only mappingproxy (types.MappingProxyType),
# ordered as CPython orders it: the body, slots, __dict__/__weakref__,
# then __doc__ and __hash__.
class A:
    x = 1
print(A.__dict__["x"], "x" in A.__dict__, len(A.__dict__) > 2, str(A.__dict__)[:13], repr(A.__dict__)[:14], A.__dict__.get("y", 0), type(vars(A)).__name__)
try:
    A.__dict__["y"] = 2
except TypeError as e:
    print(e)
import types
mp = types.MappingProxyType({"k": 1})
print(mp, repr(mp), mp["k"], list(mp), mp.copy(), mp == {"k": 1}, mp | {"j": 2})
class A:
    "doc"
    x = 1
    def m(self): pass
class B:
    y = 2
    def __eq__(self, o): return True
class C(A):
    z = 3
class D:
    __slots__ = ("a",)
print(list(vars(A)))
print(list(vars(B)))
print(list(vars(C)))
print(list(vars(D)))
print(type(A.__dict__).__name__)
