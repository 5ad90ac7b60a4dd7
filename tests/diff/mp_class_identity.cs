# Instances of the main script's classes keep their class across processes:
# the parent catches a child's exception by its class, isinstance holds for
# results, and two messages to a child give instances of one class.
import multiprocessing as mp
import pickle


class MyError(Exception):
    pass


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return type(other) is Point and other.x == self.x


def task(x):
    if x == 2:
        raise MyError("two")
    return Point(x)


def same_class(q, out):
    a = q.get()
    b = q.get()
    out.put((type(a) is type(b), a == b, type(a).__name__))


if __name__ == "__main__":
    r = pickle.loads(pickle.dumps(Point(1)))
    print(type(r) is Point, r == Point(1))
    e = pickle.loads(pickle.dumps(MyError("x")))
    print(type(e) is MyError)
    print(pickle.loads(pickle.dumps(task)) is task)
    pool = mp.Pool(2)
    try:
        pool.map(task, [1, 2])
    except MyError as e:
        print("caught MyError", e)
    except Exception as e:
        print("not caught as MyError:", type(e).__name__, e)
    r = pool.apply(task, (1,))
    print(isinstance(r, Point), r == Point(1), pool.map(task, [3, 4]) == [Point(3), Point(4)])
    pool.close()
    pool.join()

    q, out = mp.Queue(), mp.Queue()
    p = mp.Process(target=same_class, args=(q, out))
    p.start()
    q.put(Point(5))
    q.put(Point(5))
    print(out.get())
    p.join()
