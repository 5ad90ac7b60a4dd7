# list: construction, indexing, methods, in-place operators, sorting
# (keys, reverse, stability), repr of nested and recursive lists, and the
# errors of each method.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1}), [1, [2, [3]]])
l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.extend(x for x in "ab")
l.insert(0, "first")
l.insert(100, "last")
l.insert(-1, "pen")
l.insert(-100, "zero")
print(l, len(l))
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a")
print(l, l.index(2), l.count(2), l.index(1, 1), l.index(1, -6))
t(lambda: l.index(99))
t(lambda: l.index(1, 0, 1))
t(lambda: l.remove(99))
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].pop("a"))
t(lambda: l[100])
t(lambda: l[-100])
t(lambda: l["a"])
t(lambda: l[1.0])
t(lambda: [].insert())
t(lambda: [].append(1, 2))
t(lambda: [].extend(5))
t(lambda: [].sort(1))
t(lambda: list(5))
t(lambda: list(1, 2))
l2 = l.copy()
l2.reverse()
print(l2, l == l2[::-1], l2 is not l)
l2.clear()
print(l2, bool(l2), bool([0]))

# operators
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a *= 2
print(a, b)
a = a + [9]
print(a, b, a is b)
print([0] * 3, 3 * [0], [1, 2] * 0, [1] * -1, [[]] * 2)
m = [[]] * 3
m[0].append(1)
print(m)
a += "xy"
print(a)
t(lambda: [1] + (2,))
t(lambda: [1] + "a")
print(2 in [1, 2], 5 not in [1, 2], [] in [[]], [1, 2] < [1, 2, 3])
del a[0]
del a[-1]
print(a)
del a[1:3]
print(a)

# sort
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted([3.5, 1, 2.25, -1]), sorted("hello"), sorted((3, 2, 1)), sorted({3: 1, 1: 2}))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, 2), (1,), ()]))
t(lambda: sorted([1, "a"]))
t(lambda: sorted([1, 2], key=5))
t(lambda: [3, 1].sort(key=lambda x: 1 / 0))
t(lambda: sorted([1], reverse="x") )
t(lambda: [].sort(cmp=None))
big = list(range(100, 0, -1))
big.sort()
print(big[:5], big[-5:], big == list(range(1, 101)))
stable = sorted([(i % 3, i) for i in range(12)], key=lambda p: p[0])
print(stable)
print(sorted([(i % 4, -i) for i in range(20)], key=lambda p: p[0], reverse=True)[:6])

# mutation during sort is detected
ml = [3, 2, 1]
def bad_key(x):
    ml.append(x)
    return x
t(lambda: ml.sort(key=bad_key))
print(ml)

# repr
r = [1, 2]
r.append(r)
print(r, repr([r]))
print([None, True, 1.0, "s", b"b", (1,), {1: 2}, {1}])
print(str([1, "a"]), repr(["'", '"']), ["\n"])

# list comparison and equality
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2.0], [1, [2]] < [1, [3]], [] == [], [[]] > [])

# slicing assign / len / iteration while modifying
x = list(range(10))
print(x[2:5], x[::3], x[::-1], x[-3:], x[:-7], x[8:2:-2], x[100:], x[-100:2])
for i in x:
    if i % 2 == 0:
        x.remove(i)
print(x)
n = [1, 2, 3]
it = iter(n)
print(next(it))
n.append(4)
print(list(it))

# list of lists, nested comprehension copy
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
print(list.__name__, type([]) is list, isinstance([], list), list.__doc__ is not None)
print([].__len__(), [1, 2].__getitem__(1), [1, 2].__contains__(2))
class L(list):
    def __repr__(self):
        return "L" + super().__repr__()
ll = L([1, 2])
ll.append(3)
print(ll, len(ll), ll + [4], type(ll + [4]), type(ll[:1]), ll == [1, 2, 3])
print(list(reversed([1, 2, 3])), [1, 2, 3].__reversed__().__next__())
t(lambda: hash([]))
