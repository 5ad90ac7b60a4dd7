# multiprocessing.Pool: map, starmap, apply, apply_async, imap,
# imap_unordered, map_async with callbacks, and exceptions from tasks.
import multiprocessing as mp


def square(x):
    return x * x


def power(x, y):
    return x ** y


def describe(x, sep="-", *, end="!"):
    return f"{x}{sep}{end}"


def fails_on_three(x):
    if x == 3:
        raise ValueError(f"bad item {x}")
    return x


def init(v):
    global INITIALISED
    INITIALISED = v


def read_init(_):
    return INITIALISED


if __name__ == "__main__":
    with mp.Pool(3) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, []))
        print(pool.map(square, range(7), chunksize=3))
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        print(pool.apply(describe, (1,)), pool.apply(describe, (2, "+"), {"end": "?"}))
        r = pool.apply_async(square, (12,))
        print(r.get(timeout=5), r.ready(), r.successful())
        print(list(pool.imap(square, range(8))))
        print(list(pool.imap(square, range(8), chunksize=3)))
        print(sorted(pool.imap_unordered(square, range(8))))
        print(sorted(pool.imap_unordered(power, [])))
        got = []
        res = pool.map_async(square, [1, 2, 3], callback=got.append)
        res.wait(5)
        print(res.get(), got)
        errs = []
        res = pool.map_async(fails_on_three, range(5), error_callback=errs.append)
        try:
            res.get(5)
        except ValueError as e:
            print("map_async raised", e, [type(x).__name__ for x in errs], res.successful())
        try:
            pool.map(fails_on_three, range(5))
        except ValueError as e:
            print("map raised", e)
        try:
            pool.apply(fails_on_three, (3,))
        except ValueError as e:
            print("apply raised", e)
        r = pool.apply_async(fails_on_three, (3,))
        r.wait(5)
        print(r.ready(), r.successful())
        try:
            r.get()
        except ValueError as e:
            print("get raised", e)
        cb = []
        pool.apply_async(square, (5,), callback=cb.append).get(5)
        print(cb)
        it = pool.imap(fails_on_three, range(5))
        print(next(it), next(it), next(it))
        try:
            next(it)
        except ValueError as e:
            print("imap raised", e)
        print(pool.starmap(describe, [("a",), ("b", ":")]))

    pool = mp.Pool(2, initializer=init, initargs=("ready",))
    print(pool.map(read_init, range(4)))
    pool.close()
    pool.join()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("ValueError:", e)

    pool = mp.Pool(processes=2)
    try:
        pool.join()
    except ValueError as e:
        print("ValueError:", e)
    print(pool.map(square, [4]))
    pool.terminate()
    pool.join()
    try:
        mp.Pool(0)
    except ValueError as e:
        print("ValueError:", e)
