# range with bounds beyond 64 bits: iteration, len, indexing, slicing,
# membership, equality and the OverflowError of len() when it is too long.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

r = range(10 ** 20, 10 ** 20 + 3)
print(r, list(r), len(r), r[1], r[-1], 10 ** 20 + 2 in r, 5 in r, r.index(10 ** 20 + 1), r.count(10 ** 20))
print(list(reversed(r)), r[1:], r[::-1], r == range(10 ** 20, 10 ** 20 + 3, 1), hash(r) == hash(range(10 ** 20, 10 ** 20 + 3)))
huge = range(2 ** 100)
print(huge, huge[-1], huge[2 ** 99], 2 ** 99 in huge, huge[::2 ** 98], huge.stop, bool(huge))
t(lambda: len(huge))
t(lambda: huge[2 ** 100])
print(list(range(-2 ** 64, -2 ** 64 + 6, 2)), list(range(2 ** 63 - 2, 2 ** 63 + 2)))
print(range(0, 2 ** 64, 2 ** 62)[1:3], len(range(-2 ** 63, 2 ** 63 - 1, 2 ** 62)), list(range(0, -(2 ** 70), -(2 ** 68))))
it = iter(range(2 ** 64, 2 ** 64 + 2))
print(next(it), next(it), next(it, "end"), type(it).__name__)
print(sum(range(10 ** 18, 10 ** 18 + 10)), max(range(2 ** 63 - 5, 2 ** 63 + 5)))
# Edge cases of range: indexes beyond int64_t, bounds at the int64_t limits.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print("!", type(e).__name__, e)
t(lambda: range(5)[2**70])
t(lambda: range(5)[-2**70])
t(lambda: range(5)["a"])
t(lambda: range(2**70)["a"])
t(lambda: range(-2**63, 0)[::-1])
t(lambda: list(reversed(range(-2**63, -2**63 + 3))))
t(lambda: 2.0 in range(5))
t(lambda: range(5).index(2.0))
t(lambda: range(5).count(2.0))
t(lambda: range(0, 10, 3).index(9))
t(lambda: list(range(2**63 - 3, 2**63 - 1)))
t(lambda: list(range(-2**63 + 2, -2**63, -1)))
t(lambda: range(3) == range(2**64, 2**64 + 3))
t(lambda: bool(range(0)))
t(lambda: range(True, 5))
t(lambda: range(1, 2**64)[2**63:2**63 + 2])
t(lambda: (5 in range(0, 10**20, 5), 10**19 in range(0, 10**20, 7), (10**19 + 3) in range(3, 10**20, 10**19)))
