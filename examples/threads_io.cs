"""Blocking calls overlap: 100 threads each sleep 0.5 s, in about 0.5 s.

time.sleep releases the GIL while it waits, as every blocking call does
(reading a file, waiting for a lock, a queue, an event, a join), so the
other threads run meanwhile. This is what threads are good for: waiting
on many things at once.

    ./cs examples/threads_io.cs
"""
import threading
import time

THREADS = 100
SLEEP = 0.5


def wait_for_io():
    time.sleep(SLEEP)


threads = [threading.Thread(target=wait_for_io) for _ in range(THREADS)]
t0 = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - t0
print(f"{THREADS} threads slept {SLEEP} s each: {elapsed:.2f} s in all "
      f"(one after another it would be {THREADS * SLEEP:.0f} s)")
print("the sleeps overlapped:", "yes" if elapsed < THREADS * SLEEP / 4 else "no")
