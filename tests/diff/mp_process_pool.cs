# concurrent.futures.ProcessPoolExecutor: submit, map, as_completed, wait,
# exceptions from result(), shutdown, initializer, BrokenProcessPool.
import concurrent.futures as cf
import os
from concurrent.futures.process import BrokenProcessPool


def square(x):
    return x * x


def divide(a, b):
    return a / b


def kw(a, *, b=2):
    return a + b


def die():
    os._exit(7)


def init(v):
    global PREFIX
    PREFIX = v


def prefixed(x):
    return f"{PREFIX}{x}"


if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        f = ex.submit(square, 7)
        print(f.result(timeout=5), f.done(), f.exception())
        print(ex.submit(kw, 1, b=10).result())
        print(list(ex.map(square, range(8))))
        print(list(ex.map(divide, [1, 4, 9], [1, 2, 3])))
        print(list(ex.map(square, range(5), chunksize=2)))
        futs = [ex.submit(square, i) for i in range(6)]
        print(sorted(f.result() for f in cf.as_completed(futs)))
        done, not_done = cf.wait(futs)
        print(len(done), len(not_done))
        bad = ex.submit(divide, 1, 0)
        try:
            bad.result()
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        print(type(bad.exception()).__name__)
        it = ex.map(divide, [1, 2, 3], [1, 0, 1])
        print(next(it))
        try:
            next(it)
        except ZeroDivisionError as e:
            print("map raised", e)

    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)

    ex = cf.ProcessPoolExecutor(max_workers=2, initializer=init, initargs=("item-",))
    print(sorted(ex.map(prefixed, range(3))))
    ex.shutdown(wait=True)
    ex.shutdown()

    ex = cf.ProcessPoolExecutor(max_workers=1)
    f = ex.submit(die)
    try:
        f.result(timeout=5)
    except BrokenProcessPool as e:
        print("BrokenProcessPool", isinstance(e, cf.BrokenExecutor))
    try:
        ex.submit(square, 2)
    except BrokenProcessPool:
        print("submit after break: BrokenProcessPool")
    ex.shutdown()

    try:
        cf.ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError:", e)
