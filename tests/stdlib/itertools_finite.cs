# itertools: the terminating iterators.
from itertools import *
import operator

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)), list(accumulate("abc")))
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=0)))

print(list(chain("abc", [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(["ab", "cd"])))
print(list(chain.from_iterable([[1], [], [2, 3]])), next(chain.from_iterable(["xy"])))
ch = chain([1], 5)
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print("TypeError", e)

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), cycle([0, 1]))))
print(list(compress("AB", [1, 1, 1, 1])), list(compress("ABCD", [0, 1])))

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [])), list(dropwhile(lambda x: True, [1, 2])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: False, [1])))
tw = takewhile(lambda x: x < 3, iter([1, 2, 3, 4, 5]))
print(list(tw), list(tw))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")], list(groupby([])))
data = [("a", 1), ("a", 2), ("b", 3), ("a", 4)]
for key, group in groupby(data, key=lambda p: p[0]):
    print(key, [v for _, v in group])
# A group is invalidated when the groupby moves on.
gb = groupby("aabbc")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
gb = groupby([1, 1, 2, 2, 2, 3])
k, g = next(gb)
print(k, next(g))
k, g2 = next(gb)
print(k, list(g), list(g2), [k for k, _ in gb])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print([(k, list(g)) for k, g in groupby(range(10), lambda x: x // 3)])

print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice([], 3)))
print(list(islice("AB", None)), list(islice("ABC", None, None, None)), list(islice("ABCDE", 10)))
it = iter(range(10))
print(list(islice(it, 2, 5)), next(it))
it = iter(range(10))
print(list(islice(it, 0, 5, 2)), next(it))
it = iter(range(3))
print(list(islice(it, 5)), list(it))
for args in [(-1,), (-5,), ("a",), (-1, 4), (1, "a"), (0, 5, 0), (0, 5, "a"), (), (1, 2, 3, 4)]:
    try:
        islice([], *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: a, ["ab", [1]])))
try:
    list(starmap(len, [1]))
except TypeError as e:
    print("TypeError", e)

a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee("abc", 3)
print(list(x), list(y), list(z), tee([], 0), len(tee([1])), type(x).__name__)
src = iter(range(5))
p, q = tee(src)
print(next(p), next(p), next(q))
import copy
r = copy.copy(p)
print(list(p), list(r), list(q))
p1, p2 = tee(p)
print(p1 is p, list(p1), list(p2))
a, b = tee(range(4))
c, d = tee(a)
print(list(b), list(c), list(d))

print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1], [])), list(zip_longest()))
print(list(zip_longest("ab", [1, 2, 3], (True,))))
zl = zip_longest("a", "bc")
print(list(zl), list(zl))

for bad in [lambda: tee([], -1), lambda: zip_longest(1), lambda: accumulate(1), lambda: pairwise(1),
            lambda: groupby(1), lambda: starmap(len, 1), lambda: compress(1, []), lambda: tee(1),
            lambda: islice(1, 2), lambda: tee([], "a"), lambda: chain.from_iterable(1),
            lambda: dropwhile(None, 3), lambda: filterfalse(None, 3)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
