# Function parameters and argument binding: defaults (evaluated once),
# *args, **kwargs, keyword-only, positional-only, and every binding error
# message CPython 3.11 gives, for functions, methods and lambdas.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

def f0():
    return "f0"
def f1(a):
    return a
def f2(a, b):
    return a, b
def f3(a, b, c):
    return a, b, c
def fd(a, b=2, c=3):
    return a, b, c
def fv(a, *args):
    return a, args
def fk(a, **kw):
    return a, kw
def fko(a, *, k, m=5):
    return a, k, m
def fpo(a, b, /, c, *, d):
    return a, b, c, d
def fall(a, b=1, /, c=2, *args, d, e=4, **kw):
    return a, b, c, args, d, e, kw

print(f0(), f1(1), f1(a=1), f2(1, b=2), f2(b=2, a=1), fd(1), fd(1, c=9), fd(1, 2, 3))
print(fv(1), fv(1, 2, 3), fk(1), fk(1, x=2, y=3), fk(a=1, b=2))
print(fko(1, k=2), fko(1, m=0, k=2), fpo(1, 2, 3, d=4), fpo(1, 2, c=3, d=4))
print(fall(0, d=1), fall(0, 1, 2, 3, 4, d=5, z=6), fall(0, c=5, d=1, a=9))

t(lambda: f0(1))
t(lambda: f0(1, 2))
t(lambda: f0(x=1))
t(lambda: f1())
t(lambda: f2())
t(lambda: f3())
t(lambda: f3(1))
t(lambda: f2(1, 2, 3))
t(lambda: f1(1, 2))
t(lambda: fd())
t(lambda: fd(1, 2, 3, 4))
t(lambda: f1(b=1))
t(lambda: f1(1, a=2))
t(lambda: f2(1, a=2))
t(lambda: f2(1, c=2))
t(lambda: fko(1))
t(lambda: fko(1, 2))
t(lambda: fko(1, 2, k=3))
t(lambda: fko())
t(lambda: fpo(1, 2, 3))
t(lambda: fpo(1, b=2, c=3, d=4))
t(lambda: fall())
t(lambda: fall(1))
t(lambda: fk(1, a=2))
t(lambda: fk(**{"a": 1, "b": 2}))
t(lambda: (lambda x: x)())
t(lambda: (lambda: 0)(1))
t(lambda: (lambda *, k: k)(1))
def kwonly2(*, a, b):
    pass
t(lambda: kwonly2())
def kwonly3(*, a, b, c):
    pass
t(lambda: kwonly3(b=1))
def posonly_kw(a, /, **kw):
    return a, kw
print(posonly_kw(1, a=2))
def posonly_err(a, b, /):
    pass
t(lambda: posonly_err(1, b=2))

class A:
    def m(self, x):
        return x
    @staticmethod
    def s(x):
        return x
    @classmethod
    def c(cls, x):
        return cls.__name__, x
a = A()
print(a.m(1), A.m(a, 2), a.s(3), A.s(4), a.c(5), A.c(6))
t(lambda: a.m())
t(lambda: a.m(1, 2))
t(lambda: A.m(1))
t(lambda: A.m())
t(lambda: a.s())
t(lambda: a.c())
t(lambda: a.m(y=1))
t(lambda: A().m(self=1, x=2))
def outer():
    def inner(q):
        pass
    return inner
t(lambda: outer()())

# defaults are evaluated once, at definition time
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
calls = []
def default_value():
    calls.append(1)
    return len(calls)
def uses_default(v=default_value()):
    return v
print(uses_default(), uses_default(), calls)
print(fd.__defaults__, fko.__kwdefaults__, f1.__defaults__, fko.__defaults__)
fd.__defaults__ = (20, 30)
print(fd(1))

# introspection of the code object
print(fall.__code__.co_argcount, fall.__code__.co_posonlyargcount, fall.__code__.co_kwonlyargcount)
print(fall.__code__.co_varnames[:7], fall.__name__, fall.__qualname__, A.m.__qualname__)
print(outer().__qualname__, (lambda: 0).__name__, f1.__module__)

# *args and **kwargs forwarding
def forward(*args, **kwargs):
    return fall(*args, **kwargs)
print(forward(1, 2, 3, 4, d=5, extra=6))
def count_args(*a, **k):
    return len(a), sorted(k)
print(count_args(), count_args(*range(5), **dict.fromkeys("xyz")))
args = (1,)
kw = {"b": 2}
print(f2(*args, **kw), f3(*"ab", c=3), f3(1, *[2], *[3]))
t(lambda: f2(*args, **kw, b=3))
t(lambda: f2(*5))
t(lambda: f2(**5))
t(lambda: f2(*args, **{"a": 1}))

# keyword argument order is preserved
def kwords(**kw):
    return list(kw)
print(kwords(z=1, a=2, m=3), kwords(**{"b": 1}, a=2))

print(f1.__annotations__)

# recursion limit error is a RecursionError
def forever(n):
    return forever(n + 1)
t(lambda: forever(0))
print("still alive")

# function attributes
def with_attrs():
    pass
with_attrs.tag = "T"
print(with_attrs.tag, with_attrs.__dict__, hasattr(with_attrs, "nope"))
print(f1.__doc__, ann.__doc__)
def documented():
    "A docstring."
print(documented.__doc__)
print(callable(f1), callable(1), callable(A), callable(a.m))
