# A keyword given twice through **: the message names module.function.
def f(**kw):
    return kw
f(a=1, **{"a": 2})
