# cs only (CPython refuses a switch interval of 0): sys.setswitchinterval(0)
# turns on chaos mode, where the GIL changes hands at random instructions
# while another thread waits. An unlocked `counter += 1` is a read, an add
# and a write, so updates get lost; with a Lock around it none are.
# The hand-over is round-robin, so threads running the same loop could stay
# in lockstep with their read-modify-writes never overlapping: each thread
# pads its loop differently, which makes their phases drift. A thread woken
# from a lock may wait milliseconds for the OS to run it, so the threads
# start together by spinning (they stay queued for the GIL), not on a Barrier.
import sys
import threading

N_THREADS, N_ITERS = 4, 5000


def count(use_lock):
    counter = [0]
    lock = threading.Lock()
    arrived = []

    def start():
        arrived.append(1)
        while len(arrived) < N_THREADS:
            pass

    def unlocked(k):
        start()
        for i in range(N_ITERS):
            counter[0] += 1
            if i % (k + 2) == 0:
                i = -i

    def locked(k):
        start()
        for i in range(N_ITERS):
            with lock:
                counter[0] += 1
            if i % (k + 2) == 0:
                i = -i

    ts = [threading.Thread(target=locked if use_lock else unlocked, args=(k,))
          for k in range(N_THREADS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return N_THREADS * N_ITERS - counter[0]


sys.setswitchinterval(0)
print("switch interval:", sys.getswitchinterval())
lost = count(use_lock=False)
print("unlocked lost updates:", lost > 0)
print("locked lost updates:", count(use_lock=True))

# Atomic operations stay atomic in chaos mode.
items = []
ts = [threading.Thread(target=lambda: [items.append(1) for _ in range(N_ITERS)])
      for _ in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("appends:", len(items))
sys.setswitchinterval(0.005)
print("switch interval:", sys.getswitchinterval())
