# pickle sends the main script's functions by value: defaults, keyword
# defaults, __doc__, __annotations__, decorators (functools.wraps), generator
# and async functions, recursive lambdas, shared closure cells, and the
# globals they read. A module-level function comes back as itself in the
# process that defined it (as with CPython, which pickles it by name).
import asyncio
import functools
import math
import pickle


def rt(x):
    return pickle.loads(pickle.dumps(x))


CONST = {"k": 1}


def make():
    data = [1, 2]

    def f(a, b=CONST, *, c=data):
        "doc of f"
        return a, b, c
    return f


f = rt(make())
print(f(0), f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return ("wrapped", fn(*a))
    return wrapper


@deco
def g(x):
    return x + 1


h = rt(g)
print(h(1), h.__name__, h.__wrapped__(5))


def gen(n):
    yield from range(n)


print(list(rt(gen)(3)))


async def co():
    return 5


print(asyncio.run(rt(co)()))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(rt(fact)(5))


def annotated(x: int) -> str:
    return str(x)


print(rt(annotated).__annotations__)
x = 10


def reads_global():
    return x


r = rt(reads_global)
x = 20
print(r(), reads_global())


def uses_module():
    import math
    return math.floor(2.5)


def uses_global_module():
    return math.pi > 3


print(rt(uses_module)(), rt(uses_global_module)())


def kwonly(*, a, b=2):
    return a + b


print(rt(kwonly)(a=1))


def outer():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc, (lambda: n)


inc, get = rt(outer())
inc()
inc()
print(get())
