"""Processes run CPU-bound work in parallel; threads cannot.

Counting primes in 8 chunks, sequentially, with a Pool of 2 processes and
with a ProcessPoolExecutor: each child is a separate cs interpreter with
its own GIL, so on 2 cores the work takes about half the time. Then what
travels to a child by value: a lambda and a closure defined right here,
and a class of this script. Last, a shared Value updated by 4 processes,
without and with its lock.

    ./cs examples/process_pool.cs
"""
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, Process, Value, cpu_count


def count_primes(bounds):
    lo, hi = bounds
    n = 0
    for k in range(max(lo, 2), hi):
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            n += 1
    return n


chunks = [(i * 50_000, (i + 1) * 50_000) for i in range(8)]

t0 = time.perf_counter()
sequential = [count_primes(c) for c in chunks]
t_seq = time.perf_counter() - t0
print(f"primes below 400,000: {sum(sequential)} ({cpu_count()} CPUs)")
print(f"  sequential:              {t_seq:.2f} s")

t0 = time.perf_counter()
with Pool(2) as pool:
    pooled = pool.map(count_primes, chunks)
t_pool = time.perf_counter() - t0
print(f"  Pool(2).map:             {t_pool:.2f} s  ({t_seq / t_pool:.1f}x)  same result: {pooled == sequential}")

t0 = time.perf_counter()
with ProcessPoolExecutor(2) as ex:
    executed = list(ex.map(count_primes, chunks))
t_ex = time.perf_counter() - t0
print(f"  ProcessPoolExecutor(2):  {t_ex:.2f} s  ({t_seq / t_ex:.1f}x)  same result: {executed == sequential}")


# Functions and classes of this script travel by value: the child gets
# their code, defaults, closure cells and the globals they use.
class Scaler:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x):
        return x * self.factor


def make_adder(n):
    return lambda x: x + n


with ProcessPoolExecutor(2) as ex:
    print("a closure in a child:", ex.submit(make_adder(10), 5).result())
    print("an instance of a class of this script:", ex.submit(Scaler(3), 7).result())
    print("a lambda over a list:", list(ex.map(lambda s: s.upper(), ["a", "b"])))


def add_many(counter, times, locked):
    for _ in range(times):
        if locked:
            with counter.get_lock():
                counter.value += 1
        else:
            counter.value += 1   # read, then write: another process may write in between


for locked in (False, True):
    counter = Value("i", 0)
    procs = [Process(target=add_many, args=(counter, 5_000, locked)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(f"4 processes x 5,000 increments {'with' if locked else 'without'} the lock: {counter.value}")
