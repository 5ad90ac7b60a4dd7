# atexit: handlers run last-registered first, after the main code, with
# their arguments; unregister removes every registration; the decorator form.
import atexit
import sys


def say(*args, **kwargs):
    print("say", args, sorted(kwargs.items()))


def never():
    print("never runs")


@atexit.register
def decorated():
    print("decorated (registered first, runs last)")


print(decorated.__name__, callable(decorated))
atexit.register(say, 1, 2, key="v")
atexit.register(never)
atexit.register(say, "again")
atexit.register(never)
atexit.unregister(never)
atexit.unregister(print)   # never registered: no error
r = atexit.register(lambda: print("lambda handler"))
print(r.__name__)


class Flusher:
    def __init__(self, name):
        self.name = name

    def __call__(self):
        print("flusher", self.name)


atexit.register(Flusher("callable object"))


def registers_more():
    print("registers_more runs")


def failing():
    raise RuntimeError("handler failed")


atexit.register(failing)
atexit.register(registers_more)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.register()
except TypeError:
    print("TypeError: no function")

sys.stdout.flush()
print("main code done")
