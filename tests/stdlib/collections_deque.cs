# collections.deque: both ends, maxlen, indexing, rotation, errors.
from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), d[0], d[-1], d[1], bool(d))
print(d.pop(), d.popleft(), d)
d.extend([3, 4])
d.extendleft("ab")
print(d, list(d), list(reversed(d)))
print(deque("abc"), deque(range(3)), deque((x * x for x in range(4))))

# Many operations at both ends keep the order right.
q = deque()
for i in range(100):
    q.append(i)
    q.appendleft(-i)
for i in range(150):
    q.popleft() if i % 3 else q.pop()
print(len(q), list(q)[:5], q[0], q[-1], q[25])
q = deque(range(10))
for i in range(30):
    q.append(q.popleft())
print(q)

# maxlen drops items at the other end.
m = deque([1, 2, 3], maxlen=3)
m.append(4)
print(m, m.maxlen)
m.appendleft(0)
print(m)
m.extend([7, 8])
print(m)
m.extendleft([5, 6])
print(m)
print(deque("abcdef", 2), deque(maxlen=0), repr(deque([1], maxlen=3)))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z, len(z))
last3 = deque(maxlen=3)
for line in ["a", "b", "c", "d", "e"]:
    last3.append(line)
print(list(last3))

# Indexing, assignment, deletion, insert, remove, index, count.
d = deque("abcde")
d[1] = "B"
d[-1] = "E"
del d[2]
print(d, d.index("d"), d.count("a"), d.count("z"), "B" in d, "z" in d)
d.insert(0, "start")
d.insert(100, "end")
d.insert(-1, "beforeend")
d.insert(-100, "front")
print(d)
d.remove("B")
print(d, d.index("E", 2), d.index("E", -3, -1))
d = deque([1, 2, 1, 2])
print(d.index(2), d.index(2, 2), d.index(1, -2), d.count(2))

# rotate, reverse, copy, clear.
r = deque(range(6))
r.rotate()
print(r)
r.rotate(2)
print(r)
r.rotate(-3)
print(r)
r.rotate(13)
print(r)
r.rotate(0)
r.reverse()
print(r)
c = r.copy()
c.append(99)
print(r, c, type(c).__name__)
c.clear()
print(c, len(c))
deque().rotate(5)

# Comparisons, arithmetic, hashing.
print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]))
print(deque([1, 2]) != deque([2, 1]), deque() == deque(maxlen=5))
a = deque([1, 2])
print(a + deque([3]), a * 2, 2 * a, a * 0, a)
a += [3, 4]
print(a)
a *= 2
print(a)
b = deque([1, 2, 3], maxlen=4)
b *= 3
print(b)
print(deque([1, 2], maxlen=3) + deque([3, 4]))
a.extend(a)
print(len(a))

# A deque inside itself.
s = deque([1])
s.append(s)
print(s)

for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1])[1:2], lambda: deque([1]) + [1], lambda: deque(maxlen=-1),
            lambda: deque(maxlen="a"), lambda: deque([1], maxlen=1).insert(0, 5),
            lambda: deque.__hash__ is None, lambda: deque([1]).remove(9), lambda: deque([1]).index(9),
            lambda: deque([1]).rotate("a"), lambda: deque(1), lambda: deque([1]) * "a",
            lambda: deque([1]).__setitem__(7, 1), lambda: deque([1]).__delitem__(-9)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    deque([1]).maxlen = 3
except AttributeError:
    print("maxlen is read-only")

# Changing the length while iterating is an error.
x = deque(range(5))
it = iter(x)
next(it)
x.append(9)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
x = deque([1, 2])
it = iter(x)
x[0] = 5
print(list(it))

# Subclasses keep their class name and type.
class Queue(deque):
    def push(self, item):
        self.append(item)
qq = Queue([1, 2], maxlen=5)
qq.push(3)
print(qq, type(qq.copy()).__name__, qq.copy().maxlen, isinstance(qq, deque))
print(Queue([1]))
print(deque.__module__, deque.__name__)

import copy
orig = deque([[1], [2]], maxlen=4)
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
print(sh, dp, sh[0] is orig[0], dp[0] is orig[0], dp.maxlen)
