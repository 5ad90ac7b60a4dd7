# A Future used directly: set_result, set_exception, InvalidStateError,
# set_running_or_notify_cancel, repr states, and waiting from other threads.
import sys
import threading
from concurrent.futures import Future, InvalidStateError, CancelledError, TimeoutError, wait


def shape(f):
    s = repr(f)
    return s[:s.index(" at 0x")] + s[s.index(" state="):]


f = Future()
print(shape(f), f.done(), f.running(), f.cancelled())
try:
    f.result(timeout=0)
except TimeoutError:
    print("not ready")
print(f.set_running_or_notify_cancel(), shape(f), f.running(), f.cancel())
f.set_result([1, 2])
print(shape(f), f.result(), f.exception(), f.done())
for call in (lambda: f.set_result(3), lambda: f.set_exception(ValueError())):
    try:
        call()
    except InvalidStateError as e:
        print(type(e).__name__, str(e)[:str(e).index(" at 0x")])


class Capture:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s
        return len(s)

    def flush(self):
        pass


# The unexpected state is also logged on stderr, with the future's id.
sys.stderr = cap = Capture()
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print(type(e).__name__, e)
sys.stderr = sys.__stderr__
print(cap.text.replace(str(id(f)), "ID"), end="")

g = Future()
g.set_exception(KeyError("missing"))
print(shape(g), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("raised", repr(e))

c = Future()
print(c.cancel(), shape(c), c.cancelled(), c.done())
print(c.set_running_or_notify_cancel(), shape(c))
try:
    c.set_result(1)
except InvalidStateError as e:
    print(type(e).__name__, str(e)[:str(e).index(" at 0x")])
try:
    c.result()
except CancelledError:
    print("cancelled")

# Another thread completes the future while we wait on it.
h = Future()
threading.Timer(0.02, h.set_result, ["from timer"]).start()
print(h.result(timeout=5))
k = Future()
threading.Timer(0.02, k.set_exception, [OSError("io")]).start()
print(repr(k.exception(timeout=5)))
m = Future()
threading.Timer(0.02, m.cancel).start()
try:
    m.result(timeout=5)
except CancelledError:
    print("cancelled while waiting")
done, not_done = wait([Future(), h], timeout=0.01)
print(len(done), len(not_done))
print(Future().set_running_or_notify_cancel())
print(shape(Future()))
n = Future()
n.set_result(None)
print(shape(n))
