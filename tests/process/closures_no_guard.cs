# A script without an `if __name__ == "__main__":` guard: its top-level code
# runs once (children do not re-run it), and closures, lambdas, nested
# functions and classes defined in the script reach the children by value.
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

print("top level runs once")

SCALE = 3


def make_adder(n):
    def add(x):
        return x + n
    return add


class Shape:
    sides = 0

    def __init__(self, size):
        self.size = size

    def describe(self):
        return f"{type(self).__name__} sides={self.sides} size={self.size}"


class Square(Shape):
    sides = 4

    def area(self):
        return self.size * self.size * SCALE


def run_in_child(q, fn, *args):
    q.put(fn(*args))


q = mp.Queue()
add5 = make_adder(5)
counter = [0]


def bump():
    counter[0] += 1     # the child's copy: the parent's counter stays 0
    return counter[0]


jobs = [
    (add5, 10),
    (lambda x, y=2: x * y + SCALE, 7),
    (make_adder(100), 1),
    (Square.area, Square(2)),
    (Shape.describe, Square(5)),
    (bump,),
    (sorted, [3, 1, 2]),
]
for job in jobs:
    p = mp.Process(target=run_in_child, args=(q,) + job)
    p.start()
    p.join()
    print(p.exitcode, q.get())
print("parent counter", counter[0])

# a Process whose target is a lambda that closes over a local
def start_local():
    greeting = "hello from a closure"
    p = mp.Process(target=lambda: q.put(greeting.upper()))
    p.start()
    p.join()
    return q.get()


print(start_local())


# an instance of a script class, sent as an argument and returned
def grow(s):
    s.size += 1
    return s


p = mp.Process(target=lambda s: q.put(grow(s)), args=(Square(3),))
p.start()
p.join()
s = q.get()
print(type(s).__name__, s.size, s.area(), s.describe())

with mp.Pool(2) as pool:
    print(pool.map(lambda x: x * SCALE, range(5)))
    print(pool.map(add5, [1, 2]))
    print(pool.apply(make_adder(-1), (1,)))
    print([sh.describe() for sh in pool.map(Square, [1, 2])])
    pool.close()
    pool.join()

with ProcessPoolExecutor(2) as ex:
    print(ex.submit(lambda: [SCALE] * 2).result())
    print(list(ex.map(make_adder(1000), [1, 2, 3])))
print("done")
