# concurrent.futures with a ThreadPoolExecutor: submit/result, exceptions
# re-raised by result(), exception(), map in order, and the with block.
import threading
import time
from concurrent.futures import ThreadPoolExecutor
import concurrent.futures as cf


def square(x):
    return x * x


def fail(msg):
    raise ValueError(msg)


def throw(exc):
    raise exc


with ThreadPoolExecutor(max_workers=3) as ex:
    f = ex.submit(square, 7)
    print(f.result(), f.done(), f.running(), f.cancelled(), f.exception())
    g = ex.submit(fail, "bad input")
    try:
        g.result()
    except ValueError as e:
        print("result raised", type(e).__name__, e)
    print(repr(g.exception()), g.done())
    h = ex.submit(lambda *a, **k: (a, k), 1, 2, key="v")
    print(h.result(timeout=5))
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    print(list(ex.map(square, [])))
    # map yields in order even when later calls finish first.
    print(list(ex.map(lambda d: (time.sleep(d), d)[1], [0.03, 0.01, 0.0])))
    it = ex.map(fail, ["first", "second"])
    try:
        list(it)
    except ValueError as e:
        print("map raised", e)

print(sorted(n for n in cf.__all__ if n != "ProcessPoolExecutor"))
print(issubclass(cf.BrokenExecutor, RuntimeError), cf.TimeoutError is TimeoutError)
print(issubclass(cf.CancelledError, Exception), issubclass(cf.InvalidStateError, Exception))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)

# Thread names: ThreadPoolExecutor-N_M, or the given prefix.
names = set()
barrier = threading.Barrier(2)


def record():
    barrier.wait()
    names.add(threading.current_thread().name)


ex = ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(record) for _ in range(2)]
for f in fs:
    f.result()
ex.shutdown()
print(sorted(n.split("-")[0] + "-N_" + n.split("_")[1] for n in names))
ex2 = ThreadPoolExecutor(2, thread_name_prefix="pool")
fs = [ex2.submit(record) for _ in range(2)]
for f in fs:
    f.result()
ex2.shutdown()
print(sorted(n for n in names if n.startswith("pool")))

# The pool never starts more than max_workers threads.
seen = set()
with ThreadPoolExecutor(max_workers=2) as ex:
    for f in [ex.submit(lambda: seen.add(threading.get_ident()) or time.sleep(0.002))
              for _ in range(20)]:
        f.result()
print(len(seen) <= 2, ex._max_workers)
for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ThreadPoolExecutor(1, initializer=5)
except TypeError as e:
    print(type(e).__name__, e)

# Exceptions keep their traceback and their type, BaseException too.
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(lambda: 1 / 0)
    e = f.exception()
    print(type(e).__name__, e.__traceback__ is not None)
    f = ex.submit(throw, SystemExit(5))
    print(repr(f.exception()))
    f = ex.submit(throw, KeyboardInterrupt)
    print(repr(f.exception()))
    print(ex.submit(square, 3).result())
