# int: construction from str/float/bool, bases, arithmetic, bit operations,
# methods and the errors each raises, compared with CPython.

def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

# construction
t(int)
t(int, "42")
t(int, "  -17  ")
t(int, "+5")
t(int, "1_000_000")
t(int, "0x1f", 16)
t(int, "0x1f", 0)
t(int, "0o17", 0)
t(int, "0b101", 0)
t(int, "017", 0)
t(int, "0", 0)
t(int, "00", 0)
t(int, "z", 36)
t(int, "Z", 36)
t(int, "12", 3)
t(int, "12", 2)
t(int, "1__0")
t(int, "_10")
t(int, "10_")
t(int, "")
t(int, " ")
t(int, "3.5")
t(int, "abc")
t(int, "10", 1)
t(int, "10", 37)
t(int, 10, 2)
t(int, 3.9)
t(int, -3.9)
t(int, 1e20)
t(int, float("inf"))
t(int, float("nan"))
t(int, True)
t(int, None)
t(int, [1])
t(int, b"12")
t(int, "٣")
t(int, x="5")
t(int, "5", base=8)

class WithIndex:
    def __index__(self):
        return 7
class WithInt:
    def __int__(self):
        return 9
t(int, WithInt())
t(int, WithIndex())

# arithmetic
print(7 + 3, 7 - 10, 7 * -3, 7 / 2, 7 // 2, 7 % 3, 7 ** 2)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(-7, -3))
print(2 ** -1, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** -2)
print(10 / 4, 10 / 5, -10 / 4, 1 / 3)
print(pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5), pow(2, 3, -5))
t(pow, 3, -1, 6)
t(pow, 2, 3, 0)
t(pow, 2.0, 3, 5)
t(lambda: 1 / 0)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: divmod(1, 0))
t(lambda: 0 ** -1)
t(lambda: 1 + "a")
t(lambda: "a" + 1)
t(lambda: 1 - None)
t(lambda: [] * 1.5)
print(+5, -5, -(-5), ~5, ~-1, abs(-5), abs(5))

# bit operations
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 10, 1024 >> 3, -1 >> 5, -16 >> 2, -1 << 3)
print(-5 & 0xff, -5 | 2, -5 ^ 7, ~0)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 1 & 1.0)
print(1 << 100, (1 << 100) >> 99, 0 >> 1000, 5 >> 1000, -5 >> 1000)

# methods
print((255).bit_length(), (0).bit_length(), (-255).bit_length(), (1 << 64).bit_length())
print((255).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"))
t(lambda: (256).to_bytes(1, "big"))
t(lambda: (-1).to_bytes(1, "big"))
t(lambda: (1).to_bytes(1, "middle"))
print((5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((10).as_integer_ratio(), (-3).as_integer_ratio())
print(int.__name__, type(5).__name__, (5).__class__)
print(True + True, True * 3, False - 1, True / 2, True // True)
print(int("7") == 7, 7 == 7.0, hash(7) == hash(7.0), hash(-1), hash(-2))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)

# comparisons mixing types
print(1 < 2.5, 3 == 3.0, 10**20 > 1e19, 2**53 + 1 == 2.0**53 + 1, 2**53 + 1 > 2.0**53)
t(lambda: 1 < "2")
t(lambda: 1 < None)
print(1 == "1", 1 != "1", 0 == False, 1 == True)

# repr and str
print(repr(-0), str(123456789), repr(10**30), str(-10**30))
print(format(1234567, ","), format(1234567, "_"), format(255, "x"), format(255, "#X"))
print(int.__doc__ is None or len(int.__doc__) > 0)

# round
print(round(15, -1), round(25, -1), round(-15, -1), round(1234, -2), round(7), round(7, 2))
print(type(round(7)), type(round(7.5)), round(2.5), round(3.5), round(-2.5))

# subclass of int
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
m = MyInt(5)
print(m, m + 1, type(m + 1), isinstance(m, int), m == 5, hash(m) == hash(5))
print(MyInt("12", 16), int(m), type(int(m)))

# int() of big strings
print(int("9" * 50), int("-" + "1" * 40, 2))
print(int("  0b1010  ", 0), int("0X_ff", 0))
t(int, "0b", 0)
t(int, "08", 0)

# Unicode digits and spaces
for s in ["٣", "١٢٣", " ٣ ", "\u2003 7\u3000", "٣x", "１２", "𝟘𝟙𝟚", "0x٣"]:
    try:
        print(repr(int(s)), repr(int(s, 16)))
    except ValueError as e:
        print(e)
