# collections.deque: construction, the end operations, maxlen, indexing,
# searching, rotation and iteration.
from _collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen)
d = deque([1, 2, 3])
print(d, len(d), bool(d))
print(deque('abc'), deque(range(5)), deque((x * x for x in range(4))))
print(deque(iterable=[1, 2], maxlen=5), deque([1, 2], None))

# The four end operations.
d = deque()
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d)
print(d.pop(), d.popleft(), d)
print(d.pop(), d.pop(), d)

# A bounded deque drops from the opposite end.
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print(b)
b.appendleft(10)
print(b, b.maxlen)
b.extend([20, 21])
print(b)
b.extendleft([30, 31])
print(b)
print(deque(range(10), 3), deque(range(10), maxlen=0), deque(maxlen=0).maxlen)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(range(3))
print(z, len(z))

# extend / extendleft, also from the deque itself.
d = deque([1, 2, 3])
d.extend([4, 5])
d.extendleft([0, -1])
print(d)
d.extend(d)
print(d)
d = deque([1, 2, 3])
d.extendleft(d)
print(d)
d = deque('ab')
d.extend(iter('cd'))
d.extend({'e': 1})
d.extend(deque('fg'))
d.extend(('h',))
print(d)

# Indexing, negative indexes, assignment and deletion.
d = deque(range(10))
print(d[0], d[9], d[-1], d[-10], d[True])
d[0] = 'a'
d[-1] = 'z'
print(d)
del d[1]
del d[-2]
del d[4]
print(d)
d[3] = 'x'
print(d)

# Membership, count, index.
d = deque([1, 2, 3, 2, 1, 2])
print(2 in d, 5 in d, 'a' not in d)
print(d.count(2), d.count(1), d.count(7))
print(d.index(2), d.index(2, 2), d.index(2, -2), d.index(1, 1, 5), d.index(3, -100, 100))

# insert, remove, reverse, clear.
d = deque([1, 2, 3])
d.insert(0, 'a')
d.insert(2, 'b')
d.insert(100, 'c')
d.insert(-1, 'd')
d.insert(-100, 'e')
print(d)
d.remove('b')
d.remove(1)
print(d)
d.reverse()
print(d)
d.clear()
print(d, len(d))
d.clear()
b = deque([1, 2], maxlen=3)
b.insert(1, 9)
print(b)

# rotate, in both directions and by more than the length.
for n in (1, 2, 5, -1, -2, -7, 0, 12, 10 ** 20 // 10 ** 19):
    d = deque(range(5))
    d.rotate(n)
    print(n, d)
d = deque(range(8))   # a full ring buffer
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d = deque()
d.rotate(3)
d = deque([1])
d.rotate(3)
print(d)
d = deque(range(5))
d.rotate()
print(d)

# Iteration and reversed().
d = deque(range(5))
print(list(d), list(reversed(d)), [x * 2 for x in d], sum(d), max(d))
it = iter(d)
print(next(it), next(it), it.__length_hint__(), list(it), it.__length_hint__())
r = reversed(d)
print(next(r), list(r))
print(list(reversed(deque())))

# copy and __copy__.
import copy
d = deque([[1], 2], maxlen=4)
c = d.copy()
print(c, c == d, c is d, c.maxlen)
c2 = copy.copy(d)
print(c2, c2[0] is d[0])
c3 = copy.deepcopy(d)
print(c3, c3[0] is d[0])

# The ring buffer wraps around, grows and shrinks.
d = deque()
for i in range(100):
    d.append(i)
    if i % 3 == 0:
        d.popleft()
print(len(d), d[0], d[-1], sum(d))
for i in range(60):
    d.appendleft(d.pop())
print(d[0], d[-1], list(d) == sorted(d, key=lambda x: (x < 42, x)))
while len(d) > 2:
    d.pop()
print(d)
