# Positional-only and keyword-only parameters.
def f(a, /): pass
def f(a, /, b): pass
def f(a, b, /, c, *, d): pass
def f(a=1, /, b=2, *, c=3): pass
def f(a, /, *args, **kw): pass
def f(a, b=2, /, c=3, *d, e, f=6, **g): pass
