# KeyError in a function called over two lines.
def f(**kw):
    return kw["missing"]
f(a=1,
  b=2)
