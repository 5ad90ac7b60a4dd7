# wait() with FIRST_COMPLETED, FIRST_EXCEPTION and ALL_COMPLETED, with
# timeouts; as_completed() in completion order and with a timeout; map's
# timeout.
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED, TimeoutError, Future)


def after(event, value):
    event.wait(5)
    return value


def fail_after(event):
    event.wait(5)
    raise KeyError("k")


ex = ThreadPoolExecutor(max_workers=4)
e1, e2, e3 = threading.Event(), threading.Event(), threading.Event()
f1 = ex.submit(after, e1, 1)
f2 = ex.submit(after, e2, 2)
f3 = ex.submit(fail_after, e3)

done, not_done = wait([f1, f2, f3], timeout=0.02)
print("timeout:", len(done), len(not_done))
r = wait([f1, f2, f3], timeout=0)
print(type(r).__name__, len(r.done), len(r.not_done), r[0] is r.done)

e2.set()
done, not_done = wait([f1, f2, f3], return_when=FIRST_COMPLETED)
print("first completed:", [f.result() for f in done], len(not_done))
# Already done: returns at once.
done, not_done = wait([f1, f2], return_when=FIRST_COMPLETED, timeout=5)
print("first completed again:", [f.result() for f in done], len(not_done))

e3.set()
done, not_done = wait([f1, f2, f3], return_when=FIRST_EXCEPTION)
print("first exception:", sorted(repr(f.exception()) for f in done), len(not_done))
e1.set()
done, not_done = wait([f1, f2, f3], return_when=ALL_COMPLETED)
print("all completed:", len(done), len(not_done))
done, not_done = wait([f1, f2, f3])
print("default:", len(done), len(not_done))
print(wait([]))
try:
    wait([Future()], return_when="BOGUS")
except ValueError as e:
    print(type(e).__name__, e)

# FIRST_EXCEPTION with no exception waits for all of them.
fs = [ex.submit(time.sleep, 0.01) for _ in range(3)]
done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
print("no exception:", len(done), len(not_done))

# as_completed yields futures in the order they finish.
events = [threading.Event() for _ in range(3)]
fs = [ex.submit(after, ev, i) for i, ev in enumerate(events)]
order = []


def release():
    # Give the main thread time to start waiting in as_completed, then let
    # the futures finish one at a time, each done before the next is let go.
    time.sleep(0.1)
    for i in (2, 0, 1):
        events[i].set()
        wait([fs[i]])


threading.Thread(target=release).start()
for f in as_completed(fs):
    order.append(f.result())
print("as_completed:", order)
# Duplicates are yielded once; already-finished futures come first.
print(sorted(f.result() for f in as_completed(fs + fs)))

slow_event = threading.Event()
slow = ex.submit(after, slow_event, "slow")
quick = ex.submit(lambda: "quick")
quick.result()
got = []
try:
    for f in as_completed([slow, quick], timeout=0.05):
        got.append(f.result())
except TimeoutError as e:
    print("as_completed timeout:", got, e)
slow_event.set()

# map with a timeout: TimeoutError once the deadline passes.
block = threading.Event()
it = ex.map(lambda x: after(block, x), [1, 2], timeout=0.03)
try:
    print(list(it))
except TimeoutError as e:
    print("map timeout", type(e).__name__, repr(e))
block.set()
print(list(ex.map(lambda x: x + 1, [1, 2], timeout=5)))

# result(timeout) and exception(timeout) give up too.
hold = threading.Event()
f = ex.submit(after, hold, "late")
for call in (lambda: f.result(timeout=0.01), lambda: f.exception(timeout=0.01)):
    try:
        call()
    except TimeoutError as e:
        print("TimeoutError", repr(e))
hold.set()
print(f.result(), f.exception())
ex.shutdown()
print("shut down")
