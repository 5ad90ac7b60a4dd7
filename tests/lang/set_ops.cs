# set operators and methods: | & - ^, their in-place forms, the named
# methods with several arguments, subset/superset tests, and the order
# of the results (which follows CPython's table layout).

a = {1, 2, 3, 4, 100}
b = {3, 4, 5, 6, 200}
print(a | b, a & b, a - b, b - a, a ^ b)
print(b | a, b & a, b ^ a)
fa, fb = frozenset(a), frozenset(b)
print(fa | fb, fa & b, a - fb, fa ^ fb)
print(type(fa | b).__name__, type(a | fb).__name__, type(fa & b).__name__, type(a - fb).__name__)
print(a.union(), a.union([9, 8], (7,), {1000}), a.union(range(3)))
print(a.intersection(), a.intersection([1, 2, 99], {2, 1}), a.intersection(range(100)))
print(a.difference(), a.difference([1], {2}, (3,)), a.difference(range(3, 50)))
print(a.symmetric_difference([4, 5, 100]), a.symmetric_difference({1: 0, 7: 0}))
print(a.issubset(range(200)), a.issubset([1, 2]), a.issuperset([1, 2]), a.issuperset(range(4)))
print(a.isdisjoint(b), a.isdisjoint([7, 8]), a.isdisjoint(x for x in [100]), set().isdisjoint(set()))
print(a <= a, a < a, a >= a, a > a, {1} < {1, 2}, {1, 2} > {2}, {1, 3} <= {1, 2}, {1, 3} >= {3})
print(frozenset([1]) < {1, 2}, {1, 2} > frozenset([1]), frozenset() <= frozenset())
print(a, b)
s = set(a)
s |= b
print(s)
s &= {1, 2, 5, 200, 999}
print(s)
s -= {1}
print(s)
s ^= {2, 77}
print(s)
s = {1, 2, 3}
alias = s
s |= {4}
print(alias is s, alias)
f = frozenset([1, 2])
g = f
f |= {3}
print(f, g, f is g)
s = set(range(10))
s.update([10, 11], range(20, 23), {30: 0})
print(s)
s.intersection_update(range(5, 25), [5, 6, 7, 8, 20, 21, 99])
print(s)
s.difference_update([5], (6,), {20})
print(s)
s.symmetric_difference_update([7, 8, 9])
print(s)
s.update()
s.intersection_update()
s.difference_update()
print(s)
s = {1, 2, 3}
s.update(s)
s.difference_update(s)
print(s)
s = {1, 2, 3}
s.symmetric_difference_update(s)
print(s)
s = {1, 2, 3}
s &= s
print(s, s | s, s - s, s ^ s, s & s)
big = set(range(40))
small = {3, 1000}
print(big & small, small & big, small - big, big.isdisjoint(small), small.isdisjoint(big))
print(big.intersection([2, 1, 0, 1000]), small.difference(big))
print(set(range(10)) - set(range(100)), set(range(100)) - {5, 6} == set(range(100)).difference([5, 6]))
keys = {1: "a", 2: "b", 3: "c"}
print(a - keys.keys(), a.difference(keys), a.intersection(keys), a ^ set(keys))
print(keys.keys() & {2, 3, 4}, {2, 3, 4} & keys.keys(), keys.keys() | {9}, keys.keys() - {1})
s = {5, 3, 1}
print(s.pop(), s.pop(), s.pop(), s)
s = set(range(20, 0, -1))
out = []
while s:
    out.append(s.pop())
print(out)
s = {1, 2, 3}
print(s.discard(2), s.discard(99), s, s.remove(1), s)
s.clear()
print(s, len(s))
s.add(5)
print(s)
s = set([1, 2, 3])
s.__init__([7, 8])
print(s)
t = {"x", "y"}
u = t.copy()
u.discard("x")
print(sorted(t), sorted(u))
print(sorted({"a", "b"} | {"c"}), sorted({"a", "b"} ^ {"b", "c"}))
print({1, 2, 3} == {3, 2, 1}, {1, 2} == frozenset({1, 2}), frozenset({1, 2}) == {1, 2})
print({(1, 2), (2, 1)} & {(2, 1)}, {1.0, 2.0} & {1, 2})
print(sorted([{3}, {1}, {2}], key=lambda x: min(x)))
s = {1, 2}
s2 = {s2 for s2 in range(3)}
print(s2, {i: i for i in s})
