# list[int] and friends: types.GenericAlias repr, origin/args, calling
# through to the origin, equality and hashing, subclasses of builtins.
class A: pass
print(list[int], dict[str, int], tuple[int, ...], tuple[()], set[A], type[int], list[list[int]], list["x"], list[None])
g = dict[str, int]
print(g.__origin__, g.__args__, g(a=1), g == dict[str, int], g != list[int], hash(g) == hash(dict[str, int]))
print(type(g).__name__, g.fromkeys("ab"))
class MyList(list): pass
print(MyList[int])
try:
    A[int]
except TypeError as e:
    print(e)
# types.GenericAlias can be called and subclassed, and list[int] as a base
# class means list.
GA = type(list[int])
print(GA(list, (int,)), GA(dict, (str, int)), GA(tuple, int), GA.__name__)
class Sub(GA):
    def __repr__(self):
        return "Sub:" + super().__repr__()
s = Sub(list, (int,))
print(s, s.__origin__, s.__args__, type(s).__name__, s == list[int], s())
class Lst(list[int]):
    pass
print(Lst.__mro__, Lst([1, 2]), Lst.__orig_bases__)
class Box:
    __class_getitem__ = classmethod(GA)
print(Box[int], type(Box[int]).__name__)
print(list[int].__mro_entries__((list[int],)), list[int].append, list[int].__class__)
