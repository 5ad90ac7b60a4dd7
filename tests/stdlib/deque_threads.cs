# collections.deque shared by threads: append and popleft are atomic under
# the GIL, so concurrent producers and a consumer lose and duplicate
# nothing, and each producer's items arrive in order (queue.SimpleQueue
# relies on this).
import sys
import threading
import queue
from _collections import deque

sys.setswitchinterval(0.0001)
N = 20000
d = deque()


def producer(k):
    for i in range(N):
        d.append((k, i))


got = []


def consumer():
    while len(got) < 3 * N:
        try:
            got.append(d.popleft())
        except IndexError:
            pass


threads = [threading.Thread(target=producer, args=(k,)) for k in range(3)]
c = threading.Thread(target=consumer)
c.start()
for t in threads:
    t.start()
for t in threads:
    t.join()
c.join()
print(len(got), len(d))
for k in range(3):
    print(k, [i for (kk, i) in got if kk == k] == list(range(N)))

# Both ends at once, with a bound: the length never passes maxlen.
b = deque(maxlen=100)
seen = []


def left():
    for i in range(N):
        b.appendleft(i)


def right():
    for i in range(N):
        b.append(-i)
        seen.append(len(b))


ts = [threading.Thread(target=left), threading.Thread(target=right)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(b), max(seen) <= 100)

# queue.SimpleQueue is built on a deque.
q = queue.SimpleQueue()


def put_all():
    for i in range(5000):
        q.put(i)


ps = [threading.Thread(target=put_all) for _ in range(2)]
for t in ps:
    t.start()
total = sum(q.get() for _ in range(10000))
for t in ps:
    t.join()
print(total, q.empty())
