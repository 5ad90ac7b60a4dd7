# A binary operation inside a call's argument.
def f(x):
    return x
f(1 + None)
