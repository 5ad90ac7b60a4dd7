# itertools: count, cycle, repeat, and laziness.
from itertools import count, cycle, repeat, islice, takewhile
import itertools

c = count()
print(next(c), next(c), next(c), repr(c))
print(list(islice(count(10), 3)), list(islice(count(1, 2), 4)), list(islice(count(5, -1), 3)))
print(list(islice(count(2.5), 3)), list(islice(count(0, 0.5), 3)), list(islice(count(1, 0), 2)))
print(repr(count()), repr(count(5)), repr(count(1, 2)), repr(count(2.5)), repr(count(0, 1.0)), repr(count(1, -1)))
c = count(3)
next(c)
print(repr(c), type(c), type(c).__name__, isinstance(c, count))
print(list(zip("abc", count(1))))
print(list(islice(count(2 ** 64), 2)))

cy = cycle("ab")
print([next(cy) for _ in range(5)])
print(list(islice(cycle([1, 2, 3]), 7)), list(cycle([])))
def gen():
    print("generating")
    yield 1
    yield 2
g = cycle(gen())
print("created")
print([next(g) for _ in range(5)])

r = repeat("x", 3)
print(list(r), list(r), list(repeat(1, 0)), list(repeat(1, -2)))
r = repeat("a", 3)
next(r)
print(repr(r), repr(repeat(1)), repr(repeat(1, -2)), r.__length_hint__())
print(list(islice(repeat([1]), 2)), list(map(pow, range(4), repeat(2))))
print(list(zip(range(3), repeat(None))))

for bad in [lambda: count("a"), lambda: count(1, "a"), lambda: repeat(1, "x"), lambda: cycle(1),
            lambda: repeat(1).__length_hint__()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# Laziness: nothing is consumed before it is asked for.
def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i
it = itertools.chain(noisy(2), noisy(1))
print("chain made")
print(next(it))
print(list(it))
t = takewhile(lambda x: x < 1, noisy(5))
print(list(t))
print(sorted(n for n in dir(itertools) if not n.startswith('_')))
