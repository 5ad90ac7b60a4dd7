# Lambdas with every kind of parameter.
a = lambda: 0
b = lambda x: x
c = lambda x, y=1: x + y
d = lambda *args: args
e = lambda **kwargs: kwargs
f = lambda x, /, y, *, z: (x, y, z)
g = lambda *, k=1: k
h = lambda x, *a, y=2, **k: 0
i = lambda a, b=1, /, c=2, *d, e, f=3, **g: 0
j = lambda: (yield)
k = lambda x: lambda y: x + y
