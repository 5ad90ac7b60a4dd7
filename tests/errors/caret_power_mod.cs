# Operators of different precedence: the outermost operation is marked.
def f(a, b):
    return a ** b ** 2 % 0
f(2, 3)
