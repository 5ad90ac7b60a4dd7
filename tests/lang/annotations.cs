# Annotations are evaluated when the def, class or module statement runs:
# a def keeps them in __annotations__, a module or class body stores the
# annotations of its simple names in its namespace's __annotations__.

def ann(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    pass
print(ann.__annotations__)

# Parameters after the / come first, as in CPython 3.11.
def order(a: 1, /, b: 2, *c: 3, d: 4, **e: 5) -> 6:
    pass
print(order.__annotations__)

def plain():
    pass
print(plain.__annotations__, plain.__dict__)
plain.__annotations__ = {"x": 1}
print(plain.__annotations__)
del plain.__annotations__
print(plain.__annotations__)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print(e)

trace = []
def note(v):
    trace.append(v)
    return v
def evaluated(x: note("x") = note("default"), *, k: note("k") = note("kwdefault")) -> note("ret"):
    pass
print(trace)

class C:
    z: int
    w: str = "a"
    def m(self, x: "C") -> None:
        pass
    __private: int = 1
print(C.__annotations__, C.w, C.m.__annotations__, C._C__private)
print("z" in C.__dict__)

class Empty:
    pass
print("__annotations__" in Empty.__dict__)

class Conditional:
    if True:
        a: int = 1
    for i in range(1):
        b: str
print(Conditional.__annotations__)

x: int = 5
y: list
print(__annotations__, x)
try:
    print(y)
except NameError as e:
    print(e)

# Targets that are not simple names: nothing is stored, but the target's
# object is evaluated (when there is no value) and, in a module or class
# body, the annotation too.
class Box:
    pass
box = Box()
box.attr: note("attr annotation") = 1
d = {}
d[note("key")]: note("sub annotation")
(paren): note("paren annotation") = 2
print(box.attr, paren, trace[-4:])
print(__annotations__)

def inside():
    local: note("never evaluated") = 3
    other: int
    return local
print(inside(), trace[-1])
print(inside.__code__.co_varnames)
