# tuple: construction, packing, immutability errors, methods, hashing,
# comparison, concatenation and repetition, and tuple subclasses.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
x = 1, 2, 3
y = 1,
print(x, y, type(x), len(x), x[0], x[-1], x[1:], x[::-1], x[5:])
print((1, 2) + (3,), (1,) * 3, 2 * (0,), (1, 2) * 0, ((1, 2),) * 2)
print(x.count(2), x.index(3), (1, 2, 1).index(1, 1), 2 in x, 9 not in x)
t(lambda: x.index(9))
t(lambda: x[3])
t(lambda: x["a"])
t(lambda: (1, 2) + [3])
t(lambda: (1, 2) + 3)
t(lambda: tuple(1))
t(lambda: tuple(1, 2))

def assign():
    x[0] = 5
def delete():
    del x[0]
def attr():
    x.foo = 1
t(assign)
t(delete)
t(attr)

print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash((1, 2)), hash(()), hash((1,)), hash((-1, -2)), hash(((1, 2), 3)), hash((None,)) == hash((None,)))
t(lambda: hash((1, [2])))
t(lambda: {(1, []): 2})
print({(1, 2): "a", (1, 2.0): "b"})
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2), (1, 2) != (2, 1))
print(() < (0,), (0,) <= (0,), (1, "a") < (1, "b"), (1, 2) >= (1, 2))
t(lambda: (1, "a") < (1, 2))
t(lambda: (1,) < [1])

# unpacking
a, b, c = x
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
t(lambda: exec_unpack(2))
def exec_unpack(n):
    a, b = tuple(range(n + 1))
t(lambda: exec_unpack(2))

# nested tuples and identity
n = ((1, 2), [3, 4])
n[1].append(5)
print(n)
t(lambda: n.__setitem__(0, 1))
print(tuple(n) is n, x[:] is x, tuple(x) is x)

# tuple subclass
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return "Point(%d, %d)" % self
p = Point(3, 4)
print(p, p.x, p[1], len(p), p + (5,), type(p + (5,)), isinstance(p, tuple), p == (3, 4))
print(hash(p) == hash((3, 4)), sorted([Point(2, 1), Point(1, 2)]))

# repr/str
print(repr((1, "a", None)), str((1.5,)), repr(((),)), [(1,)])
print(tuple.__name__, (1, 2).__len__(), (1, 2).__getitem__(0), (1,).__add__((2,)))
print(len(tuple(range(1000))), sum((1, 2, 3)), max((4, 9, 2)), min((4, 9, 2)), sorted((3, 1, 2)))
print(tuple(i * i for i in range(5)), tuple(reversed((1, 2, 3))))
print((1, 2, 3)[::2], (1, 2, 3)[-2:], (1, 2, 3)[10:20], (1, 2, 3)[::-2])
t(lambda: (1, 2)[::0])
