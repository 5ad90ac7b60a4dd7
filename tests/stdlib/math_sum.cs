# math: fsum (exactly rounded), prod, hypot and dist, including the cases
# where a naive sum or norm loses precision, overflows or meets inf/nan.
import math

cases = [
    [],
    [0.1] * 10,
    [1, 1e100, 1, -1e100],
    [1e308, -1e308, 1e308],
    [1e-16, 1, 1e-16],
    [0.1, 0.2, 0.3],
    [1.0, 2**-53, 2**-106],
    [1.0, -2**-53, 2**-106],
    [2.0**53, -0.5, -2.0**-54],
    [2.0**53, 1.0, 2.0**-100],
    [2.0**53 - 1.0, -0.5, -2.0**-54],
    [-0.0],
    [-0.0, -0.0],
    [1, 2, 3],
    [True, 0.5],
    [math.inf, 1],
    [math.inf, math.inf],
    [-math.inf, -math.inf, 3],
    [math.nan, 1],
    [1e300] * 10 + [-1e300] * 10,
    [x * 0.001 for x in range(1000)],
    [(-1) ** k / (2 * k + 1) for k in range(200)],
]
for c in cases:
    print("fsum", math.fsum(c), sum(c) if len(c) < 30 else "")
print(math.fsum(iter([1.5, 2.5])), math.fsum(range(10)), math.fsum(x / 7 for x in range(100)))
for bad in [[1e308, 1e308], [math.inf, -math.inf], [-1e308, -1e308, 5]]:
    try:
        math.fsum(bad)
    except (OverflowError, ValueError) as e:
        print("fsum", bad, type(e).__name__, e)

print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([2**64, 2**64]))
print(math.prod([1.5, 2, 4]), math.prod([], start=5), math.prod([2, 3], start=0.5), math.prod([[1]], start=3))
print(math.prod(["ab"], start=3), math.prod(iter([2, 5, 7])), math.prod([True, True]), math.prod([], start="x"))

for args in [(), (3,), (-3,), (3, 4), (3, 4, 12), (1e308, 1e308), (1e-320, 1e-320), (5e-324, 5e-324, 5e-324),
             (math.inf, math.nan), (math.nan, 1), (0, 0), (1, 1, 1, 1), (0.1, 0.2, 0.3, 0.4, 0.5),
             (1e200, 1e-200), (-math.inf, 2), (2**1023, 2**1023), (True, True)]:
    print("hypot", args, math.hypot(*args))

for p, q in [((), ()), ((1,), (4,)), ((0, 0), (3, 4)), ([1, 2, 3], (4, 5, 6)), ((1e308, -1e308), (-1e308, 1e308)),
             (range(5), range(5, 10)), ((math.inf, 0), (0, 0)), ((math.nan, 0), (0, 0)), ((0.1, 0.2), (0.3, 0.7))]:
    try:
        print("dist", tuple(p), tuple(q), math.dist(p, q))
    except OverflowError as e:
        print("dist", tuple(p), tuple(q), "OverflowError", e)

state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state / 2**64

for i in range(60):
    n = 2 + i % 6
    v = [(rnd() - 0.5) * 10 ** int(rnd() * 30 - 15) for _ in range(n)]
    print(math.fsum(v + [x * 1e15 for x in v] + [-x * 1e15 for x in v]), math.hypot(*v), math.dist(v, v[::-1]))
