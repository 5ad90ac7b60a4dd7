# A short tour of cs: the language, then a look inside the runtime.
# Run it with `make run` (or ./cs examples/tour.cs).
import sys
import time

print(f"cs on Python {sys.version_info.major}.{sys.version_info.minor} rules")

# Functions, closures and generators
def counter(step):
    count = 0
    def next_value():
        nonlocal count
        count += step
        return count
    return next_value

tick = counter(5)
print("closure:", tick(), tick(), tick())

def squares(n):
    for i in range(n):
        yield i * i

print("generator:", list(squares(6)), "sum:", sum(x for x in squares(100)))

# Classes with operators and properties
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    @property
    def length(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

v = Vector(3, 4) + Vector(0, 0)
print("class:", v, "length", v.length)

# Exceptions, with the cause kept
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("lookup failed") from e
except ValueError as e:
    print("exception:", repr(e), "caused by", repr(e.__cause__))

# Big integers, exactly
print("2**100 =", 2 ** 100)

# A look inside: every function is compiled to bytecode you can read.
def add(a, b):
    return a + b

print("add() compiles to", len(add.__code__.co_consts), "constants,",
      add.__code__.co_argcount, "arguments")

start = time.perf_counter()
total = 0
for i in range(200000):
    total += i
print(f"a 200,000-step loop took {(time.perf_counter() - start) * 1000:.1f} ms")
