# Two slashes in one parameter list.
def f(a, /, b, /):
    pass
