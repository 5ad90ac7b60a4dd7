# Function objects: attributes (__name__, __qualname__, __module__,
# __doc__, __defaults__, __kwdefaults__, __code__, __globals__, __dict__),
# assigning them, bound and unbound methods, method equality and hashing,
# calling builtins' methods unbound, and the errors.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

def f(a, b=2, *args, c, d=4, **kw):
    "Doc of f."
    x = a + b
    return x
print(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__, f.__kwdefaults__)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames, co.co_nlocals)
print(co.co_filename.rsplit("/", 1)[-1], co.co_firstlineno, type(co).__name__, bool(co.co_flags & 4), bool(co.co_flags & 8))
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
f.__doc__ = "new doc"
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30, "d": 4}
f.custom = "attr"
print(f.__name__, f.__qualname__, f.__doc__, f(1), f.custom, f.__dict__)
t(lambda: setattr(f, "__name__", 5))
t(lambda: setattr(f, "__defaults__", [1]))
t(lambda: setattr(f, "__code__", 1))
t(lambda: setattr(f, "__globals__", {}))
del f.custom
t(lambda: f.custom)
f.__defaults__ = None
t(lambda: f(1))
print(f.__defaults__)

def g():
    pass
print(g.__doc__, g.__defaults__, g.__kwdefaults__, g.__closure__, g.__annotations__, g() is None)
print(g.__globals__ is globals(), "g" in g.__globals__, type(g).__name__, callable(g))
g.__code__ = (lambda: "swapped code").__code__
print(g())

class A:
    def m(self, x):
        "method doc"
        return self, x
    @classmethod
    def c(cls):
        return cls
    @staticmethod
    def s():
        return "s"
a = A()
bm = a.m
print(type(bm).__name__, bm.__name__, bm.__qualname__, bm.__doc__, bm.__self__ is a, bm.__func__ is A.m)
print(a.m == a.m, a.m != A().m, hash(a.m) == hash(a.m), a.m is a.m, A.m is A.m, A.c == A.c, A.c.__self__ is A)
print(bm(1)[1], A.m(a, 2)[1], type(A.m).__name__, type(A.c).__name__, type(A.s).__name__)
t(lambda: bm.__setattr__ if False else setattr(bm, "x", 1))
t(lambda: bm.nonexistent)
print(bm.__func__.__name__, getattr(bm, "__doc__"))

# unbound builtin methods
print(str.upper("abc"), list.append, dict.get({1: 2}, 1), int.__add__(1, 2), str.__len__("xyz"))
print(type("".upper).__name__, type(len).__name__, len.__name__, str.upper.__qualname__)
t(lambda: str.upper(5))
t(lambda: str.upper())
t(lambda: list.append([], 1, 2))
print(repr(len), repr(print)[:25], repr(str.upper)[:25], repr([].append)[:30])
print(len.__self__ is not None, [].append.__self__, print.__module__ if hasattr(print, "__module__") else "")

# functions compare by identity and are hashable
def h1():
    pass
h2 = h1
print(h1 == h2, h1 is h2, {h1: 1}[h2], h1 != g, sorted([h1.__name__, g.__name__]))
t(lambda: h1 < g)
# function __repr__
print(repr(h1).startswith("<function h1 at 0x"), repr(A.m).startswith("<function A.m at 0x"))
print(repr(a.m).startswith("<bound method A.m of <__main__.A object at 0x"))
print(repr(A.c).startswith("<bound method A.c of <class '__main__.A'>>"))
