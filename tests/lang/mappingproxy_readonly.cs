# types.MappingProxyType: a read-only view of a mapping; a class's __dict__ is one.
import types
class A:
    x = 1
mp = types.MappingProxyType({"k": 1})
print(str(mp), repr(mp), type(A.__dict__), type(A.__dict__) is types.MappingProxyType)
try:
    A.__dict__["x"] = 2
except TypeError as e: print(e)
try:
    del mp["k"]
except TypeError as e: print(e)
try: mp.pop
except AttributeError as e: print(e)
print(mp.get("k"), mp.keys(), mp.values(), mp.items(), len(mp), "k" in mp, list(iter(mp)), mp.copy(), reversed(mp).__class__.__name__)
print(mp | {"z": 1}, {"z": 1} | mp)
try: types.MappingProxyType([1])
except TypeError as e: print(e)
try: hash(mp)
except TypeError as e: print(e)
print(mp == {"k": 1}, mp != {"k": 2}, {"k": 1} == mp)
m2 = types.MappingProxyType(A.__dict__)
print(type(m2).__name__, 'x' in m2)
import collections.abc
print(isinstance(mp, collections.abc.Mapping), isinstance(mp, collections.abc.MutableMapping))
