# bisect: left and right insertion points, ranges, keys, insort.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, hi=2))
print(bisect.bisect([1, 2], 1, 0, -5), bisect.bisect_left([1, 2, 3], 2, 5), bisect.bisect_left([], 1))

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
c = [1, 3]
bisect.insort_left(c, 3)
bisect.insort_right(c, 0)
bisect.insort_left(c, 2, 1, 2)
print(c)

# Keys apply to the items of the list; insort applies them to x too.
records = [("alice", 23), ("bob", 31), ("carol", 47)]
print(bisect.bisect_left(records, 31, key=lambda r: r[1]), bisect.bisect_right(records, 31, key=lambda r: r[1]))
bisect.insort(records, ("dave", 35), key=lambda r: r[1])
bisect.insort_left(records, ("eve", 23), key=lambda r: r[1])
print(records)

# Equal items: insort_left puts the new one first, insort_right last.
tagged = [(1, "a"), (2, "b")]
bisect.insort_left(tagged, (2, "new"), key=lambda t: t[0])
bisect.insort_right(tagged, (1, "new"), key=lambda t: t[0])
print(tagged)

for bad in [lambda: bisect.bisect_left([1], 1, -1), lambda: bisect.insort(5, 1), lambda: bisect.bisect(None, 1),
            lambda: bisect.insort_left([1], 1, -2), lambda: bisect.bisect([1, "a"], 0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
