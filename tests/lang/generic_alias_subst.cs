# types.GenericAlias: constructed directly or by subscripting, subclassed,
# its __parameters__ (the type variables among its arguments) and
# substitution of them by subscripting the alias again.
import copy
import types
import typing

T = typing.TypeVar("T")
K = typing.TypeVar("K")
V = typing.TypeVar("V")
GA = types.GenericAlias

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = GA(list, (int,))
print(a, a.__origin__, a.__args__, a.__parameters__, a == list[int], hash(a) == hash(list[int]))
print(GA(list, int).__args__, GA(dict, (str, int)), type(a) is GA, isinstance(a, GA))
t(lambda: GA(list))
t(lambda: GA(list, int, str))
t(lambda: GA(list, (int,), x=1))

m = dict[K, V]
print(m, m.__parameters__, m[str, int], m[str, list[T]], m[str, list[T]].__parameters__)
print(list[T][int], list[list[T]][str], dict[T, list[T]][int], tuple[T, ...][int], tuple[K, V, K][int, str])
print(dict[K, list[V]].__parameters__, list[dict[T, K]][int, str], type(list[T][int]) is GA)
t(lambda: list[int][int])
t(lambda: dict[K, V][int])
t(lambda: dict[K, V][int, str, bytes])
t(lambda: list[T][int, str])
print(list[typing.List[T]].__parameters__, list[typing.List[T]][int])
print(list[T] == list[T], list[T] == list[K], list[int] != list[str], list[int] == list[int,])

# Items print as CPython prints them: classes and functions by qualified
# name, aliases by repr, lists in brackets, ... as is.
def helper():
    pass
class Local:
    class Inner:
        pass
print(list[helper], list[Local.Inner], list[...], tuple[()], list[[int, str]], dict[str, "forward"], list[None])

# Calling an alias calls its origin; the instance remembers the alias.
class Box:
    __class_getitem__ = classmethod(GA)
    def __init__(self, v=0):
        self.v = v
b = Box[int](5)
print(Box[int], b.v, b.__orig_class__, list[int]([1, 2]), type(dict[str, int]()))
print(list[int].append is list.append, list[int].__mro_entries__((list[int],)))

# Subclassing GenericAlias.
class Tagged(GA):
    def __repr__(self):
        return "Tagged:" + super().__repr__()
s = Tagged(list, (T,))
print(s, type(s).__name__, s == list[T], s.__parameters__, s[int], type(s[int]).__name__)

# Copies rebuild the alias through __reduce__.
print(list[int].__reduce__(), copy.copy(dict[str, T]), copy.deepcopy(list[T]))

# Checks against an alias are errors.
t(lambda: isinstance([], list[int]))
t(lambda: issubclass(list, list[int]))
print(list[int] | None, (int | list[T]).__args__)
u = int | list[T]
print(u.__parameters__, u[str], (list[T] | dict[K, T])[int, str], (list[T] | None)[int])
t(lambda: (int | str)[int])
t(lambda: u[int, str])
