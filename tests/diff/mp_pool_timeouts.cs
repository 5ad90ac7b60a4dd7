# multiprocessing.Pool: get(timeout) raises multiprocessing.TimeoutError,
# successful() before the result is ValueError, imap's iterator has
# next(timeout); generators as inputs; builtins as functions.
import multiprocessing as mp
import time


def slow(x):
    time.sleep(x)
    return x


def square(x):
    return x * x


if __name__ == "__main__":
    pool = mp.Pool(2)
    r = pool.apply_async(slow, (0.4,))
    print(r.ready())
    try:
        r.get(timeout=0.05)
    except mp.TimeoutError as e:
        print("TimeoutError", type(e).__module__, repr(e))
    try:
        r.successful()
    except ValueError as e:
        print("ValueError", "not ready" in str(e))
    print(r.get(), r.ready(), r.successful())
    print(pool.map(square, (i for i in range(5))))
    print(list(pool.imap(square, iter(range(3)))))
    print(pool.starmap(pow, [(2, 5)]), pool.map(abs, [-1]), pool.apply(divmod, (7, 2)))
    it = pool.imap(slow, [0.3, 0.0])
    print(iter(it) is it)
    try:
        it.next(timeout=0.05)
    except mp.TimeoutError:
        print("imap TimeoutError")
    print(it.next(), next(it))
    try:
        next(it)
    except StopIteration:
        print("StopIteration")
    pool.close()
    pool.join()
