# Keyword arguments and unpacking mixed.
f(a, b=1, *c, d=2, **e)
f(key=value) if False else None
g(x=lambda: 1, y=[i for i in z])
h(*a, b, *c)
