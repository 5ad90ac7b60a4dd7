# functools: lru_cache, cache, cached_property.
import functools
from functools import lru_cache, cache, cached_property

calls = []
@lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n
print(square(2), square(3), square(2), square(4), square(3), square(2))
print(calls, square.cache_info(), square.cache_parameters())
square.cache_clear()
print(square.cache_info(), square(2), square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__, info._fields)

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__name__, fib.__wrapped__(10), fib.cache_parameters())

@lru_cache(maxsize=None)
def unbounded(x):
    return [x]
a = unbounded(1)
print(a is unbounded(1), unbounded.cache_info(), unbounded.cache_parameters())

@cache
def fact(n):
    "Factorial."
    return n * fact(n - 1) if n else 1
print(fact(20), fact.cache_info(), fact.__doc__, fact.__name__)

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1)
nocache(1)
print(nocache.cache_info())

@lru_cache(maxsize=-5)
def negative(x):
    return x
negative(1)
print(negative.cache_info())

@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info())
@lru_cache()
def untyped(x):
    return type(x).__name__
print(untyped(1), untyped(1.0), untyped.cache_info())

kw_calls = []
@lru_cache
def kw(a, b=2, *, c=3):
    kw_calls.append((a, b, c))
    return a + b + c
print(kw(1), kw(1), kw(1, 2), kw(a=1), kw(1, c=3), kw(1, b=2, c=3), kw(1, c=3, b=2))
print(len(kw_calls), kw.cache_info())

try:
    square([1])
except TypeError as e:
    print("TypeError", e)
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError", e)

@lru_cache
def fails(x):
    if x < 0:
        raise ValueError("negative")
    return x
for v in (-1, -1, 1):
    try:
        fails(v)
    except ValueError as e:
        print("ValueError", e)
print(fails.cache_info())

class Money:
    def __init__(self, cents):
        self.cents = cents
    @lru_cache(maxsize=32)
    def dollars(self, rate=1):
        return self.cents * rate / 100
m = Money(250)
print(m.dollars(), m.dollars(), Money.dollars.cache_info())

# Eviction keeps the most recently used entries.
order = []
@lru_cache(maxsize=3)
def rec(x):
    order.append(x)
    return x
for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    rec(x)
print(order, rec.cache_info())

class Data:
    def __init__(self, values):
        self.values = values
        self.computed = 0
    @cached_property
    def total(self):
        "The sum of the values."
        self.computed += 1
        return sum(self.values)
d = Data([1, 2, 3])
print(d.total, d.total, d.computed, "total" in d.__dict__, Data.total.__doc__, type(Data.total).__name__)
d.values.append(4)
print(d.total)
del d.total
print(d.total, d.computed)
d.total = 100
print(d.total, d.computed)
print(Data.total.attrname, Data.total.func.__name__)

cp = cached_property(lambda self: 1)
try:
    cp.__get__(d)
except TypeError as e:
    print("TypeError", e)
