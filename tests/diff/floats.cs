# float: construction, repr (shortest round trip), arithmetic, special
# values, methods, rounding and the errors each raises.

def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

# repr
for x in [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0,
          1e-4, 1e-5, 0.0001234, 1.5e300, 5e-324, 1.7976931348623157e308, 100.0,
          12345.678, 1e22, 1e21, 9.999999999999999e22, 2.5, -1.25e-7]:
    print(repr(x), str(x))
print(float("inf"), float("-inf"), float("nan"), -float("nan"))

# construction
t(float)
t(float, "1.5")
t(float, "  -2.5e3  ")
t(float, "1_000.5")
t(float, "inf")
t(float, "-Infinity")
t(float, "nAn")
t(float, "1e")
t(float, "")
t(float, "abc")
t(float, "1__0")
t(float, ".5")
t(float, "5.")
t(float, "0x10")
t(float, 10)
t(float, 2**100)
t(float, 10**400)
t(float, True)
t(float, None)
t(float, [])
t(float, "1e500")
t(float, "-1e-500")
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 4
t(float, F())
t(float, I())

# arithmetic
print(0.1 + 0.2, 1.5 * 4, 7.0 / 2, 7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.5 % -2)
print(2.0 ** 10, 2.0 ** -1, 4 ** 0.5, (-8.0) ** 2, 10 ** -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(1e308 * 10, -1e308 * 10, 1e-320 / 10)
print(float("inf") - float("inf"), float("inf") * 0)
t(lambda: 1.0 / 0)
t(lambda: 1.0 // 0)
t(lambda: 1.0 % 0)
t(lambda: divmod(1.0, 0.0))
t(lambda: 0.0 ** -1)
t(lambda: 10.0 ** 400)
t(lambda: 2 ** 10000 * 1.0)
t(lambda: 1.5 + "x")
t(lambda: 1.5 & 1)
t(lambda: ~1.5)
print(-0.0 == 0.0, str(-0.0), 0.0 * -1)
print(abs(-2.5), -(-2.5), +2.5)

# comparisons
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan])
print(1.0 == 1, 0.5 < 1, 2**63 == 2.0**63, 2**63 - 1 < 2.0**63, float("inf") > 10**1000)
print(1e308 < 10**309, -1e308 > -10**309)

# methods
print((2.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (-0.75).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print((3.7).__trunc__(), (3.7).__floor__(), (3.2).__ceil__(), (-3.7).__floor__())
print((2.5).conjugate(), (2.5).real, (2.5).imag)
t(lambda: float("inf").as_integer_ratio())
t(lambda: float("nan").as_integer_ratio())
print((-2.5).__floor__(), (-2.5).__ceil__(), (-2.5).__trunc__(), int(-2.5))

# rounding: banker's rounding and ndigits
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123.456, 1), round(-123.456, 0))
print(round(1e300, 2), round(5e-324, 2), round(0.125, 2), round(0.375, 2))
print(type(round(2.5)), type(round(2.5, 0)), type(round(2.5, None)))
t(round, float("inf"))
t(round, float("nan"))
t(round, float("inf"), 2)
t(round, 2.5, 1.5)

# hashing
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(2.0**64) == hash(2**64), hash(float("inf")))
print(hash(1e300) == hash(int(1e300)), hash(-1.5))

# float subclass
class MyFloat(float):
    pass
m = MyFloat(2.5)
print(m, m + 1, type(m + 1), type(m), repr(m), isinstance(m, float))

# str/format of floats
print(str(1e16), str(1.0e-5), "%.3f" % 2.0005, "%g" % 1e-5, "%e" % 12345.678)
print(format(1e100, ""), format(0.1, ".20f"), format(1.0, "g"), format(1e-7, "g"))
print(float.__name__, float(" 12 "), float("\t-0.0\n"))
print(sum([0.1] * 10), 0.1 * 3)
print(int(1e16), int(2.5e20), int(-1e-5))
