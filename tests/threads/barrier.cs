# Barrier: wait returns 0..n-1, the action runs once per round, and abort,
# reset and timeouts break it with BrokenBarrierError.
import threading
import time


def shape(obj):
    s = repr(obj)
    return s[:s.index(" at 0x")] + s[s.index(":"):]


actions = []
b = threading.Barrier(3, action=lambda: actions.append("action"))
print(b.parties, b.n_waiting, b.broken, shape(b))
print(issubclass(threading.BrokenBarrierError, RuntimeError))

indexes = []


def party(rounds):
    for r in range(rounds):
        indexes.append((r, b.wait()))


ts = [threading.Thread(target=party, args=(2,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indexes), actions, b.n_waiting, b.broken)

# n_waiting counts the threads that wait.
b2 = threading.Barrier(3)
waiting = []


def waits():
    try:
        waiting.append(b2.wait())
    except threading.BrokenBarrierError:
        waiting.append("broken")


ts = [threading.Thread(target=waits) for _ in range(2)]
for t in ts:
    t.start()
while b2.n_waiting < 2:
    time.sleep(0.005)
print("n_waiting:", b2.n_waiting, shape(b2))
b2.abort()
for t in ts:
    t.join()
print(waiting, b2.broken, b2.n_waiting, shape(b2))
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e))
b2.reset()
print("after reset:", b2.broken)
ts = [threading.Thread(target=waits) for _ in range(2)]
for t in ts:
    t.start()
while b2.n_waiting < 2:
    time.sleep(0.005)
print("main index:", b2.wait())
for t in ts:
    t.join()
print(sorted(waiting, key=str))

# A timeout breaks the barrier for everyone.
b3 = threading.Barrier(2, timeout=0.02)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("timed out, broken:", b3.broken)
b4 = threading.Barrier(2)
try:
    b4.wait(0.01)
except threading.BrokenBarrierError:
    print("timed out, broken:", b4.broken)

# A failing action breaks the barrier; the thread that ran it sees the error.
def bad_action():
    raise KeyError("boom")


b5 = threading.Barrier(2, action=bad_action)
seen = []


def party5():
    try:
        b5.wait()
        seen.append("passed")
    except threading.BrokenBarrierError:
        seen.append("broken")
    except KeyError as e:
        seen.append("KeyError %s" % e)


ts = [threading.Thread(target=party5) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen), b5.broken)

# reset while threads wait: they get BrokenBarrierError, the barrier is usable again.
b6 = threading.Barrier(3)
out6 = []


def party6():
    try:
        b6.wait()
        out6.append("ok")
    except threading.BrokenBarrierError:
        out6.append("broken")


ts = [threading.Thread(target=party6) for _ in range(2)]
for t in ts:
    t.start()
while b6.n_waiting < 2:
    time.sleep(0.005)
b6.reset()
for t in ts:
    t.join()
print(out6, b6.broken, b6.n_waiting)

# 3.11 does not check the number of parties.
print(threading.Barrier(0).parties)
print(threading.Barrier(1).wait())
