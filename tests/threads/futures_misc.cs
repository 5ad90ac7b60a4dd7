# Smaller concurrent.futures behaviours: map over iterables of different
# lengths and with chunksize, submit's positional-only fn, idle workers
# being reused, shutdown twice, the Executor base class, and callbacks
# that add callbacks.
import threading
import time
from concurrent.futures import ThreadPoolExecutor, Executor, Future, wait, as_completed

with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
    print(list(ex.map(str, range(5), chunksize=3)))
    print(ex.submit(lambda *args, **kw: (args, kw), 1, 2, fn=3).result())
    print(ex.submit(dict, fn=1, self=2).result())
    try:
        ex.submit()
    except TypeError as e:
        print("TypeError")

# Sequential work is done by one thread: an idle worker is reused.
ex = ThreadPoolExecutor(max_workers=4)
for i in range(5):
    ex.submit(time.sleep, 0).result()
    # The worker counts itself idle just after finishing the future.
    deadline = time.monotonic() + 5
    while ex._idle_semaphore._value == 0 and time.monotonic() < deadline:
        time.sleep(0.001)
print("threads:", len(ex._threads))
ex.shutdown()
ex.shutdown()
ex.shutdown(wait=False)
print("shut down three times")

# The base class leaves submit to subclasses.
try:
    Executor().submit(print)
except NotImplementedError:
    print("NotImplementedError")
Executor().shutdown()
with Executor() as e:
    print(type(e).__name__)


class Inline(Executor):
    """Runs each call at once, in the caller."""

    def submit(self, fn, /, *args, **kwargs):
        f = Future()
        try:
            f.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            f.set_exception(exc)
        return f


print(list(Inline().map(abs, [-1, -2, 3])))
try:
    list(Inline().map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__, e)

# A done callback may add another callback; it runs at once.
log = []
f = Future()


def first(fut):
    log.append("first")
    fut.add_done_callback(lambda _: log.append("nested"))


f.add_done_callback(first)
f.set_result(1)
print(log)

# The same future twice in wait(), and a set of futures from many executors.
a, b = ThreadPoolExecutor(1), ThreadPoolExecutor(1)
fs = [a.submit(pow, 2, 5), b.submit(pow, 3, 3)]
done, not_done = wait(fs + fs)
print(len(done), len(not_done), sorted(f.result() for f in done))
print(sorted(f.result() for f in as_completed(iter(fs))))
a.shutdown()
b.shutdown()

# Workers are named after the executor's number; each executor counts its own.
names = []
with ThreadPoolExecutor(1, thread_name_prefix="custom") as ex:
    names.append(ex.submit(lambda: threading.current_thread().name).result())
print(names)

# The default number of workers depends on the number of CPUs.
import os
ex = ThreadPoolExecutor()
print(ex._max_workers == min(32, (os.cpu_count() or 1) + 4))
ex.shutdown()
