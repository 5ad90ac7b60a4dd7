# Cancelling pending futures, done callbacks (also on a finished future),
# shutdown(wait, cancel_futures), submit after shutdown, and initializers.
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, CancelledError, BrokenExecutor,
                                wait)
from concurrent.futures.thread import BrokenThreadPool

def hold(started, gate):
    started.set()
    return gate.wait(5)


gate = threading.Event()
started = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
running = ex.submit(hold, started, gate)
pending = [ex.submit(pow, 2, i) for i in range(3)]
started.wait()
print(running.running(), running.cancel(), pending[0].running())
print(pending[1].cancel(), pending[1].cancelled(), pending[1].done(), pending[1].cancel())
try:
    pending[1].result()
except CancelledError as e:
    print("CancelledError", repr(e))
try:
    pending[1].exception()
except CancelledError as e:
    print("CancelledError from exception()")

# Callbacks run in the thread that finishes the future, in order; a
# callback added to a done future runs at once in the caller.
calls = []
pending[0].add_done_callback(lambda f: calls.append(("first", f.result())))
pending[0].add_done_callback(lambda f: calls.append(("second", f.result())))
pending[1].add_done_callback(lambda f: calls.append(("cancelled", f.cancelled())))
gate.set()
print(running.result(), [f.result() for f in (pending[0], pending[2])])
print(calls)
pending[2].add_done_callback(lambda f: calls.append(("late", f.result(), threading.current_thread() is threading.main_thread())))
print(calls[-1])
ex.shutdown()

# shutdown(cancel_futures=True) cancels what has not started.
gate2 = threading.Event()
started2 = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(hold, started2, gate2)
rest = [ex.submit(time.sleep, 0) for _ in range(4)]
started2.wait()
threading.Timer(0.03, gate2.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), [f.cancelled() for f in rest])
try:
    ex.submit(print, "never")
except RuntimeError as e:
    print(type(e).__name__, e)
ex.shutdown()

# shutdown(wait=False) returns at once; the work still finishes.
gate3 = threading.Event()
ex = ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(lambda i=i: gate3.wait(5) and i) for i in range(3)]
ex.shutdown(wait=False)
print("returned", [f.done() for f in fs])
gate3.set()
print([f.result() for f in fs])
with ThreadPoolExecutor(1) as ex:
    pass
try:
    ex.submit(print)
except RuntimeError as e:
    print(type(e).__name__, e)

# initializer runs once per worker thread, with initargs.
inits = []
lock = threading.Lock()


def init(tag):
    with lock:
        inits.append((tag, threading.current_thread().name.split("_")[-1]))


b = threading.Barrier(2)
with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("hi",)) as ex:
    for f in [ex.submit(b.wait) for _ in range(2)]:
        f.result()
print(sorted(inits))
