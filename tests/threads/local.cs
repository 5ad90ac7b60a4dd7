# threading.local: each thread sees its own attributes; a subclass's
# __init__ runs again, with the same arguments, in every thread that uses it.
import threading
import _thread

data = threading.local()
data.x = "main"
print(type(data).__name__, data.x, threading.local is _thread._local)
seen = []


def worker(i):
    seen.append((i, hasattr(data, "x")))
    data.x = i
    data.y = [i]
    seen.append((i, data.x, data.y, sorted(data.__dict__)))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen, key=str))
print(data.x, hasattr(data, "y"), data.__dict__)
del data.x
print(hasattr(data, "x"), getattr(data, "x", "gone"))

inits = []


class MyLocal(threading.local):
    color = "red"

    def __init__(self, size, shape):
        inits.append((size, shape))
        self.size = size
        self.shape = shape
        self.items = []

    def grow(self):
        self.size += 1
        return self.size


mine = MyLocal(5, "circle")
mine.items.append("main")
mine.grow()
out = []


def use():
    out.append((mine.size, mine.shape, mine.items, mine.color, mine.grow()))
    mine.items.append("worker")
    out.append(mine.items)


t = threading.Thread(target=use)
t.start()
t.join()
print(out)
print(mine.size, mine.items, inits)

# A thread that never touches the object never runs __init__.
t = threading.Thread(target=lambda: None)
t.start()
t.join()
print(len(inits))

# Arguments are refused for a local whose class keeps object.__init__.
try:
    threading.local(1)
except TypeError as e:
    print(type(e).__name__, e)


class Plain(threading.local):
    pass


try:
    Plain(x=1)
except TypeError as e:
    print(type(e).__name__, e)
p = Plain()
p.a = 1
print(p.a, isinstance(p, threading.local))
