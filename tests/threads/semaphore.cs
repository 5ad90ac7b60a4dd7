# Semaphore and BoundedSemaphore: counting, blocking and timeouts, release(n),
# and the errors of bad values.
import threading
import time


def shape(obj):
    s = repr(obj)
    return s[:s.index(" at 0x")] + s[s.index(":"):]


s = threading.Semaphore(2)
print(shape(s))
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.02))
print(shape(s))
s.release()
print(s.acquire(blocking=False))
s.release(3)
print(shape(s), s._value)
with s:
    print("in with:", s._value)
print(s._value)
for args, kwargs in [((False, 1), {}), ((False,), {"timeout": 0.5})]:
    try:
        s.acquire(*args, **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in (-1, -5):
    try:
        threading.Semaphore(bad)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        threading.BoundedSemaphore(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    s.release(0)
except ValueError as e:
    print(type(e).__name__, e)
print(shape(threading.Semaphore()), shape(threading.Semaphore(0)))

b = threading.BoundedSemaphore(2)
print(shape(b))
b.acquire()
print(shape(b))
b.release()
try:
    b.release()
except ValueError as e:
    print(type(e).__name__, e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print(type(e).__name__, e)
b.release(2)
print(shape(b))
try:
    b.release(0)
except ValueError as e:
    print(type(e).__name__, e)

# At most 3 threads hold the semaphore at once.
pool = threading.BoundedSemaphore(3)
inside = [0]
peak = [0]
guard = threading.Lock()


def worker():
    with pool:
        with guard:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.01)
        with guard:
            inside[0] -= 1


ts = [threading.Thread(target=worker) for _ in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak", peak[0], "inside", inside[0], pool._value)

# A blocked acquire wakes on release from another thread.
z = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(z.acquire(timeout=5)))
t.start()
time.sleep(0.02)
z.release()
t.join()
print(got)
