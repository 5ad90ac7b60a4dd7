# functools: total_ordering, cmp_to_key, singledispatch, singledispatchmethod.
import functools
from functools import total_ordering, cmp_to_key, singledispatch, singledispatchmethod

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a <= c, a >= c, a > c, b > a, b >= a)
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, a]))
print(Version.__gt__.__name__, Version.__le__.__qualname__, "__ge__" in Version.__dict__)
try:
    a < 3
except TypeError as e:
    print("TypeError", e)

@total_ordering
class Rev:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __gt__(self, other):
        return self.n > other.n
print(Rev(1) < Rev(2), Rev(1) <= Rev(1), Rev(2) >= Rev(3), Rev(3) > Rev(1))

@total_ordering
class ByLe:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __le__(self, other):
        return self.n <= other.n
print(ByLe(1) < ByLe(2), ByLe(2) < ByLe(2), ByLe(2) > ByLe(1), ByLe(1) >= ByLe(1))

@total_ordering
class ByGe:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __ge__(self, other):
        return self.n >= other.n
print(ByGe(1) < ByGe(2), ByGe(2) <= ByGe(1), ByGe(2) > ByGe(1), ByGe(1) > ByGe(1))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)

def compare(x, y):
    return (x > y) - (x < y)
def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return compare(a, b)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)), sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))
K = cmp_to_key(compare)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) > K(0), K(1) >= K(5), K(1).obj, max([1, 5, 3], key=K))
try:
    hash(K(1))
except TypeError:
    print("KeyWrapper is unhashable")

@singledispatch
def describe(arg):
    return f"object {arg!r}"
@describe.register(int)
def _(arg):
    return f"int {arg}"
@describe.register(list)
def _describe_list(arg):
    return f"list of {len(arg)}"
def describe_float(arg):
    return f"float {arg:.1f}"
describe.register(float, describe_float)
class MyInt(int):
    pass
print(describe("s"), describe(3), describe(True), describe(MyInt(5)), describe([1, 2]), describe(2.5))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(str) is describe.__wrapped__)
print(sorted(t.__name__ for t in describe.registry), describe.__name__, describe.registry[float] is describe_float)
try:
    describe()
except TypeError as e:
    print("TypeError", e)
try:
    describe.register(3, lambda x: x)
except TypeError as e:
    print("TypeError", e)

from collections.abc import Sequence, Mapping, Iterable
@singledispatch
def kind(x):
    return "other"
@kind.register(Iterable)
def _(x):
    return "iterable"
@kind.register(Sequence)
def _(x):
    return "sequence"
@kind.register(Mapping)
def _(x):
    return "mapping"
print(kind([]), kind(()), kind({}), kind({1}), kind(5), kind("s"))
class Custom:
    def __iter__(self):
        return iter(())
print(kind(Custom()))

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"? {arg}"
    @fmt.register(int)
    def _(self, arg):
        return f"int:{arg}"
    @fmt.register(str)
    def _(self, arg):
        return f"str:{arg}"
f = Formatter()
print(f.fmt(1), f.fmt("a"), f.fmt(1.5), Formatter.fmt.__name__)

class Negator:
    @singledispatchmethod
    @classmethod
    def neg(cls, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register(int)
    @classmethod
    def _(cls, arg):
        return -arg
    @neg.register(bool)
    @classmethod
    def _(cls, arg):
        return not arg
print(Negator.neg(5), Negator.neg(True), Negator().neg(2))

# register() reads the class from the first parameter's annotation.
@singledispatch
def show(obj):
    return "object"
@show.register
def _(obj: int):
    return "int by annotation"
@show.register
def _(obj: "list"):
    return "list by string annotation"
from typing import Union
@show.register
def _(obj: Union[str, bytes]):
    return "str or bytes"
print(show(1), show([1]), show("s"), show(b"b"), show(1.5))
try:
    @show.register
    def _(obj):
        return "no annotation"
except TypeError as e:
    print("TypeError", str(e).split(" at ")[0], str(e).split(">")[1])
try:
    @show.register
    def _(obj: "Union[int, 3]"):
        return "bad"
except TypeError as e:
    print("TypeError", str(e)[:40])
