class S(str):
    __slots__ = ('a', 'b')
s = S("hello world, a long enough string")
s.a = 1; s.b = [1,2]
print(s, s.a, s.b, len(s), s.upper())
try:
    s.c = 3
except AttributeError as e: print("AE", e)
class S2(S):
    pass
t = S2("xy")
t.a = 5; t.z = 9
print(t, t.a, t.z, t.__dict__)
class T(tuple): pass
x = T((1,2,3)); x.q = 4; print(x, x.q, x.__dict__)
try:
    class T2(tuple): __slots__ = ('a',)
except TypeError as e: print("TE", e)
class B(bytes): pass
b = B(b"abc"); b.k = 1; print(b, b.k)
try:
    class I(int): __slots__ = ('a',)
except TypeError as e: print("TE", e)
class E(str): __slots__ = ()
print(E("q"), hasattr(E("q"), "__dict__"))
r = range(3)
try: r.start = 3
except AttributeError as e: print("AE", e)
print(S.a, type(S.a).__name__)
del s.a
try: s.a
except AttributeError as e: print("AE", e)
