#!/usr/bin/python3.11
# Writes test vectors for tests/unit/test_bignum.c, with CPython computing every answer.
#
# Usage: bignum_vectors.py [--seed N] [--count N] > vectors.txt
#
# Each line is "op arg... = expected". Ints are signed hex ("-1f"), byte strings "b:" plus
# hex pairs, floats the hex of their IEEE-754 bits, and errors a word (zerodiv, overflow,
# negative, notinv, invalid). Operands run from 0 to 300 base-2^32 digits, both signs, and
# favour the values where carries, borrows and Knuth division's corrections happen:
# +-2**63, +-2**64, powers of two plus or minus one, and digits of all ones or all zeros.
import argparse
import math
import random
import struct
import sys

sys.set_int_max_str_digits(0)

EDGES = [0, 1, -1, 2, -2, 2**31, 2**32 - 1, 2**32, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
         2**64 - 1, 2**64, -2**64, 2**64 + 1, 2**96, 2**128 - 1, -2**128]

# Digits that make carries and quotient-digit estimates go wrong when code has a bug.
SPECIAL_DIGITS = [0, 1, 2, 0x7FFFFFFF, 0x80000000, 0x80000001, 0xFFFFFFFE, 0xFFFFFFFF]


def hexint(x):
    return '-' + format(-x, 'x') if x < 0 else format(x, 'x')


def float_bits(f):
    return format(struct.unpack('<Q', struct.pack('<d', f))[0], 'x')


def random_size(rng, limit=300):
    roll = rng.random()
    if roll < 0.4 or limit <= 4:
        return rng.randint(0, min(4, limit))
    if roll < 0.7 or limit <= 60:
        return rng.randint(5, min(60, limit))
    return rng.randint(60, limit)


def random_int(rng, limit=300):
    kind = rng.random()
    if kind < 0.08:
        return rng.choice(EDGES)
    if kind < 0.18:
        # A power of two, plus or minus a little.
        x = (1 << rng.randint(0, 32 * random_size(rng, limit) + 1)) + rng.randint(-2, 2)
    else:
        n = random_size(rng, limit)
        if kind < 0.35:
            digits = [rng.choice(SPECIAL_DIGITS) for _ in range(n)]
        else:
            digits = [rng.getrandbits(32) for _ in range(n)]
        x = sum(d << (32 * i) for i, d in enumerate(digits))
    return -x if rng.random() < 0.5 else x


def random_i64(rng):
    return rng.choice([0, 1, -1, 2**63 - 1, -2**63, 2**32, -2**32, rng.getrandbits(31),
                       rng.randint(-2**63, 2**63 - 1)])


def to_base(x, base):
    """|x| in base 2..36, lowercase, as bignum_to_str prints it."""
    x = abs(x)
    if base in (2, 8, 10, 16):
        return format(x, {2: 'b', 8: 'o', 10: 'd', 16: 'x'}[base])
    chars = '0123456789abcdefghijklmnopqrstuvwxyz'
    out = []
    while True:
        x, d = divmod(x, base)
        out.append(chars[d])
        if x == 0:
            return ''.join(reversed(out))


def arithmetic(rng, out):
    a, b = random_int(rng), random_int(rng)
    op = rng.choice(['add', 'sub', 'mul', 'and', 'or', 'xor', 'gcd', 'cmp'])
    result = {'add': a + b, 'sub': a - b, 'mul': a * b, 'and': a & b, 'or': a | b,
              'xor': a ^ b, 'gcd': math.gcd(a, b)}.get(op)
    if op == 'cmp':
        out.append(f'cmp {hexint(a)} {hexint(b)} = {(a > b) - (a < b)}')
    else:
        out.append(f'{op} {hexint(a)} {hexint(b)} = {hexint(result)}')


