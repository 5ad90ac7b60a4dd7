# Condition: wait/notify/notify_all, wait_for with and without a timeout,
# a Condition over a plain Lock, and the errors of using it un-acquired.
import threading
import time

cond = threading.Condition()
print(repr(cond).split(" ")[0], repr(cond).endswith(", 0)>"))
for meth, args in [(cond.wait, ()), (cond.wait_for, (lambda: True,)), (cond.notify, ()),
                   (cond.notify_all, ())]:
    try:
        meth(*args)
    except RuntimeError as e:
        print(type(e).__name__, e)

# wait with a timeout and nobody to notify returns False.
with cond:
    print("wait timeout:", cond.wait(0.02))
    print("wait 0:", cond.wait(0))
    print("wait_for true:", cond.wait_for(lambda: 5))
    print("wait_for timeout:", cond.wait_for(lambda: 0, timeout=0.02))
    print("wait_for timeout 0:", cond.wait_for(lambda: [], 0))

# notify wakes one waiter at a time, notify_all wakes the rest.
woken = []
arrived = threading.Semaphore(0)


def waiter(i):
    with cond:
        arrived.release()
        got = cond.wait(5)
        woken.append((i, got))


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for _ in range(4):
    arrived.acquire()
# Holding the lock means the last waiter has released it inside wait().
with cond:
    print(repr(cond).endswith(", 4)>"), len(cond._waiters))
    cond.notify()


def settle(n):
    # Wait for n threads to be woken, then a little more in case a
    # notify woke too many.
    deadline = time.monotonic() + 5
    while len(woken) < n and time.monotonic() < deadline:
        time.sleep(0.001)
    time.sleep(0.02)
    return len(woken)


print("after notify:", settle(1))
with cond:
    cond.notify(2)
print("after notify(2):", settle(3))
with cond:
    cond.notify_all()
for t in ts:
    t.join()
print(sorted(woken))

# A producer and consumer with wait_for.
items = []
consumed = []
c2 = threading.Condition(threading.Lock())


def consumer():
    for _ in range(5):
        with c2:
            c2.wait_for(lambda: items)
            consumed.append(items.pop(0))


t = threading.Thread(target=consumer)
t.start()
for i in range(5):
    with c2:
        items.append(i)
        c2.notify()
    time.sleep(0.005)
t.join()
print(consumed)

# Over a plain Lock, the un-acquired checks still work.
c3 = threading.Condition(threading.Lock())
try:
    c3.wait()
except RuntimeError as e:
    print(type(e).__name__, e)
with c3:
    print(c3.wait(0.01))
    c3.notify()
print(threading.Condition(threading.Lock())._lock is not None)

# wait() re-acquires an RLock as many times as it was held.
rc = threading.Condition(threading.RLock())
flag = []


def setter():
    with rc:
        flag.append(1)
        rc.notify()


with rc:
    with rc:
        threading.Thread(target=setter).start()
        print(rc.wait_for(lambda: flag, 5))
        print(rc._is_owned())
    print(rc._is_owned())
print(rc._is_owned())
