# global and nonlocal declarations.
def f():
    global a
    global b, c
    def g():
        nonlocal d
        nonlocal e, f
