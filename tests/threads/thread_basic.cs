# Thread: target, args, kwargs, names, daemon flags, and the errors of
# start() and join() used at the wrong time.
import threading

results = []


def work(a, b, *, c=0):
    results.append((a, b, c))


t = threading.Thread(target=work, args=(1, 2), kwargs={"c": 3})
print(t.name)
print(t.is_alive(), t.ident, t.native_id)
print(repr(t).split(" ")[0], repr(t).endswith("initial)>"))
t.start()
t.join()
print(results)
print(t.is_alive())
print(type(t.ident).__name__, type(t.native_id).__name__)
print(repr(t).split(" ")[0], "stopped" in repr(t))

# Default names count up from the number of threads created so far.
t2 = threading.Thread(target=work, args=(4, 5))
print(t2.name)
t3 = threading.Thread()
print(t3.name)
t4 = threading.Thread(target=lambda: None)
print(t4.name)
t5 = threading.Thread(name="worker", target=work)
print(t5.name)
t6 = threading.Thread(name=42)
print(repr(t6.name))
t5.name = "renamed"
print(t5.name)

# Starting twice, joining too early.
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t2.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
t2.start()
t2.join()
print(sorted(results))

# daemon: inherited from the creating thread, set by keyword or attribute.
print(threading.Thread().daemon, threading.Thread(daemon=True).daemon)
d = threading.Thread(target=lambda: None)
d.daemon = True
print(d.daemon)
d.start()
d.join()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)

inherited = []


def child():
    inherited.append(threading.Thread().daemon)


d2 = threading.Thread(target=child, daemon=True)
d2.start()
d2.join()
print(inherited)

# join(timeout) on a thread that is still running returns with it alive.
ev = threading.Event()
slow = threading.Thread(target=ev.wait)
slow.start()
slow.join(0.05)
print("alive after timed join:", slow.is_alive())
ev.set()
slow.join()
print("alive after join:", slow.is_alive())
slow.join(0)
print(slow.join(0.01))


# Subclasses override run().
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.out = None

    def run(self):
        self.out = self.n * 2


ws = [Worker(i) for i in range(5)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.out for w in ws])
print(ws[0].name.startswith("Thread-"), repr(ws[0]).split(" ")[0])


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError:", e)
