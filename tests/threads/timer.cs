# Timer: runs its function once after the interval, with args and kwargs,
# unless cancelled first.
import threading
import time

calls = []
t = threading.Timer(0.2, calls.append, args=["fired"])
print(t.name.startswith("Thread-"), t.interval, t.daemon, isinstance(t, threading.Thread))
t.start()
print("before:", calls)
t.join()
print("after:", calls)

t = threading.Timer(0.01, lambda *a, **k: calls.append((a, k)), (1, 2), {"x": 3})
t.start()
t.join()
print(calls)

c = threading.Timer(10, calls.append, ["never"])
c.start()
time.sleep(0.01)
c.cancel()
c.join(5)
print("cancelled:", c.is_alive(), c.finished.is_set(), calls)

c = threading.Timer(0.01, calls.append, ["not started"])
c.cancel()
c.start()
c.join()
print(calls)

# Cancelling after it fired changes nothing.
t = threading.Timer(0, calls.append, ["zero"])
t.start()
t.join()
t.cancel()
print(calls[-1])
print(threading.Timer(1, print).args, threading.Timer(1, print).kwargs)