def division(rng, out):
    a = random_int(rng)
    b = random_int(rng, 150) if rng.random() < 0.9 else 0
    if rng.random() < 0.3 and b != 0:
        # Quotients with few digits, where the remainder fix-ups matter most.
        a = b * random_int(rng, 3) + random_int(rng, len(hexint(b)) // 8 + 1)
    if b == 0:
        for op in ('divmod', 'floordiv', 'mod'):
            out.append(f'{op} {hexint(a)} 0 = zerodiv')
        return
    q, r = divmod(a, b)
    out.append(f'divmod {hexint(a)} {hexint(b)} = {hexint(q)} {hexint(r)}')
    out.append(f'floordiv {hexint(a)} {hexint(b)} = {hexint(q)}')
    out.append(f'mod {hexint(a)} {hexint(b)} = {hexint(r)}')


def unary(rng, out):
    unary_vectors(random_int(rng), out)


def unary_vectors(a, out):
    out.append(f'neg {hexint(a)} = {hexint(-a)}')
    out.append(f'abs {hexint(a)} = {hexint(abs(a))}')
    out.append(f'invert {hexint(a)} = {hexint(~a)}')
    out.append(f'copy {hexint(a)} = {hexint(a)}')
    out.append(f'sign {hexint(a)} = {(a > 0) - (a < 0)}')
    out.append(f'hash {hexint(a)} = {hash(a)}')
    out.append(f'bitlen {hexint(a)} = {a.bit_length()}')
    out.append(f'bitcount {hexint(a)} = {a.bit_count()}')
    i64 = str(a) if -2**63 <= a < 2**63 else 'overflow'
    out.append(f'toi64 {hexint(a)} = {i64}')
    u64 = str(a) if 0 <= a < 2**64 else 'overflow'
    out.append(f'tou64 {hexint(a)} = {u64}')
    try:
        f = float_bits(float(a))
    except OverflowError:
        f = 'overflow'
    out.append(f'tofloat {hexint(a)} = {f}')


def with_i64(rng, out):
    a, b = random_int(rng), random_i64(rng)
    out.append(f'add_i64 {hexint(a)} {b} = {hexint(a + b)}')
    out.append(f'sub_i64 {hexint(a)} {b} = {hexint(a - b)}')
    out.append(f'mul_i64 {hexint(a)} {b} = {hexint(a * b)}')
    out.append(f'cmp_i64 {hexint(a)} {b} = {(a > b) - (a < b)}')
    out.append(f'fromi64 {b} = {hexint(b)}')
    u = rng.choice([0, 1, 2**64 - 1, 2**63, rng.getrandbits(64)])
    out.append(f'fromu64 {u} = {hexint(u)}')


def shifts(rng, out):
    a = random_int(rng)
    n = rng.choice([0, 1, 31, 32, 33, 63, 64, 65, rng.randint(0, 10000)])
    out.append(f'lshift {hexint(a)} {n} = {hexint(a << n)}')
    out.append(f'rshift {hexint(a)} {n} = {hexint(a >> n)}')


def powers(rng, out):
    if rng.random() < 0.15:
        a = rng.choice([0, 1, -1])
        e = rng.choice([0, 1, 2, 3, 2**63, 2**64 - 1, 2**64 - 2])
        out.append(f'pow {hexint(a)} {e} = {hexint(a ** e)}')
        return
    if rng.random() < 0.5:
        a, e = random_int(rng, 20), rng.randint(0, 40)
    else:
        a, e = rng.randint(-1000, 1000), rng.randint(0, 3000)
    out.append(f'pow {hexint(a)} {e} = {hexint(a ** e)}')


def modular(rng, out):
    a, e, m = random_int(rng, 40), abs(random_int(rng, 8)), random_int(rng, 40)
    if rng.random() < 0.1:
        m = rng.choice([1, -1, 2, -2, 0])
    if rng.random() < 0.1:
        e = rng.choice([0, 1])
    expected = hexint(pow(a, e, m)) if m != 0 else 'zerodiv'
    out.append(f'powmod {hexint(a)} {hexint(e)} {hexint(m)} = {expected}')
    if rng.random() < 0.5:
        m = random_int(rng, 40)
        if rng.random() < 0.5 and m not in (0, 1, -1):
            m = abs(m) | 1  # odd moduli make invertible cases common
    if m == 0:
        expected = 'zerodiv'
    else:
        try:
            expected = hexint(pow(a, -1, m))
        except ValueError:
            expected = 'notinv'
    out.append(f'modinv {hexint(a)} {hexint(m)} = {expected}')


def floats(rng, out):
    # int -> float near the rounding boundaries: 53 significant bits and a tail that is
    # exactly half, just above or just below.
    top = rng.getrandbits(53) | (1 << 52)
    shift = rng.randint(1, 1000)
    tail = rng.choice([0, 1 << (shift - 1), (1 << (shift - 1)) + 1, (1 << (shift - 1)) - 1,
                       rng.getrandbits(shift)])
    a = (top << shift) + tail
    a = -a if rng.random() < 0.5 else a
    try:
        f = float_bits(float(a))
    except OverflowError:
        f = 'overflow'
    out.append(f'tofloat {hexint(a)} = {f}')
    # float -> int, truncating toward zero.
    bits = rng.getrandbits(64)
    if (bits >> 52) & 0x7FF == 0x7FF:
        bits ^= 1 << 62
    d = struct.unpack('<d', struct.pack('<Q', bits))[0]
    out.append(f'fromfloat {format(bits, "x")} = {hexint(int(d))}')
    # int / int, including results that overflow, underflow or land among subnormals.
    a = random_int(rng, 40)
    b = random_int(rng, 40)
    if rng.random() < 0.4:
        b = (rng.getrandbits(rng.randint(1, 70)) | 1) << rng.randint(1000, 1150)
        a = rng.getrandbits(rng.randint(0, 80))
    elif rng.random() < 0.3:
        a = rng.getrandbits(rng.randint(1000, 1100)) | 1
        b = rng.getrandbits(rng.randint(1, 90)) | 1
    if rng.random() < 0.5:
        a = -a
    try:
        expected = float_bits(a / b)
    except ZeroDivisionError:
        expected = 'zerodiv'
    except OverflowError:
        expected = 'overflow'
    out.append(f'truediv {hexint(a)} {hexint(b)} = {expected}')


def text(rng, out):
    a = random_int(rng, 120)
    base = rng.choice([2, 8, 10, 16, 10, 10, rng.randint(2, 36)])
    out.append(f'tostr {hexint(a)} {base} = {to_base(a, base)}')
    # Parsing: digits in either case with single underscores between them.
    digits = to_base(a, base)
    chars = []
    for i, c in enumerate(digits):
        if i > 0 and rng.random() < 0.05:
            chars.append('_')
        chars.append(c.upper() if rng.random() < 0.3 else c)
    s = ''.join(chars)
    assert int(s, base) == abs(a)
    out.append(f'fromstr {base} {s} = {hexint(abs(a))}')
    # Broken texts: misplaced underscores, characters outside the base.
    bad = rng.choice(['_' + s, s + '_', s[:1] + '__' + s[1:], s + '#', '-' + s, s + '.5',
                      s + '\u00e9', s + 'z' if base < 36 else s + '!', '-'])
    out.append(f'fromstr {base} {bad} = invalid')


def bytes_vectors(rng, out):
    a = random_int(rng, 12)
    order = rng.choice(['little', 'big'])
    signed = rng.random() < 0.5
    needed = (a.bit_length() + (8 if signed else 7)) // 8
    length = max(0, needed + rng.choice([-1, 0, 0, 1, 5]))
    try:
        expected = 'b:' + a.to_bytes(length, order, signed=signed).hex()
    except OverflowError as e:
        expected = 'negative' if 'negative' in str(e) else 'overflow'
    out.append(f'tobytes {hexint(a)} {length} {order} {int(signed)} = {expected}')
    raw = bytes(rng.choice([0, 0xFF, 0x80, 0x7F, rng.getrandbits(8)])
                for _ in range(rng.randint(0, 40)))
    value = int.from_bytes(raw, order, signed=signed)
    out.append(f'frombytes b:{raw.hex()} {order} {int(signed)} = {hexint(value)}')


def fixed(out):
    # Edge values that every unary and binary operation should meet at least once.
    for a in EDGES:
        unary_vectors(a, out)
        for b in EDGES:
            out.append(f'add {hexint(a)} {hexint(b)} = {hexint(a + b)}')
            out.append(f'sub {hexint(a)} {hexint(b)} = {hexint(a - b)}')
            out.append(f'mul {hexint(a)} {hexint(b)} = {hexint(a * b)}')
            out.append(f'and {hexint(a)} {hexint(b)} = {hexint(a & b)}')
            out.append(f'xor {hexint(a)} {hexint(b)} = {hexint(a ^ b)}')
            if b != 0:
                q, r = divmod(a, b)
                out.append(f'divmod {hexint(a)} {hexint(b)} = {hexint(q)} {hexint(r)}')
    for a, b in [(-1, 0xFF), (-12, 5)]:
        out.append(f'and {hexint(a)} {hexint(b)} = {hexint(a & b)}')
        out.append(f'xor {hexint(a)} {hexint(b)} = {hexint(a ^ b)}')
    out.append(f'rshift {hexint(-5)} 1 = {hexint(-3)}')
    # Hashes around the modulus 2**61 - 1.
    for a in (2**61 - 2, 2**61 - 1, 2**61, 2**122, -(2**61 - 1), -(2**61) - 1):
        out.append(f'hash {hexint(a)} = {hash(a)}')
    # Float rounding at the top of the range.
    for a in (2**1024 - 2**970 - 1, 2**1024 - 2**970, 2**1024 - 2**971, 2**1023, 2**1024):
        try:
            f = float_bits(float(a))
        except OverflowError:
            f = 'overflow'
        out.append(f'tofloat {hexint(a)} = {f}')
    # Byte conversions at the signed boundaries.
    for a, n in ((-128, 1), (127, 1), (128, 1), (-129, 1), (0, 0), (-1, 0), (255, 1)):
        for signed in (0, 1):
            try:
                e = 'b:' + a.to_bytes(n, 'big', signed=bool(signed)).hex()
            except OverflowError as err:
                e = 'negative' if 'negative' in str(err) else 'overflow'
            out.append(f'tobytes {hexint(a)} {n} big {signed} = {e}')
    out.append('frombytes b: big 1 = 0')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--seed', type=int, default=2024)
    parser.add_argument('--count', type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = []
    fixed(out)
    generators = [arithmetic, arithmetic, division, division, unary, with_i64, shifts, powers,
                  modular, floats, text, bytes_vectors]
    for _ in range(args.count):
        for gen in generators:
            gen(rng, out)
    sys.stdout.buffer.write(('\n'.join(out) + '\n').encode('utf-8'))


if __name__ == '__main__':
    main()
