# threading.local details: the type's module and name in messages, keyword
# arguments for a subclass's __init__ in other threads, and each thread's
# values being freed when the thread ends.
import threading
import time

data = threading.local()
print(type(data).__module__, type(data).__qualname__)
try:
    data.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)

inits = []


class KwLocal(threading.local):
    def __init__(self, size, *, shape="square"):
        inits.append((size, shape))
        self.shape = shape


kw = KwLocal(5, shape="circle")
got = []
t = threading.Thread(target=lambda: got.append(kw.shape))
t.start()
t.join()
print(got, inits)


class Tracked:
    count = 0

    def __init__(self):
        Tracked.count += 1

    def __del__(self):
        Tracked.count -= 1


store = threading.local()


def keep():
    store.obj = Tracked()


ts = [threading.Thread(target=keep) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
# join() may return just before the thread's values are dropped (see
# local_join.cs): give them a moment.
deadline = time.monotonic() + 5
while Tracked.count and time.monotonic() < deadline:
    time.sleep(0.001)
print("alive after threads ended:", Tracked.count)
store.obj = Tracked()
del store
print("alive after the local was deleted:", Tracked.count)
