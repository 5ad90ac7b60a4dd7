# Bound methods: __doc__ comes from the function; types.MethodType builds one
# from any callable and an instance, with CPython's argument checks.
import types
class A:
    def f(self):
        "doc of f"
    def g(self):
        pass
print(A().f.__doc__, A().g.__doc__)
class B:
    def m(self): return 1
b = B()
print(type(b.m)(lambda self: 7, b)())
for a in [(), (1,), (len, None), (len, 1, 2), (1, 2)]:
    try: print(types.MethodType(*a))
    except TypeError as e: print(e)
try: types.MethodType(f=len, obj=1)
except TypeError as e: print(e)
m = types.MethodType(len, [1,2]); print(m(), m.__self__, m.__func__, m.__doc__[:20])
print(types.MethodType is type(b.m))
