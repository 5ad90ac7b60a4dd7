# IndexError subscripting a call's result.
def f():
    return [1]
x = f()[3]
