"""CPU-bound work does not get faster with threads.

The same countdown is done once in the main thread, then split between 2
and then 4 threads. Only the thread holding the GIL runs bytecode, so the
threads take turns (every 5 ms by default) and the total time stays about
the same: the work is concurrent, not parallel. Processes, each with its
own interpreter and GIL, are the way to use more cores.

    ./cs examples/threads_cpu.cs [n]
"""
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000


def count_down(n):
    while n > 0:
        n -= 1


def run_threads(k):
    """Returns the wall-clock time and the CPU time of all threads together."""
    threads = [threading.Thread(target=count_down, args=(N // k,)) for _ in range(k)]
    t0, c0 = time.perf_counter(), time.process_time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0, time.process_time() - c0


t0, c0 = time.perf_counter(), time.process_time()
count_down(N)
sequential = time.perf_counter() - t0
print(f"count down from {N:,}")
print(f"  sequential, 1 thread:  {sequential:.2f} s")
parallel = False
for k in (2, 4):
    wall, cpu = run_threads(k)
    print(f"  split over {k} threads:  {wall:.2f} s  ({wall / sequential:.2f} x the sequential time)")
    # Threads running at the same time on several cores would use more
    # CPU time than wall-clock time.
    parallel = parallel or cpu > 1.2 * wall + 0.02
print("more than one thread ran bytecode at a time:", "yes" if parallel else "no")
