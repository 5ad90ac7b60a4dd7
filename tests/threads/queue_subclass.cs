# Queue subclasses that change the storage through _init/_qsize/_put/_get,
# several threads joining one queue, and items that are None.
import queue
import threading


class SortedQueue(queue.Queue):
    """Hands out the largest item first."""

    def _init(self, maxsize):
        self.items = []

    def _qsize(self):
        return len(self.items)

    def _put(self, item):
        self.items.append(item)
        self.items.sort()

    def _get(self):
        return self.items.pop()


q = SortedQueue(maxsize=3)
for x in (5, 1, 9):
    q.put(x)
print(q.full(), q.qsize(), [q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("empty")


class Counting(queue.LifoQueue):
    def __init__(self):
        super().__init__()
        self.puts = 0

    def _put(self, item):
        self.puts += 1
        super()._put(item)


c = Counting()
for i in range(4):
    c.put(i)
print(c.puts, c.get(), c.qsize())

# None is an item like any other.
n = queue.Queue()
n.put(None)
print(n.qsize(), n.get(), n.empty())

# Several threads block in join() and all wake when the work is done.
work = queue.Queue()
for i in range(6):
    work.put(i)
woke = []
joiners = [threading.Thread(target=lambda k=k: (work.join(), woke.append(k))) for k in range(3)]
for j in joiners:
    j.start()
print("woken before work:", woke)
done = []
while not work.empty():
    done.append(work.get())
    work.task_done()
for j in joiners:
    j.join()
print(done, sorted(woke))

# task_done too many times, after a join that returned.
try:
    work.task_done()
except ValueError as e:
    print(type(e).__name__, e)

# The attributes the documentation names.
q = queue.Queue(4)
print(q.maxsize, q.unfinished_tasks, type(q.mutex).__name__, type(q.not_empty).__name__,
      q.not_full._lock is q.mutex, q.all_tasks_done._lock is q.mutex)
print(queue.PriorityQueue().queue, queue.LifoQueue().queue)
