# collections.deque as scripts use it: queues, sliding windows, rotation,
# bounded history, and the errors of each method; run by both cs and
# python3, which must agree.
from collections import deque


def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))


# A FIFO queue and a LIFO stack.
q = deque()
for job in ("a", "b", "c"):
    q.append(job)
print(q.popleft(), q.popleft(), q, len(q))
s = deque([1, 2, 3])
print(s.pop(), s.pop(), s)

# Breadth-first search over a small graph.
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
seen, order, frontier = {1}, [], deque([1])
while frontier:
    node = frontier.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            frontier.append(nxt)
print(order)

# Sliding-window maximum with a monotonic deque of indexes.
data = [4, 2, 12, 3, 8, 1, 7, 9, 2, 5]
window, best = deque(), []
for i, x in enumerate(data):
    while window and data[window[-1]] <= x:
        window.pop()
    window.append(i)
    if window[0] <= i - 3:
        window.popleft()
    if i >= 2:
        best.append(data[window[0]])
print(best)

# Bounded history: the last three lines of a text.
text = "one\ntwo\nthree\nfour\nfive"
tail = deque(text.splitlines(), maxlen=3)
print(tail, tail.maxlen, list(tail))
tail.append("six")
tail.appendleft("zero")
print(tail)

# Moving average.
window = deque(maxlen=4)
averages = []
for x in [10, 20, 30, 40, 50, 60]:
    window.append(x)
    averages.append(sum(window) / len(window))
print(averages)

# Rotation, reversal, indexing, searching.
d = deque("abcdef")
d.rotate(2)
print(d, d[0], d[-1])
d.rotate(-3)
print(d)
d.reverse()
print(d, d.index("c"), d.count("a"), "z" in d)
d[0] = "X"
del d[1]
d.insert(2, "Y")
d.remove("d")
print(d, len(d))
print(list(reversed(d)), sorted(d))

# Operators.
a, b = deque([1, 2]), deque([3])
print(a + b, a * 2, 2 * b, a == deque([1, 2]), a < b, a != b)
a += [9]
a *= 2
print(a)
print(bool(deque()), bool(a), deque(range(3)) == deque([0, 1, 2]))

# Copies.
c = a.copy()
c.append(0)
print(a, c)

# Errors.
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: deque([1]).index(2))
t(lambda: deque([1]).remove(2))
t(lambda: deque([1], maxlen=1).insert(0, 2))
t(lambda: deque([1])[3])
t(lambda: deque([1])[0:1])
t(lambda: deque([1]) + [2])
t(lambda: deque(maxlen=-1))
t(lambda: hash(deque()))
it_d = deque([1, 2])
it = iter(it_d)
next(it)
it_d.append(3)
t(lambda: next(it))
