# Private name mangling: inside a class body, every identifier __name (not
# ending in __) becomes _Class__name, leading underscores of the class
# name stripped.
class K:
    __x = 1
    def __init__(self):
        self.__y = 2
    def get(self):
        return self.__y, K.__x, self.__m()
    def __m(self):
        return "m"
    def dunder__(self):
        return "not mangled"
print(sorted(k for k in K.__dict__ if "x" in k or "m" in k), K().__dict__, K().get())
print(K().dunder__(), hasattr(K, "_K__m"), hasattr(K, "__m"))

class _Under:
    __a = "a"
    def f(self, __p=5):
        return __p
print([k for k in _Under.__dict__ if k.endswith("__a")], _Under().f(), _Under.f.__code__.co_varnames)

class ___:
    __b = 1
print("__b" in ___.__dict__)

def outer():
    class Inner:
        def m(self):
            __local = 3
            return __local, [__c for __c in range(2)]
    return Inner().m(), Inner.m.__code__.co_varnames
print(outer())

class Glob:
    def setg(self):
        global __gv
        __gv = "global value"
Glob().setg()
print(sorted(k for k in globals() if "gv" in k))

class Kw:
    def f(self, *, __k=1):
        return __k
print(Kw.f.__kwdefaults__)

class Nested:
    class __Inner:
        pass
    def get(self):
        return self.__Inner.__name__
print(Nested().get(), [k for k in Nested.__dict__ if "Inner" in k])

import sys as __sys_alias
class Imp:
    import os.path as __p
    from sys import version as __v
print([k for k in Imp.__dict__ if k.startswith("_Imp")])

class Ann:
    __t: int = 0
print(Ann.__annotations__)

class Attr:
    def __init__(self):
        self.__z = 1
        del self.__z
        self.__w = 2
        self.__w += 3
print(Attr().__dict__)

class Err:
    def f(self):
        try:
            raise ValueError("boom")
        except ValueError as __e:
            return str(__e)
print(Err().f())
print(getattr(K(), "_K__y"), K._K__x)
