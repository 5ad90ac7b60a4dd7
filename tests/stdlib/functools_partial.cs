# functools: reduce, partial, partialmethod, wraps/update_wrapper.
import functools
from functools import partial, partialmethod, reduce, wraps, update_wrapper
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10), reduce(lambda a, b: a + b, [], 0))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(max, [3, 9, 2]), reduce(operator.add, ["a"]))
for bad in [lambda: reduce(operator.add, []), lambda: reduce(1, [1, 2]), lambda: reduce(operator.add, 5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

def power(base, exponent, *rest, **options):
    return (base ** exponent, rest, options)
square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2), square(3, exponent=4), partial(power, 2)(10))
p = partial(power, 2, 3, 4, flag=True)
print(p(5, extra=1), p.func is power, p.args, p.keywords)
pp = partial(p, 6, flag=False)
print(pp.func is power, pp.args, pp.keywords, pp())
basetwo = partial(int, base=2)
basetwo.__doc__ = "Convert base 2 string to an int."
print(basetwo("10010"), basetwo.__doc__, repr(partial(int, base=2)))
print(repr(partial(max, 1, 2, key=abs)), repr(partial(len)))
print(list(map(partial(operator.mul, 3), [1, 2, 3])), sorted([3, -5, 1], key=partial(operator.mul, -1)))
try:
    partial(1)
except TypeError as e:
    print("TypeError", e)
try:
    partial()
except TypeError as e:
    print("TypeError")

class MyPartial(partial):
    pass
mp = MyPartial(len, [1, 2])
print(repr(mp), mp(), MyPartial(mp).func is mp, isinstance(mp, partial))
p.attr = "extra"
print(p.attr)
class Holder:
    method = partial(power, 7)
print(Holder().method(2)[0], Holder.method(2)[0])
rec = partial(print)
rec.args_ref = rec
import copy
cp = copy.copy(partial(power, 1, b=2))
print(cp.func is power, cp.args, cp.keywords)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, note=""):
        self.alive = state
        return note
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="dead")
    @classmethod
    def make(cls, value, times):
        return [value] * times
    twice = partialmethod(make, times=2)
c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(note="x"))
print(Cell.twice(5), c.twice("a"), repr(Cell.__dict__["set_dead"]).startswith("functools.partialmethod(<function"))
print(Cell.set_alive(c), c.alive)

def decorator(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs) * 2
    return wrapper
@decorator
def compute(x, y=1):
    """Add two numbers."""
    return x + y
compute.extra = 1
print(compute(1, 2), compute.__name__, compute.__doc__, compute.__qualname__, compute.__module__)
print(compute.__wrapped__(1, 2), compute.__wrapped__.__name__, compute.extra)

def target():
    "target doc"
target.custom = "c"
def shell():
    pass
shell.own = "o"
res = update_wrapper(shell, target)
print(res is shell, shell.__name__, shell.__doc__, shell.custom, shell.own, shell.__wrapped__ is target)
def bare():
    pass
update_wrapper(bare, target, assigned=("__doc__",), updated=())
print(bare.__name__, bare.__doc__, hasattr(bare, "custom"))
class NoName:
    pass
def w2():
    pass
update_wrapper(w2, NoName())
print(w2.__name__, w2.__wrapped__.__class__.__name__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(sorted(functools.__all__))
