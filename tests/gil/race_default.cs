# With the default switching, the GIL changes hands only at safe points
# (backward jumps, function starts): `count += 1` alone never loses an
# update, but a read and a write separated by a call can, as in CPython.
import threading

N = 100_000
count = 0


def add_one(v):
    return v + 1


def plain():
    global count
    for _ in range(N):
        count += 1


def with_call():
    global count
    for _ in range(N):
        count = add_one(count)


for target in (plain, with_call):
    count = 0
    threads = [threading.Thread(target=target) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lost = 4 * N - count
    print(target.__name__, "lost nothing:" if lost == 0 else "lost some:", lost == 0)
