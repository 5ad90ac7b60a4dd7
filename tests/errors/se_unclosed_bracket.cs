# SyntaxError: a bracket never closed, reported where it opens.
def f():
    x = [1, 2, 3
    return x
