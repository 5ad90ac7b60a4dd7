# Decorators: plain and parametrized, stacking order, class decorators,
# decorators returning non-functions, functools-free wraps by hand,
# decorating methods, staticmethod/classmethod/property stacking, and
# the evaluation order of decorator expressions.

def trace(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args, kwargs)
        r = f(*args, **kwargs)
        print("ret", r)
        return r
    wrapper.__name__ = f.__name__
    wrapper.__wrapped__ = f
    return wrapper

@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__, add.__wrapped__(3, 4))

def repeat(n):
    print("repeat factory", n)
    def deco(f):
        print("decorating", f.__name__)
        def run(*a):
            return [f(*a) for _ in range(n)]
        return run
    return deco

@repeat(3)
def hello(x):
    return "hi " + x
print(hello("bob"))

order = []
def mark(name):
    order.append("eval " + name)
    def d(f):
        order.append("apply " + name)
        return f
    return d
@mark("outer")
@mark("middle")
@mark("inner")
def target():
    pass
print(order)

def to_string(f):
    return "replaced " + f.__name__
@to_string
def gone():
    pass
print(gone, type(gone).__name__)

def register(cls):
    cls.registered = True
    return cls
@register
class Plugin:
    pass
print(Plugin.registered, Plugin.__name__)

def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))

class Counter:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@Counter
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls, type(sq).__name__)

def method_deco(f):
    def w(self, *a):
        return "<" + str(f(self, *a)) + ">"
    return w
class Shape:
    def __init__(self, n):
        self.n = n
    @method_deco
    def describe(self, suffix=""):
        return "shape %d%s" % (self.n, suffix)
    @staticmethod
    @trace
    def util(x):
        return x * 2
    @classmethod
    def make(cls, n):
        return cls(n)
    @property
    @method_deco
    def prop(self):
        return self.n
print(Shape(3).describe(), Shape(4).describe("!"), Shape.util(5), Shape.make(6).n, Shape(7).prop)

# decorator with arguments applied via a lambda expression (PEP 614)
decos = {"t": trace}
@decos["t"]
def relaxed(x):
    return -x
relaxed(1)
@(lambda f: f)
def ident():
    return "ident"
print(ident())
@[trace][0]
def listed():
    return "listed"
listed()

# a decorator that raises at decoration time
def broken(f):
    raise ValueError("no " + f.__name__)
try:
    @broken
    def victim():
        pass
except ValueError as e:
    print("caught", e)
print("victim" in globals())

# decorating a function twice with the same decorator
@trace
@trace
def twice():
    return 1
twice()
# closure state in decorators
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
