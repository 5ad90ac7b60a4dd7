# An exception in __del__ cannot propagate: it is reported as "Exception
# ignored in: <repr>" with its traceback (captured here to mask the address).
import sys

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

def masked(text):
    out = []
    for line in text.splitlines():
        i = line.find(" at 0x")
        if i >= 0:
            j = line.find(">", i)
            line = line[:i] + " at ADDR" + line[j:]
        out.append(line.replace(__file__, "FILE"))
    return "\n".join(out)

class Resource:
    def __del__(self):
        raise ValueError("close failed")

class Quiet(Exception):
    pass

class Other:
    def __del__(self):
        raise Quiet()

def gen():
    try:
        yield 1
    finally:
        1 + ""

cap = Capture()
sys.stderr = cap
r = Resource()
del r
o = Other()
del o
g = gen()
next(g)
del g
sys.stderr = sys.__stderr__
print(masked("".join(cap.parts)))
print("still running")
