"""Watch the GIL: two CPU-bound threads and one I/O-bound thread.

Run it with a trace file:

    ./cs -X giltrace=gil.txt examples/gil_trace.cs && cat gil.txt
    ./cs -X giltrace=gil.json examples/gil_trace.cs   # open in Perfetto

The .txt timeline draws one row per thread: '#' where the thread holds
the GIL, '.' where it waits for it, '_' where it is blocked in a call with
the GIL released. The two CPU-bound threads take turns in 5 ms slices;
the I/O thread, each time its sleep ends, runs at once and goes back to
sleep, and the main thread waits in join() without holding the GIL.
The .json file holds the same events for Perfetto or chrome://tracing,
with a "GIL holder" row where exactly one thread holds it at any instant.
"""
import threading
import time


def compute(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def poll(times):
    for _ in range(times):
        time.sleep(0.004)


threads = [
    threading.Thread(target=compute, args=(600_000,), name="cpu-1"),
    threading.Thread(target=compute, args=(600_000,), name="cpu-2"),
    threading.Thread(target=poll, args=(12,), name="io"),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
