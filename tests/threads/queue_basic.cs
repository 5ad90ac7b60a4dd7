# queue: the order of Queue, LifoQueue, PriorityQueue and SimpleQueue,
# maxsize, Empty and Full, qsize/empty/full, and the timeout errors.
import queue

print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(sorted(queue.__all__))
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q = cls()
    print(cls.__name__, q.empty(), q.qsize())
    for x in (3, 1, 4, 1, 5, 9, 2, 6):
        q.put(x)
    print(q.qsize(), q.empty(), [q.get() for _ in range(8)], q.empty())

q = queue.Queue(maxsize=2)
print(q.maxsize, q.full())
q.put("a")
q.put_nowait("b")
print(q.full(), q.qsize())
for put in (lambda: q.put("c", block=False), lambda: q.put_nowait("c"),
            lambda: q.put("c", timeout=0.01), lambda: q.put("c", True, 0)):
    try:
        put()
    except queue.Full as e:
        print("Full", repr(e))
print(q.get(), q.get_nowait())
for get in (lambda: q.get(False), q.get_nowait, lambda: q.get(timeout=0.01),
            lambda: q.get(True, 0)):
    try:
        get()
    except queue.Empty as e:
        print("Empty", repr(e))
for call in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-1)):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
# An unbounded queue never raises Full, and ignores a negative put timeout.
u = queue.Queue()
u.put(1, timeout=-1)
u.put(2, block=False)
print(u.full(), u.qsize(), queue.Queue(-5).full())
l = queue.LifoQueue(1)
l.put(1)
try:
    l.put_nowait(2)
except queue.Full:
    print("LifoQueue Full")

p = queue.PriorityQueue()
for item in [(2, "b"), (1, "a"), (3, "c"), (1, "A")]:
    p.put(item)
print([p.get() for _ in range(4)])

s = queue.SimpleQueue()
print(type(s).__name__, s.empty(), s.qsize())
s.put(1)
s.put_nowait(2)
s.put(3, block=False, timeout=5)
print(s.qsize(), s.get(), s.get_nowait(), s.get(False), s.empty())
for get in (lambda: s.get(False), s.get_nowait, lambda: s.get(timeout=0.01)):
    try:
        get()
    except queue.Empty as e:
        print("Empty", repr(e))
try:
    s.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)

# task_done and join
t = queue.Queue()
t.put(1)
t.put(2)
print(t.unfinished_tasks)
t.get()
t.task_done()
t.get()
t.task_done()
t.join()
print("joined", t.unfinished_tasks)
try:
    t.task_done()
except ValueError as e:
    print(type(e).__name__, e)
print(list(queue.Queue().queue), type(queue.Queue().queue).__name__)
