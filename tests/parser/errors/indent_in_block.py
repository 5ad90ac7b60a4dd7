# An over-indented line inside a function.
def f():
    x = 1
        y = 2
