# contextlib: contextmanager, suppress, closing, nullcontext, redirect_stdout.
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, redirect_stdout,
                        redirect_stderr, ContextDecorator, AbstractContextManager)

@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")

with tag("h1") as t:
    print("inside", t)

@contextmanager
def guarded(label):
    print("enter", label)
    try:
        yield
    except ValueError as e:
        print("handled", e)
    finally:
        print("exit", label)

with guarded("a"):
    raise ValueError("bad value")
print("after a")
try:
    with guarded("b"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
try:
    with transform():
        1 / 0
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def keeps_going():
    try:
        yield
    except Exception:
        yield
try:
    with keeps_going():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def passthrough():
    yield
try:
    with passthrough():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration passed through", e)

exc = ValueError("same object")
try:
    with passthrough():
        raise exc
except ValueError as e:
    print("same exception object:", e is exc)

@contextmanager
def counter(log):
    "Count the uses."
    log.append("start")
    yield len(log)
    log.append("end")
log = []
@counter(log)
def work(x):
    log.append(f"work {x}")
    return x * 2
print(work(1), work(2), log)
cm = counter([])
print(type(cm).__name__, isinstance(cm, AbstractContextManager), cm.__doc__)

with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed KeyError")
with suppress(ZeroDivisionError):
    print("no error")
try:
    with suppress(KeyError):
        [][0]
except IndexError:
    print("IndexError not suppressed")
with suppress():
    pass
with suppress(Exception):
    raise ValueError
print("suppressed subclass")

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)
with closing(Resource("db")) as r:
    print("using", r.name)
try:
    with closing(Resource("file")):
        raise OSError("io")
except OSError as e:
    print("OSError", e)

with nullcontext() as n:
    print("null", n)
with nullcontext(42) as n:
    print("null", n)
def maybe_lock(lock=None):
    return lock if lock is not None else nullcontext()
with maybe_lock():
    print("no lock needed")

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass
cap = Capture()
with redirect_stdout(cap) as target:
    print("captured line")
    print("second", 2)
print("back", target is cap, repr("".join(cap.parts)))
err = Capture()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr("".join(err.parts)))
outer, inner = Capture(), Capture()
with redirect_stdout(outer):
    print("o1")
    with redirect_stdout(inner):
        print("i1")
    print("o2")
print(repr("".join(outer.parts)), repr("".join(inner.parts)), sys.stdout is sys.__stdout__)

class Announce(ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("finish", exc[0].__name__ if exc[0] else None)
        return False
@Announce()
def job(n):
    print("job", n)
    return n
print(job(3))
with Announce():
    print("block")

class Plain:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return None
print(issubclass(Plain, AbstractContextManager), issubclass(int, AbstractContextManager))
