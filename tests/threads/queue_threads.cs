# queue across threads: blocking get and put wake up, timeouts expire,
# task_done/join track the work, and producers and consumers share a queue.
import queue
import threading
import time

# A get() blocked on an empty queue wakes when an item arrives.
q = queue.Queue()
got = []
t = threading.Thread(target=lambda: got.append(q.get()))
t.start()
time.sleep(0.02)
print("before put:", got)
q.put("hello")
t.join()
print("after put:", got)

# A put() blocked on a full queue wakes when an item is taken.
q = queue.Queue(1)
q.put(1)
log = []


def putter():
    q.put(2)
    log.append("put done")


t = threading.Thread(target=putter)
t.start()
time.sleep(0.02)
log.append("getting")
item = q.get()
t.join()
print(log, item, q.get())

# Timed waits give up.
try:
    q.get(timeout=0.02)
except queue.Empty:
    print("get timed out")
q.put(0)
try:
    q.put(1, timeout=0.02)
except queue.Full:
    print("put timed out")
s = queue.SimpleQueue()
t = threading.Timer(0.02, s.put, ["late"])
t.start()
print(s.get(timeout=5))
t.join()

# Producers and consumers: every item is consumed exactly once.
work = queue.Queue(maxsize=5)
results = queue.Queue()
N_PRODUCERS, N_CONSUMERS, PER = 3, 4, 50


def producer(p):
    for i in range(PER):
        work.put((p, i))


def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        results.put(item[0] * 1000 + item[1])
        work.task_done()


consumers = [threading.Thread(target=consumer) for _ in range(N_CONSUMERS)]
producers = [threading.Thread(target=producer, args=(p,)) for p in range(N_PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
work.join()
print("all tasks done, unfinished:", work.unfinished_tasks)
for _ in consumers:
    work.put(None)
for t in consumers:
    t.join()
out = []
while not results.empty():
    out.append(results.get_nowait())
expected = sorted(p * 1000 + i for p in range(N_PRODUCERS) for i in range(PER))
print(len(out), sorted(out) == expected)

# join() waits until every task is done.
jq = queue.Queue()
done = []


def slow_worker():
    while True:
        item = jq.get()
        time.sleep(0.005)
        done.append(item)
        jq.task_done()


threading.Thread(target=slow_worker, daemon=True).start()
for i in range(5):
    jq.put(i)
jq.join()
print("joined after", sorted(done))

# LifoQueue and PriorityQueue from several threads.
pq = queue.PriorityQueue()
ts = [threading.Thread(target=lambda k=k: [pq.put(k * 10 + j) for j in range(10)]) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([pq.get() for _ in range(pq.qsize())] == list(range(40)))
sq = queue.SimpleQueue()
ts = [threading.Thread(target=lambda k=k: [sq.put(k) for _ in range(100)]) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sq.qsize(), sorted(sq.get() for _ in range(400)) == sorted(list(range(4)) * 100))
