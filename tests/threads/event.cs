# Event: set, clear, is_set, wait with and without timeouts, many waiters.
import threading
import time


def shape(obj):
    s = repr(obj)
    return s[:s.index(" at 0x")] + s[s.index(":"):]


e = threading.Event()
print(shape(e), e.is_set())
print(e.wait(0), e.wait(0.02), e.wait(timeout=0.01))
e.set()
print(shape(e), e.is_set(), e.wait(), e.wait(0), e.wait(-1))
e.set()
e.clear()
print(shape(e), e.is_set())

results = []
start = threading.Event()


def waiter(i):
    results.append((i, start.wait(5)))


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
time.sleep(0.02)
print("before set:", results)
start.set()
for t in ts:
    t.join()
print(sorted(results))

# A timed wait that the event interrupts.
late = threading.Event()
t = threading.Timer(0.02, late.set)
t.start()
print("woken:", late.wait(5))
t.join()

# Ping-pong between two threads.
ping, pong = threading.Event(), threading.Event()
log = []


def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append("pong %d" % i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(3):
    log.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(log)
