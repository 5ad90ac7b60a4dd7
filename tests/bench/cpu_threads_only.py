# The thread half of gilbench's bench1 (which also needs multiprocessing):
# the same countdown done sequentially, then by 1, 2 and 4 threads.
# Prints one line: RESULT bench=cpu seq_s=... t1_over_seq=...
import sys
import threading
import time


def countdown(n):
    while n > 0:
        n -= 1


def calibrate(target):
    n = 100000
    while True:
        t0 = time.perf_counter()
        countdown(n)
        dt = time.perf_counter() - t0
        if dt > 0.2:
            return int(n * target / dt)
        n *= 2


def sequential(total, parts):
    t0 = time.perf_counter()
    for _ in range(parts):
        countdown(total // parts)
    return time.perf_counter() - t0


def with_threads(total, k):
    workers = [threading.Thread(target=countdown, args=(total // k,)) for _ in range(k)]
    t0 = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return time.perf_counter() - t0


def main():
    total = calibrate(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
    seq = sequential(total, 2)
    t1 = with_threads(total, 1)
    t2 = with_threads(total, 2)
    t4 = with_threads(total, 4)
    print("RESULT bench=cpu n_total=%d seq_s=%.3f t1_s=%.3f t2_s=%.3f t4_s=%.3f"
          " t1_over_seq=%.3f t2_over_seq=%.2f t4_over_seq=%.2f"
          % (total, seq, t1, t2, t4, t1 / seq, t2 / seq, t4 / seq))


if __name__ == "__main__":
    main()
