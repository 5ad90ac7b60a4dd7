# return, pass, break, continue.
def f():
    pass
    return
def g():
    return 1
def h():
    return 1, 2
def i():
    return *a, b
for x in y:
    break
    continue
