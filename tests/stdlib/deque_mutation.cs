# collections.deque: changing a deque while it is iterated or searched
# raises "deque mutated during iteration", exactly where CPython 3.11 does.
from _collections import deque

ops = {
    'append': lambda d: d.append(9),
    'appendleft': lambda d: d.appendleft(9),
    'pop': lambda d: d.pop(),
    'popleft': lambda d: d.popleft(),
    'extend': lambda d: d.extend([7]),
    'extend nothing': lambda d: d.extend([]),
    'extendleft': lambda d: d.extendleft([7]),
    'clear': lambda d: d.clear(),
    'rotate': lambda d: d.rotate(1),
    'rotate 0': lambda d: d.rotate(0),
    'rotate 5': lambda d: d.rotate(5),
    'reverse': lambda d: d.reverse(),
    'setitem': lambda d: d.__setitem__(1, 5),
    'delitem': lambda d: d.__delitem__(1),
    'delitem 0': lambda d: d.__delitem__(0),
    'delitem -1': lambda d: d.__delitem__(-1),
    'insert': lambda d: d.insert(1, 5),
    'insert 0': lambda d: d.insert(0, 5),
    'insert end': lambda d: d.insert(5, 5),
    'remove': lambda d: d.remove(2),
    'remove first': lambda d: d.remove(1),
    'iadd': lambda d: d.__iadd__([4]),
    'imul 1': lambda d: d.__imul__(1),
    'imul 2': lambda d: d.__imul__(2),
    'imul 0': lambda d: d.__imul__(0),
    'init': lambda d: d.__init__([1, 2, 3]),
    'count': lambda d: d.count(1),
    'copy': lambda d: d.copy(),
    'index': lambda d: d.index(3),
    'contains': lambda d: 3 in d,
    'getitem': lambda d: d[2],
}
for name, op in ops.items():
    results = []
    for maxlen in (None, 3):
        for make in (iter, reversed):
            d = deque([1, 2, 3], maxlen)
            it = make(d)
            next(it)
            try:
                op(d)
            except Exception as e:
                results.append(type(e).__name__)
                continue
            try:
                results.append(list(it))
            except RuntimeError as e:
                results.append(str(e))
    print(name, results)

# An iterator that saw a mutation keeps failing, even at its end.
d = deque([1, 2, 3])
it = iter(d)
d.append(4)
d.pop()
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print('again:', e)
d = deque([1])
it = iter(d)
print(list(it))
d.append(2)
try:
    next(it)
except RuntimeError as e:
    print('after the end:', e)

# Shorter deques do not count a rotation as a change.
for n in (0, 1):
    d = deque(range(n))
    it = iter(d)
    d.rotate(1)
    print(n, list(it))

# Clearing and refilling is still a change; clearing an empty deque is not.
d = deque([1, 2, 3])
it = iter(d)
next(it)
d.clear()
d.extend([1, 2, 3])
try:
    print(list(it))
except RuntimeError as e:
    print('refilled:', e)
d = deque()
it = iter(d)
d.clear()
d.__init__([])
print(list(it))


# Comparisons that change the deque they search.
class Grows:
    def __init__(self, d, result):
        self.d = d
        self.result = result

    def __eq__(self, other):
        self.d.append(5)
        return self.result


def attempt(label, f):
    try:
        print(label, 'ok', f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


for result in (False, True):
    d = deque([1, 2, 3])
    attempt(f'remove {result}', lambda: d.remove(Grows(d, result)))
    d = deque([1, 2, 3])
    attempt(f'count {result}', lambda: d.count(Grows(d, result)))
    d = deque([1, 2, 3])
    attempt(f'index {result}', lambda: d.index(Grows(d, result)))
    d = deque([1, 2, 3])
    attempt(f'in {result}', lambda: Grows(d, result) in d)
    d = deque([1, 2, 3])
    attempt(f'== {result}', lambda: d == deque([Grows(d, result)] * 3))
    d = deque([1, 2, 3])
    attempt(f'< {result}', lambda: d < deque([Grows(d, result)] * 3))


# A comparison that empties the deque being searched.
class Clears:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.clear()
        return False


d = deque([1, 2, 3])
attempt('remove clears', lambda: d.remove(Clears(d)))
print(d)
d = deque([1, 2, 3])
attempt('count clears', lambda: d.count(Clears(d)))
d = deque([1, 2, 3])
attempt('in clears', lambda: Clears(d) in d)


# extend() from an iterator that changes the deque is allowed.
def feeder(d):
    for i in range(3):
        d.appendleft(-i)
        yield i


d = deque([10])
d.extend(feeder(d))
print(d)


# repr of an item that changes the deque: repr works on a snapshot.
class Shrinks:
    def __init__(self, d):
        self.d = d

    def __repr__(self):
        self.d.clear()
        return 'S'


d = deque([1])
d.append(Shrinks(d))
d.append(3)
print(repr(d), d)
