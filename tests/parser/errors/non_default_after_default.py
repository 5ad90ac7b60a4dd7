# A parameter without default after one with.
def f(a=1, b):
    pass
