# multiprocessing Lock, RLock, Value, Array, RawValue and RawArray shared
# with children.
import multiprocessing as mp


def add(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


def add_raw(counter, lock, n):
    for _ in range(n):
        lock.acquire()
        try:
            counter.value += 1
        finally:
            lock.release()


def nested(rlock, counter):
    with rlock:
        with rlock:
            counter.value += 10


def fill(arr, start):
    for i in range(start, len(arr), 2):
        arr[i] = i * i


def scale(d):
    d.value *= 2.5


def try_lock(lock, out):
    out.value = 1 if lock.acquire(timeout=0.05) else 0


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    print(counter.value, type(counter.value).__name__)
    ps = [mp.Process(target=add, args=(counter, 200)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("total", counter.value)

    raw = mp.RawValue("i", 5)
    lock = mp.Lock()
    ps = [mp.Process(target=add_raw, args=(raw, lock, 100)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("raw total", raw.value)

    rl = mp.RLock()
    c = mp.Value("q", 1)
    p = mp.Process(target=nested, args=(rl, c))
    p.start()
    p.join()
    print("rlock", c.value, p.exitcode)
    print(rl.acquire(), rl.acquire(), rl.release(), rl.release())
    try:
        rl.release()
    except (AssertionError, RuntimeError) as e:
        print("release unowned:", type(e).__name__)

    # a lock held by the parent: the child cannot take it
    held = mp.Lock()
    held.acquire()
    got = mp.Value("i", -1)
    p = mp.Process(target=try_lock, args=(held, got))
    p.start()
    p.join()
    print("child got held lock:", got.value)
    held.release()
    p = mp.Process(target=try_lock, args=(held, got))
    p.start()
    p.join()
    print("child got free lock:", got.value)
    print(held.acquire(False))
    held.release()

    d = mp.Value("d", 1.5)
    p = mp.Process(target=scale, args=(d,))
    p.start()
    p.join()
    print("double", d.value, type(d.value).__name__)
    d.value = 0.1
    print(d.value)

    arr = mp.Array("i", 10)
    print(arr[:], len(arr))
    ps = [mp.Process(target=fill, args=(arr, s)) for s in (0, 1)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(arr[:], arr[2:5], arr[-1], arr[::3], sum(arr))
    arr[0:3] = [7, 8, 9]
    print(list(arr)[:4])
    with arr.get_lock():
        arr[9] += 1
    print(arr[9])
    try:
        arr[10]
    except IndexError as e:
        print("IndexError", e)
    darr = mp.Array("d", [0.5, 1.5, 2.5])
    print(darr[:], len(darr))
    rarr = mp.RawArray("i", [1, 2, 3])
    print(rarr[:], list(rarr))
    print(mp.Value("i", 7, lock=False).value, mp.Array("i", 2, lock=False)[:])
    l = mp.Lock()
    print(l)
    l.acquire()
    print(l)
    r = mp.RLock()
    print(r)
    r.acquire()
    print(r)
    print(mp.Array("b", 3)[:], mp.Value("c", b"x").value, mp.Value("d", 1).value)
