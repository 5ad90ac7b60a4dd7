# Lock: acquire (blocking, non-blocking, with a timeout), locked, release,
# the with statement, and the messages of misuse.
import threading
import _thread

lock = threading.Lock()
print(type(lock).__name__, type(lock) is _thread.LockType)
print(lock.locked(), repr(lock)[:repr(lock).index(" at 0x")])
print(lock.acquire())
print(lock.locked(), repr(lock)[:repr(lock).index(" at 0x")])
print(lock.acquire(False))
print(lock.acquire(blocking=False))
print(lock.acquire(True, 0.01))
print(lock.acquire(timeout=0.01))
print(lock.acquire(True, 0))
lock.release()
print(lock.locked())
with lock:
    print("inside", lock.locked())
print("after", lock.locked())

try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e)

for args, kwargs in [((False, 1), {}), ((False,), {"timeout": 0}),
                     ((1, 2, 3), {}), ((), {"bogus": 1})]:
    try:
        print(args, kwargs, lock.acquire(*args, **kwargs))
        lock.release()
    except Exception as e:
        print(args, kwargs, type(e).__name__, e)

# -1 means wait forever, as does leaving it out.
print(lock.acquire(True, -1))
lock.release()

# A lock is not owned: any thread may release it.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by another thread:", lock.locked())

# A thread waiting in acquire() wakes when another releases.
order = []
lock.acquire()


def waiter():
    with lock:
        order.append("waiter got it")


t = threading.Thread(target=waiter)
t.start()
order.append("main releases")
lock.release()
t.join()
print(order)

# The timeout is honoured while another thread holds the lock.
lock.acquire()
got = []
t = threading.Thread(target=lambda: got.append(lock.acquire(timeout=0.05)))
t.start()
t.join()
print("timed out:", got)
lock.release()

# Mutual exclusion over a read-modify-write.
counter = [0]
m = threading.Lock()


def add():
    for _ in range(2000):
        with m:
            v = counter[0]
            counter[0] = v + 1


ts = [threading.Thread(target=add) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter[0])
print(_thread.allocate_lock().locked(), threading.Lock is not None)
l2 = _thread.allocate_lock()
print(l2.acquire_lock(), l2.locked_lock())
l2.release_lock()
print(l2.locked())
try:
    l2.__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__, e)
