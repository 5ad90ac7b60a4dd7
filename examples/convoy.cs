"""The convoy effect, and why cs does not have it.

A thread that does many short blocking calls (here time.sleep(0) and a
queue ping-pong with another thread) gives the GIL up at each call. In
CPython, while a CPU-bound thread runs, every such call then waits for
the CPU-bound thread's whole switch interval (5 ms) before it gets the GIL
back: a call that takes 1 microsecond alone takes milliseconds, and I/O
crawls behind the computation like cars behind a truck.

cs keeps the GIL across a call that returns within 50 microseconds, and a
thread coming back from a real wait goes to the front of the queue and
runs at the CPU-bound thread's next safe point. So the numbers below
barely change when the CPU-bound thread runs. (CPython 3.11 on the same
kind of machine: sleep(0) about 30x slower, ping-pong about 30x slower.)

    ./cs examples/convoy.cs
"""
import queue
import threading
import time

WINDOW = 0.5


def spin(stop):
    x = 0
    while not stop[0]:
        x = x + 1


def with_cpu_thread(measure):
    stop = [False]
    t = threading.Thread(target=spin, args=(stop,))
    t.start()
    time.sleep(0.02)
    result = measure()
    stop[0] = True
    t.join()
    return result


def sleep0_us():
    n = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < WINDOW:
        time.sleep(0)
        n += 1
    return (time.perf_counter() - t0) * 1e6 / n


def echo(inbox, outbox):
    while (item := inbox.get()) is not None:
        outbox.put(item)


def pingpong_per_s():
    inbox, outbox = queue.Queue(), queue.Queue()
    t = threading.Thread(target=echo, args=(inbox, outbox))
    t.start()
    n = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < WINDOW:
        inbox.put(n)
        outbox.get()
        n += 1
    elapsed = time.perf_counter() - t0
    inbox.put(None)
    t.join()
    return n / elapsed


alone = sleep0_us()
busy = with_cpu_thread(sleep0_us)
print(f"time.sleep(0):       {alone:8.2f} us alone, {busy:8.2f} us with a CPU-bound thread"
      f"  ({busy / alone:.1f}x)")
alone = pingpong_per_s()
busy = with_cpu_thread(pingpong_per_s)
print(f"queue ping-pong:     {alone:8.0f} round trips/s alone, {busy:8.0f} with a CPU-bound thread"
      f"  ({alone / busy:.1f}x slower)")
