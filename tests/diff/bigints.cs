# Arbitrary-precision ints: arithmetic across the 64-bit boundary,
# division and modulo signs, powers, shifts and bitwise ops on negatives,
# hashing (equal to float hashes where equal), str/int round trips in
# several bases, comparisons with floats, and conversions that overflow.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

big = 2 ** 100
print(big, -big, big + 1, big - 1, big * big, big // 3, big % 7, -big // 3, -big % 7)
print(2 ** 63, 2 ** 63 - 1, -2 ** 63, -2 ** 63 - 1, 2 ** 64, (2 ** 63 - 1) + 1, -(-2 ** 63))
i64max = 9223372036854775807
print(i64max + 1, i64max * 2, -i64max - 2, i64max * -i64max, abs(-i64max - 1), (-i64max - 1) // -1)
print((-i64max - 1) % -1, divmod(-i64max - 1, -1), (-i64max - 1) * -1, -(-i64max - 1))
print(10 ** 30 // 10 ** 15, 10 ** 30 % (10 ** 15 + 7), divmod(10 ** 40, -(10 ** 20 + 3)), divmod(-(10 ** 40), 10 ** 20 + 3))
print(3 ** 200, (-3) ** 101, 7 ** 0, 0 ** 50, (-1) ** (10 ** 20), 1 ** (10 ** 30))
print(pow(3, 10 ** 5, 10 ** 9 + 7), pow(2, 2 ** 70, 97), pow(-5, 3, 7), pow(5, -1, 2 ** 61 - 1))
print(big >> 50, big << 50, -big >> 99, -big >> 100, -big >> 101, -1 >> 200, 1 << 200 >> 199)
print(big & (big - 1), big | 1, big ^ (big + 5), ~big, -big & 0xFFFF, -big | 3, (2 ** 70 - 1) & -(2 ** 40))
print((-2 ** 100) ^ (2 ** 99), (-(10 ** 20)) & (10 ** 20 - 1), (-(10 ** 20)) | -(10 ** 19))
print(big.bit_length(), (-big).bit_length(), (big - 1).bit_count(), big.to_bytes(13, "big"), int.from_bytes(b"\x01" + b"\x00" * 12, "big") == big)
print((-big).to_bytes(14, "little", signed=True), int.from_bytes(b"\xff" * 20, "big", signed=True))

# hashing
print(hash(big) == hash(float(big)), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61), hash(2 ** 64 + 5), hash(-(2 ** 64)))
print(hash(10 ** 30) == hash(10 ** 30), {big: 1}[2 ** 100], {2 ** 64: "a", 2.0 ** 64: "b"})

# str/int round trips
for n in [0, 1, -1, big, -big, 10 ** 50 + 12345, -(10 ** 19), 2 ** 64 - 1]:
    s = str(n)
    assert int(s) == n
    print(s, hex(n), oct(n), bin(n)[:20], int(hex(n), 16) == n, int(oct(n), 0) == n, int(bin(n), 2) == n)
print(int("1" * 60), int("-" + "f" * 30, 16), int("z" * 20, 36), int("0b" + "1" * 100, 0) == 2 ** 100 - 1)
print(format(big, ","), format(big, "_x"), format(-big, "e"), format(big, ".3e"), f"{big:>40}", f"{-big:+}")
print("%d %x %o %e" % (big, big, big, big), repr(big), str(-big)[:10], len(str(3 ** 1000)))
print(int(" -12345678901234567890123 "), int("1_000_000_000_000_000_000_000"), int(1e30), int(-1.5e25))

# comparisons with floats are exact
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float("inf"))
print(big == float(big), big + 1 == float(big), big - 1 < float(big), float(2 ** 1023) == 2 ** 1023, 2 ** 1024 > 1.7976931348623157e308)
print(sorted([big, 1.5, -big, 0, 2 ** 64, 1e30]), max(10 ** 20, 1e20), min(-(10 ** 20), -1e20))

# conversions and overflow
print(float(2 ** 100), float(-(2 ** 1023)), big / 2, big / big, 10 ** 30 / 10 ** 10, (10 ** 400) // (10 ** 399))
t(lambda: float(2 ** 1024))
t(lambda: 2 ** 1024 / 1)
t(lambda: 1 / 2 ** 2000)
t(lambda: 10 ** 400 * 1.0)
t(lambda: (10 ** 400) / 7)
t(lambda: [0] * (2 ** 63))
t(lambda: "x" * 2 ** 64)
t(lambda: [1, 2][2 ** 64])
t(lambda: chr(2 ** 64))
t(lambda: (1).to_bytes(2 ** 64, "big"))
t(lambda: round(big, -5))
t(lambda: round(123456789012345678901234567890, -10))
t(lambda: int("9" * 5000))
t(lambda: str(10 ** 5000))
print(len(str(10 ** 4000)), 10 ** 4299 > 0)

# integer division correctness around powers of two
for a in [2 ** 64, 2 ** 64 - 1, -(2 ** 64), 3 ** 50]:
    for b in [3, -3, 2 ** 32, -(2 ** 33) + 1, 10 ** 12 + 39]:
        q, r = divmod(a, b)
        assert q * b + r == a and (r == 0 or (r < 0) == (b < 0)) and abs(r) < abs(b)
        print(q, r, end=" ")
    print()

# factorial and fibonacci
f = 1
for k in range(1, 51):
    f *= k
print(f, f % (10 ** 9 + 7), len(str(f)))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a, a.bit_length())
print(sum(range(10 ** 6)) * 10 ** 12, (10 ** 20) ** 3, (-7) ** 33, 2 ** -2, (2 ** 100) ** -1)
print(int.__add__(big, 1), (big).__floordiv__(3), (big).__rpow__(2) if False else "", big.__neg__())
print(True + 2 ** 64, False * big, big * True, -True * big)
