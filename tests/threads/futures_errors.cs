# Errors that concurrent.futures can only log: a failing done callback, a
# failing initializer (the pool breaks: BrokenThreadPool). stderr is
# captured and the addresses in it hidden.
import sys
import threading
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor, Future
from concurrent.futures.thread import BrokenThreadPool


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def lines(self):
        out = []
        for line in "".join(self.parts).splitlines():
            if " at 0x" in line:
                head, _, tail = line.partition(" at 0x")
                line = head + " at ADDR" + tail[tail.find(" "):]
            if line.startswith("  File ") and "cs-stdlib" not in line and "futures_errors" not in line:
                line = "  File (library)"
            out.append(line)
        return out


def bad_callback(f):
    raise ValueError("callback failed")


cap = Capture()
sys.stderr = cap
calls = []
f = Future()
f.add_done_callback(bad_callback)
f.add_done_callback(lambda f: calls.append("after the failing one"))
f.set_result(42)
g = Future()
g.set_result(None)
g.add_done_callback(bad_callback)
sys.stderr = sys.__stderr__
print(calls)
lines = cap.lines()
print(lines[0])
print(lines[-1])
print(sum(1 for l in lines if l.startswith("exception calling callback")))


def bad_init():
    raise OSError("no resource")


cap = Capture()
sys.stderr = cap
ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(print, "never runs")
try:
    f.result(timeout=5)
except BrokenThreadPool as e:
    print(type(e).__name__, e, isinstance(e, BrokenExecutor))
try:
    ex.submit(print, "never")
except BrokenThreadPool as e:
    print("submit:", type(e).__name__, e)
ex.shutdown()
sys.stderr = sys.__stderr__
lines = cap.lines()
print(lines[0])
print(lines[-1])
