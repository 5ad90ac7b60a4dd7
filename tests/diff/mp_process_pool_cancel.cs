# ProcessPoolExecutor: a call a worker is running is running() and cannot be
# cancelled; its result still arrives.
import concurrent.futures as cf
import time


def slow(x):
    time.sleep(x)
    return x


if __name__ == "__main__":
    with cf.ProcessPoolExecutor(1) as ex:
        ex.submit(slow, 0).result()   # the worker is up
        f = ex.submit(slow, 0.3)
        time.sleep(0.1)
        print(f.running(), f.done(), f.cancel(), f.cancelled())
        print(f.result())
        print(f.running(), f.done(), f.cancel())
