# RLock: the owner may acquire it again; it is free once released as many
# times as acquired; only the owner may release it.
import threading


def shape(lock):
    # The repr without the address, and with the owner's ident hidden.
    s = repr(lock)
    s = s[:s.index(" at 0x")]
    words = ["owner=ME" if w == "owner=%d" % threading.get_ident() else w for w in s.split(" ")]
    return " ".join(words)


r = threading.RLock()
print(type(r).__name__)
print(shape(r))
print(r.acquire(), r.acquire(), r.acquire(False), r.acquire(True, 0.01))
print(shape(r))
print(r._is_owned())
for _ in range(4):
    r.release()
print(r._is_owned(), shape(r))
try:
    r.release()
except RuntimeError as e:
    print(type(e).__name__, e)

with r:
    with r:
        print("nested", r._is_owned())
print("out", r._is_owned())

# Another thread can neither take it nor release it while it is held.
r.acquire()
out = []


def other():
    out.append(r.acquire(False))
    out.append(r.acquire(timeout=0.02))
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))


t = threading.Thread(target=other)
t.start()
t.join()
print(out)
r.release()

# A thread waiting for it gets it when the count drops to zero.
order = []
r.acquire()
r.acquire()


def waiter():
    with r:
        order.append("waiter")


t = threading.Thread(target=waiter)
t.start()
r.release()
order.append("main still owns")
r.release()
t.join()
print(order)

# Recursion under a lock.
lock = threading.RLock()


def fact(n):
    with lock:
        return 1 if n <= 1 else n * fact(n - 1)


print(fact(20))
for args in [(False, 1), ()]:
    try:
        print(lock.acquire(*args))
        lock.release()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    lock.__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__, e)
print(threading._PyRLock is not None)
