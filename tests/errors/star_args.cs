# TypeError: too many arguments through *args.
def f(a):
    return a
f(*[1, 2])
