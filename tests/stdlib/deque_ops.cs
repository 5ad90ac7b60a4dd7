# collections.deque: comparisons, +, *, +=, *=, repr (also recursive),
# truth, and the maxlen rules of the repeat operators.
from _collections import deque

a = deque([1, 2, 3])
for other in (deque([1, 2, 3]), deque([1, 2]), deque([1, 2, 4]), deque([1, 2, 3, 0]), deque(),
              deque([1, 2, 3], maxlen=5)):
    print(other, a == other, a != other, a < other, a <= other, a > other, a >= other)
print(a == [1, 2, 3], a != [1, 2, 3], a == a, a != a, deque() == deque(maxlen=0))
nan = float('nan')
n = deque([nan])
print(n == n, n == deque([nan]))
print(deque([1, 'a']) == deque([1, 2]), deque([[1, 2]]) < deque([[1, 3]]))

# Concatenation keeps the left operand's maxlen.
print(deque([1]) + deque([2, 3]), deque([1, 2], maxlen=2) + deque([3]), deque() + deque())
b = deque([1, 2])
c = b + b
print(c, c is b, b)

# Repetition, both orders, and clipped by maxlen.
print(deque([1, 2]) * 3, 3 * deque([1, 2]), deque([1, 2]) * 0, deque([1, 2]) * -1, deque() * 5)
print(deque([1, 2], maxlen=3) * 5, deque([1, 2, 3, 4], maxlen=5) * 2, deque([1], maxlen=3) * 5)
print(deque([1, 2], maxlen=3) * 1, deque([7], maxlen=1) * 4, deque([1, 2]) * True)

# In-place forms change the deque itself.
d = deque([1, 2])
alias = d
d += [3, 4]
d += (5,)
d += deque([6])
d += range(7, 9)
print(d, alias is d)
d += d
print(d)
d = deque([1, 2, 3])
d *= 2
print(d, alias)
d *= 1
print(d)
d *= 0
print(d)
m = deque([1, 2, 3], maxlen=4)
m += m
print(m)
m = deque([1, 2], maxlen=5)
m *= 3
print(m)
m = deque([9], maxlen=4)
m *= 10
print(m)

# repr and str, recursion, maxlen.
print(repr(deque()), str(deque([1, 'a', None])), deque([1.5, (2,)], maxlen=7))
r = deque()
r.append(r)
print(r)
r = deque([1], maxlen=3)
r.append(r)
print(r, str(r))
outer = deque([[1]])
outer[0].append(outer)
print(outer)
print(f'{deque([1])}', '%s' % deque(['x']))
print([deque([1])], {'k': deque()}, (deque([2]),))

# Truth and length.
print(bool(deque()), bool(deque([0])), len(deque(range(100))), not deque())
if deque([None]):
    print('non-empty is true')

# maxlen is read-only and reports None when unbounded.
print(deque().maxlen, deque(maxlen=5).maxlen, deque([], 0).maxlen, deque([], False).maxlen)
print(deque.maxlen.__doc__)
print(type(deque.maxlen).__name__)

# Comparisons use == first, then the operator on the first unequal pair.
class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('eq', self.v, other.v)
        return self.v == other.v

    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v


print(deque([Loud(1), Loud(2)]) < deque([Loud(1), Loud(3)]))
x = Loud(5)
print(deque([x]) == deque([x]))
