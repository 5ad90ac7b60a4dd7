# contextlib.ExitStack: callbacks, enter_context, pop_all, exception handling.
from contextlib import ExitStack, contextmanager, suppress

@contextmanager
def res(name, log):
    log.append(f"open {name}")
    try:
        yield name
    finally:
        log.append(f"close {name}")

log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    stack.callback(lambda *a, **k: log.append(("lambda", a, k)), 1, x=2)
    log.append(f"body {names}")
print(log)

log = []
with ExitStack() as stack:
    stack.enter_context(res("x", log))
    keep = stack.pop_all()
log.append("left with")
keep.close()
print(log)

def exit_cb(exc_type, exc, tb):
    print("exit_cb sees", exc_type.__name__ if exc_type else None)
    return exc_type is KeyError
with ExitStack() as stack:
    stack.push(exit_cb)
    raise KeyError("suppressed by callback")
print("after suppression")
try:
    with ExitStack() as stack:
        stack.push(exit_cb)
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
with ExitStack() as stack:
    stack.push(CM("pushed"))
    stack.enter_context(CM("entered"))

# An exception in a callback is seen by the earlier ones and chained.
def raiser(exc):
    def cb(*details):
        raise exc
    return cb
try:
    with ExitStack() as stack:
        stack.callback(print, "first registered, runs last")
        stack.push(raiser(IndexError("from callback")))
        raise KeyError("from body")
except IndexError as e:
    print("IndexError", e, "context:", repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.push(raiser(ValueError("inner")))
        stack.push(raiser(TypeError("outer")))
except ValueError as e:
    print("ValueError", e, "context:", repr(e.__context__))

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    stack.push(raiser(RuntimeError("later suppressed")))
print("suppressed by earlier callback")

class NotCM:
    pass
try:
    ExitStack().enter_context(NotCM())
except TypeError as e:
    print("TypeError", e)

stack = ExitStack()
stack.callback(print, "closed explicitly")
stack.close()
stack.close()
print(stack.callback(len) is len, stack.push(exit_cb) is exit_cb)

# Conditionally entering context managers.
def process(flags):
    out = []
    with ExitStack() as stack:
        for i, f in enumerate(flags):
            if f:
                stack.enter_context(res(i, out))
        out.append("work")
    return out
print(process([True, False, True]))

with ExitStack() as outer:
    outer.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("zero division suppressed through ExitStack")
