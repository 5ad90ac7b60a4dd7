# atexit: a handler registered while the handlers run (at exit) is not run.
import atexit


def inner():
    print("inner: registered during exit, never runs")


def outer():
    print("outer")
    atexit.register(inner)


atexit.register(outer)
print("main")
