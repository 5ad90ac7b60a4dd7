# math: gamma and lgamma (CPython's own Lanczos computation, which differs
# from the C library's in the last digits), erf and erfc, over many points.
import math

points = [0.5, 1.5, 2.5, 3, 4.5, 5, 10, 10.5, 20, 22, 23, 24, 30.25, 100.5, 140.5, 141, 170.5, 171.5, 171.7,
          -0.5, -1.5, -2.5, -3.25, -10.5, -100.5, -140.5, -170.5, -171.5, -180.5, -190.5, -200.5,
          1e-10, -1e-10, 1e-21, -1e-21, 1e-300, 5e-324, 6.02, 5.52468, 0.999999, 1.000001, 2.000001]
for x in points:
    for f in [math.gamma, math.lgamma, math.erf, math.erfc]:
        try:
            print(f.__name__, repr(x), repr(f(x)))
        except (ValueError, OverflowError) as e:
            print(f.__name__, repr(x), type(e).__name__, e)

for x in [math.inf, -math.inf, math.nan, 0.0, -0.0, -1.0, -2.0, 1.0, 2.0, 1e308, -1e308]:
    for f in [math.gamma, math.lgamma]:
        try:
            print(f.__name__, repr(x), repr(f(x)))
        except (ValueError, OverflowError) as e:
            print(f.__name__, repr(x), type(e).__name__, e)

state = 987654321
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state / 2**64

for i in range(150):
    x = (rnd() - 0.3) * 60
    try:
        g = math.gamma(x)
    except (ValueError, OverflowError) as e:
        g = type(e).__name__
    print(repr(x), repr(g), repr(math.lgamma(x)), repr(math.erf(x / 10)), repr(math.erfc(x / 10)))
