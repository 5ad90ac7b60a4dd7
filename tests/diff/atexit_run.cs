# atexit._run_exitfuncs, _ncallbacks and _clear.
import atexit


def a():
    print("a")


def b(x):
    print("b", x)


base = atexit._ncallbacks()   # (CPython's site may have registered one)
atexit.register(a)
atexit.register(b, 1)
atexit.register(a)
print(atexit._ncallbacks() - base)
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(b, 2)
atexit._clear()
print(atexit._ncallbacks())
atexit.register(b, "at exit")
