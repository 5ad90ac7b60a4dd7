# With the default switching, the GIL changes hands only at safe points
# (backward jumps, function starts): `count += 1` alone never loses an
# update, but a read and a write separated by a call can, as in CPython.
# A short switch interval keeps those rules but makes hand-overs frequent
# enough that a run of a few milliseconds sees some; the call case gets
# a few rounds because a round can finish inside one slice per thread.
import sys
import threading

N = 100_000
count = 0
sys.setswitchinterval(0.0002)


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


def lost_in_round(target):
    global count
    count = 0
    threads = [threading.Thread(target=target) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return 4 * N - count


lost = sum(lost_in_round(plain) for _ in range(3))
print("plain", "lost nothing:" if lost == 0 else "lost some:", lost == 0)
lost = 0
for _ in range(20):
    lost = lost_in_round(with_call)
    if lost:
        break
print("with_call", "lost nothing:" if lost == 0 else "lost some:", lost == 0)
