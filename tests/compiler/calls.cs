# Calls: positional, keyword, *args, **kwargs, and a method call.
def calls(f, obj, args, kw):
    f(1, 2)
    f(1, key=2)
    f(*args)
    f(0, *args, **kw)
    f(**kw)
    obj.method(1, x=2)
    return f(a=1, b=2)
