# math: constants and the functions of one float, over a grid of values,
# with the errors CPython 3.11 raises for each.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf))

values = [0.0, -0.0, 0.5, -0.5, 1, -1, 2, 3.75, -2.5, 10, 100.25, 1e-300, 1e300, 710, -745.5,
          math.inf, -math.inf, math.nan, True, 2**60, 7.0e22]
names = ["sqrt", "exp", "exp2", "expm1", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs", "erf", "erfc", "cbrt",
         "degrees", "radians"]

def show(fname, x):
    f = getattr(math, fname)
    try:
        r = f(x)
        print(fname, repr(x), "->", repr(r))
    except (ValueError, OverflowError) as e:
        print(fname, repr(x), "!!", type(e).__name__, e)

for name in names:
    for x in values:
        show(name, x)

for x in values + [2.5, -3.5, 1e20, -1e20]:
    for fname in ["floor", "ceil", "trunc"]:
        try:
            r = getattr(math, fname)(x)
            print(fname, repr(x), "->", repr(r), type(r).__name__)
        except (ValueError, OverflowError) as e:
            print(fname, repr(x), "!!", type(e).__name__, e)

for x in values:
    print("tests", repr(x), math.isnan(x), math.isinf(x), math.isfinite(x))
    print("frexp", repr(x), math.frexp(x), "modf", math.modf(x))

for x in [1.0, -1.0, 0.0, 1e308, 5e-324, 2.0**-1022, math.inf, math.nan, 3, 2**53]:
    print("ulp", repr(x), math.ulp(x), math.nextafter(x, 0), math.nextafter(x, math.inf))

for x, i in [(1.0, 3), (0.75, -2), (1.5, 1023), (1.0, 1024), (1.0, -1074), (1.0, -1075), (-2.0, 5),
             (0.0, 10**30), (math.inf, -5), (3.0, True), (1.0, -10**30), (2.5, 2**70)]:
    try:
        print("ldexp", x, i, math.ldexp(x, i))
    except OverflowError as e:
        print("ldexp", x, i, "!!", type(e).__name__, e)

pairs = [(2, 3), (2.0, 0.5), (-8, 1/3), (0.0, -1), (-0.0, -3), (0, 0), (math.nan, 0), (1, math.nan),
         (math.inf, -1), (-math.inf, 3), (-math.inf, 2), (0.5, math.inf), (2, -math.inf), (-1, math.inf),
         (10, 400), (-2, 0.5), (1e-300, 2), (3, -2), (-2, -3)]
for x, y in pairs:
    for fname in ["pow", "atan2", "copysign", "fmod", "remainder", "hypot"]:
        try:
            print(fname, x, y, "->", repr(getattr(math, fname)(x, y)))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            print(fname, x, y, "!!", type(e).__name__, e)

for a, b, kw in [(1.0, 1.0 + 1e-10, {}), (1.0, 1.1, {}), (1.0, 1.1, {"rel_tol": 0.2}), (0.0, 1e-12, {}),
                 (0.0, 1e-12, {"abs_tol": 1e-11}), (math.inf, math.inf, {}), (math.inf, -math.inf, {}),
                 (math.nan, math.nan, {}), (5, 5, {}), (1e308, -1e308, {"rel_tol": 1.0})]:
    print("isclose", a, b, kw, math.isclose(a, b, **kw))

class Floored:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
    def __float__(self):
        return 2.5

print(math.floor(Floored()), math.ceil(Floored()), math.trunc(Floored()), math.sqrt(Floored()))

class OnlyFloat:
    def __float__(self):
        return -3.5

print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()), math.fabs(OnlyFloat()))
