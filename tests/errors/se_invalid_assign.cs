# SyntaxError: assignment to a function call.
def f():
    f() = 1
