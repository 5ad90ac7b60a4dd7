# heapq: the list layout after each operation matches CPython's exactly.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 5]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 3), data)
print(heapq.heappushpop([], 5))

# Tuples order by priority, then by the next field.
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
heapq.heappush(tasks, (1, "coffee"))
print([heapq.heappop(tasks) for _ in range(4)])

words = "the quick brown fox jumps over the lazy dog again and again".split()
print(heapq.nsmallest(3, words), heapq.nlargest(3, words))
print(heapq.nsmallest(4, words, key=len), heapq.nlargest(4, words, key=len))
print(heapq.nlargest(1, words, key=len), heapq.nsmallest(1, words), heapq.nlargest(1, []))
print(heapq.nsmallest(0, words), heapq.nlargest(100, [3, 1, 2]), heapq.nsmallest(-1, [1]))
print(heapq.nlargest(3, iter(range(20))), heapq.nsmallest(3, (x % 7 for x in range(50))))
pairs = [(i % 3, i) for i in range(12)]
print(heapq.nsmallest(5, pairs, key=lambda p: p[0]), heapq.nlargest(5, pairs, key=lambda p: p[0]))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge("adg", "beh", "cf")))
print(list(heapq.merge([7, 5, 1], [8, 6, 2], reverse=True)))
print(list(heapq.merge(["aa", "c"], ["b", "ddd"], key=len)))
print(list(heapq.merge([(1, "x"), (2, "x")], [(1, "y"), (2, "y")], key=lambda t: t[0])))
print(list(heapq.merge([(2, "x"), (1, "x")], [(2, "y"), (1, "y")], key=lambda t: t[0], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [])))
m = heapq.merge([1, 2], [3])
print(next(m), next(m), next(m))

big = [(i * 7919) % 1000 for i in range(300)]
h = []
for x in big:
    heapq.heappush(h, x)
print(sorted(big) == [heapq.heappop(h) for _ in range(len(big))])
heapq.heapify(big)
print(all(big[k] <= big[c] for k in range(len(big)) for c in (2 * k + 1, 2 * k + 2) if c < len(big)))
print(heapq.nsmallest(10, big) == sorted(big)[:10], heapq.nlargest(10, big) == sorted(big)[-10:][::-1])

for bad in [lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]), lambda: heapq.heapify(()),
            lambda: heapq.heapreplace([], 1), lambda: heapq.heappushpop((), 1), lambda: heapq.heappop(()),
            lambda: heapq.heappush([1], "a")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(heapq.__all__)
