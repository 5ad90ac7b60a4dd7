"""A data race, made to happen on demand, and the lock that prevents it.

`count += 1` is three steps: load count, add 1, store it back. If another
thread runs between the load and the store, one update is lost. With the
default switching the GIL changes hands only at safe points (backward
jumps and calls), never inside `count += 1`, so this loop loses nothing --
by luck of where the safe points are, not by design. Chaos mode
(gil.chaos(True), the same as `-X gilswitch=always`) switches threads at
random instructions, most often just before a store, and the race shows
at once.
A lock makes the three steps one, in any mode.

    ./cs examples/race_chaos.cs
"""
import gil
import threading

THREADS = 4
N = 20_000
count = 0
lock = threading.Lock()


def unlocked():
    global count
    for _ in range(N):
        count += 1


def locked():
    global count
    for _ in range(N):
        with lock:
            count += 1


def run(target):
    global count
    count = 0
    threads = [threading.Thread(target=target) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return count


expected = THREADS * N
for chaos in (False, True):
    gil.chaos(chaos)
    mode = "chaos mode" if chaos else "default switching"
    for name, target in (("without a lock", unlocked), ("with a lock", locked)):
        got = run(target)
        lost = expected - got
        print(f"{mode:17}  {name:14}  {got:6} of {expected}  lost: {lost}")
gil.chaos(False)
