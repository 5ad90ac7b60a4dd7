# AttributeError on the result of a call.
def f():
    return None
f().attr
