#!/usr/bin/python3.11
# Writes test vectors for tests/unit/test_numfmt.c, with CPython computing every answer.
#
# Usage: numfmt_vectors.py [--seed N] [--count N] > vectors.txt
#
# Each line is tab-separated: a command, its arguments, and CPython's answer, "=" plus the
# text or "!" plus "Type: message" (see test_numfmt.c for the commands). Floats are written
# with float.hex(), fields escape backslash, tab, newline and control characters.
#
# The values favour the places where formatting code goes wrong: every exponent (subnormals
# included), powers of two (where the gap between doubles is uneven) and of ten, decimal
# halfway cases (2.675, 0.125), integers around 2**53, +-0, inf and nan. Specs are drawn
# from every part of the mini-language, plus a full sweep of the combinations on a few
# values, plus random junk so that the parser's error messages get compared too.
# --count sets the number of random cases per command (the sweeps are fixed).
import argparse
import itertools
import math
import random
import struct
import sys
import unicodedata

sys.set_int_max_str_digits(0)


def esc(s):
    out = []
    for ch in s:
        if ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ord(ch) < 0x20 or ord(ch) == 0x7f:
            out.append('\\x%02x' % ord(ch))
        else:
            out.append(ch)
    return ''.join(out)


def fhex(x):
    return x.hex() if math.isfinite(x) else repr(x)


def answer(fn):
    try:
        return '=' + fn()
    except (ValueError, OverflowError, TypeError) as e:
        return '!%s: %s' % (type(e).__name__, e)


def emit(*fields):
    line = '\t'.join(esc(f) for f in fields)
    sys.stdout.buffer.write(line.encode('utf-8', 'surrogatepass') + b'\n')


def from_bits(bits):
    return struct.unpack('<d', struct.pack('<Q', bits))[0]


SPECIAL_FLOATS = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324,
                  2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
                  -1.7976931348623157e308, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 1e16, 1e15,
                  9.999999999999999e15,
                  1e-4, 1e-5, 9.9999e-5, 0.0001, 123456789012345.0, 1234567890123456.0,
                  2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, 1e22, 1e23]

HALFWAY_STRINGS = ['2.675', '0.125', '0.375', '1.005', '2.5', '0.5', '1.5', '1234.5', '1235.5',
                   '0.045', '1.115', '5e-324', '2.5e-5', '9.5', '99.5', '0.95', '0.995']


def random_double(rng):
    roll = rng.random()
    if roll < 0.25:
        return from_bits(rng.getrandbits(64))
    if roll < 0.35:
        return rng.uniform(-1e6, 1e6)
    if roll < 0.45:
        return round(rng.uniform(-1000, 1000), rng.randint(0, 6))
    if roll < 0.55:
        k = rng.randint(0, 20)
        return float(rng.randint(-10**k, 10**k))
    if roll < 0.65:
        x = rng.choice([1, 2, 5, 9, 1.5, 2.5, 9.5, 1.25]) * 10.0 ** rng.randint(-325, 307)
        return rng.choice([x, -x, math.nextafter(x, math.inf), math.nextafter(x, 0)])
    if roll < 0.72:
        m = rng.randint(0, 10**6)
        x = (2 * m + 1) / 2 ** rng.randint(1, 12)
        return rng.choice([x, -x])
    if roll < 0.77:
        s = rng.choice(HALFWAY_STRINGS)
        return float(s) * rng.choice([1, -1])
    if roll < 0.85:
        return from_bits(rng.getrandbits(52) | (rng.getrandbits(1) << 63))   # subnormal
    if roll < 0.92:
        return math.ldexp(1.0, rng.randint(-1074, 1023)) * rng.choice([1, -1])
    return rng.choice(SPECIAL_FLOATS)


def random_int(rng):
    roll = rng.random()
    if roll < 0.3:
        return rng.randint(-1000, 1000)
    if roll < 0.6:
        return rng.randint(-10**rng.randint(1, 20), 10**rng.randint(1, 20))
    if roll < 0.7:
        return rng.choice([1, -1]) * (2**rng.randint(0, 130) + rng.randint(-1, 1))
    if roll < 0.8:
        return rng.choice([1, -1]) * 10**rng.randint(0, 60)
    if roll < 0.9:
        return rng.randint(0, 0x10ffff + 2)   # useful for 'c'
    return rng.choice([1, -1]) * rng.getrandbits(rng.randint(1, 1100))


FILLS = [' ', '*', '0', 'x', '€', '😀', '<', '=', '_', ',', '.', 'z', '#', '1', '\x00', '\t',
         'é', '+', '%']
FLOAT_TYPES = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']
INT_TYPES = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%']
STR_TYPES = ['', 's']
BAD_TYPES = ['d', 's', 'q', 'x', 'c', 'b', 'r', 'a', 'é', '€', '\x01', ' ', '\x7f']


def random_spec(rng, types):
    parts = []
    roll = rng.random()
    if roll < 0.35:
        pass
    elif roll < 0.6:
        parts.append(rng.choice('<>^='))
    else:
        parts.append(rng.choice(FILLS) + rng.choice('<>^='))
    if rng.random() < 0.4:
        parts.append(rng.choice('+- '))
    if rng.random() < 0.15:
        parts.append('z')
    if rng.random() < 0.2:
        parts.append('#')
    if rng.random() < 0.25:
        parts.append('0')
    if rng.random() < 0.5:
        parts.append(str(rng.choice([rng.randint(0, 12), rng.randint(0, 40), rng.randint(0, 150)])))
    if rng.random() < 0.3:
        parts.append(rng.choice([',', '_']))
    if rng.random() < 0.5:
        precision = rng.choice([rng.randint(0, 6), rng.randint(0, 20), rng.randint(0, 120),
                                rng.choice([300, 767, 800, 1074, 1100, 1200])])
        parts.append('.' + str(precision))
    if rng.random() < 0.95:
        parts.append(rng.choice(types) if rng.random() < 0.95 else rng.choice(BAD_TYPES))
    return ''.join(parts)


JUNK_ALPHABET = '<>^=+- z#0123456789,_.eEfFgGn%sdxXbcoqé€\x00١'


def junk_spec(rng):
    return ''.join(rng.choice(JUNK_ALPHABET) for _ in range(rng.randint(0, 7)))


def random_text(rng):
    alphabet = 'abc xyz' + 'é€😀日本' + '\t\n'
    return ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))


def sweep_specs(aligns, widths, precisions, types):
    for parts in itertools.product(aligns, ['', '+', '-', ' '], ['', 'z'], ['', '#'], ['', '0'],
                                   widths, ['', ',', '_'], precisions, types):
        yield ''.join(parts)


def gen_repr(rng, count):
    for k in range(-1074, 1024):
        x = math.ldexp(1.0, k)
        for y in (x, math.nextafter(x, 0), math.nextafter(x, math.inf)):
            emit('repr', fhex(y), '=' + repr(y))
    for k in range(-325, 309):
        x = float('1e%d' % k)
        emit('repr', fhex(x), '=' + repr(x))
    for x in SPECIAL_FLOATS:
        emit('repr', fhex(x), '=' + repr(x))
    for _ in range(count):
        x = random_double(rng)
        emit('repr', fhex(x), '=' + repr(x))


def gen_format(rng, count):
    for _ in range(count):
        x = random_double(rng)
        spec = random_spec(rng, FLOAT_TYPES)
        emit('format', fhex(x), spec, answer(lambda: format(x, spec)))
    for _ in range(count // 4):
        x = random_double(rng)
        spec = junk_spec(rng)
        emit('format', fhex(x), spec, answer(lambda: format(x, spec)))
    for x in [-1234.5678, 1e16]:
        for spec in sweep_specs(['', '<', '^', '=', '*>'], ['', '15'], ['', '.0', '.3'],
                                FLOAT_TYPES):
            emit('format', fhex(x), spec, answer(lambda: format(x, spec)))
    for x in [0.0, -0.0, math.inf, -math.inf, math.nan, -1e-9, 5e-324]:
        for spec in sweep_specs(['', '0<', '^'], ['', '9'], ['', '.2'], FLOAT_TYPES):
            emit('format', fhex(x), spec, answer(lambda: format(x, spec)))
    for spec in ['.2147483647e', '.2147483648f', '.9223372036854775807f',
                 '.9223372036854775808f', '9223372036854775808', '.', '10.', '1,_', '_,', ',,']:
        emit('format', fhex(1.5), spec, answer(lambda: format(1.5, spec)))
    # Percent overflowing to inf, the wrapped 'e' precision, digits past the exact expansion.
    for x, spec in [(1e308, '%'), (1e307, '.0%'), (-1e-9, 'z.2%'), (-0.0, 'z%'),
                    (1.5, '#.2147483647e'), (-1.5, '.2147483647E'), (0.0, '.2147483647e'),
                    (1e300, ',.2f'), (0.1, '#.1000g'), (5e-324, '.1100f'), (5e-324, '.770e'),
                    (5e-324, '#.800g'), (1.7976931348623157e308, ',.1080f'),
                    (1.5, '.2147483647g'), (0.1, '.2147483647'), (1e300, '.1000000000G')]:
        emit('format', fhex(x), spec, answer(lambda: format(x, spec)))


def gen_iformat(rng, count):
    for _ in range(count):
        n = random_int(rng)
        spec = random_spec(rng, INT_TYPES)
        emit('iformat', str(n), spec, answer(lambda: format(n, spec)))
    for _ in range(count // 4):
        n = random_int(rng)
        spec = junk_spec(rng)
        emit('iformat', str(n), spec, answer(lambda: format(n, spec)))
    for n in [-1234567, 0, 2**70 + 12345]:
        for spec in sweep_specs(['', '<', '^', '=', '*>'], ['', '17'], ['', '.2'],
                                ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', '%']):
            emit('iformat', str(n), spec, answer(lambda: format(n, spec)))
    for n in [10**400, -10**400, 2**1024 - 2**970, 2**1024 - 2**969]:
        for spec in ['e', 'f', '%', 'g', 'd', 'x']:
            emit('iformat', str(n), spec, answer(lambda: format(n, spec)))


def gen_sformat(rng, count):
    for _ in range(count):
        s = random_text(rng)
        spec = random_spec(rng, STR_TYPES)
        emit('sformat', s, spec, answer(lambda: format(s, spec)))
    for _ in range(count // 4):
        s = random_text(rng)
        spec = junk_spec(rng)
        emit('sformat', s, spec, answer(lambda: format(s, spec)))
    for spec in sweep_specs(['', '<', '^', '=', '€>'], ['', '9'], ['', '.2'], ['', 's', 'd']):
        emit('sformat', 'héllo', spec, answer(lambda: format('héllo', spec)))


def random_percent(rng, conversions):
    flags = ''.join(rng.choice('-+ #0') for _ in range(rng.choice([0, 0, 1, 2, 3])))
    width = rng.choice(['', '', str(rng.randint(0, 12)), str(rng.randint(0, 40))])
    precision = rng.choice(['', '', '.', '.' + str(rng.randint(0, 8)),
                            '.' + str(rng.randint(0, 60))])
    length = rng.choice(['', '', '', '', 'h', 'l', 'L'])
    return '%' + flags + width + precision + length + rng.choice(conversions)


def gen_percent(rng, count):
    for _ in range(count):
        x = random_double(rng)
        spec = random_percent(rng, 'eEfFgG')
        emit('pctf', spec, fhex(x), answer(lambda: spec % x))
    for _ in range(count):
        n = random_int(rng)
        spec = random_percent(rng, 'diuoxX')
        emit('pcti', spec, str(n), answer(lambda: spec % n))
    for _ in range(count // 4):
        s = random_text(rng)
        spec = random_percent(rng, 's')
        emit('pcts', spec, s, answer(lambda: spec % (s,)))
    for spec in ['%', '%5', '%-', '%.', '%5.', '%h', '%.5', '%#0', '%l', '%.99999999999f',
                 '%.2147483648f', '%.2147483647h', '%99999999999999999999f', '%5.3l',
                 '%.2147483647e', '%#.2147483647E', '%#.1000g', '%-+#0 12.0e',
                 '%.2147483647g', '%.2147483647G']:
        emit('pctf', spec, fhex(1.5), answer(lambda: spec % 1.5))


def gen_round(rng, count):
    for _ in range(count):
        roll = rng.random()
        if roll < 0.3:
            s = '%d.%s5' % (rng.randint(0, 10**rng.randint(0, 8)),
                            ''.join(rng.choice('0123456789') for _ in range(rng.randint(0, 8))))
            x = float(s) * rng.choice([1, -1])
            n = len(s.split('.')[1]) - 1
        elif roll < 0.45:
            x = float(rng.randint(-10**rng.randint(1, 25), 10**rng.randint(1, 25)))
            x = rng.choice([x, x + 0.5])
            n = -rng.randint(0, 26)
        else:
            x = random_double(rng)
            if math.isfinite(x) and x != 0:
                e10 = math.floor(math.log10(abs(x)))
                n = rng.choice([-e10 + rng.randint(-3, 20), rng.randint(-400, 400),
                                rng.randint(-20, 20)])
            else:
                n = rng.randint(-400, 400)
        emit('round', fhex(x), str(n), answer(lambda: fhex(round(x, n))))
    for x in [1.7976931348623157e308, -1.7976931348623157e308, 9.5e307, 5e307, 4.9e307]:
        for n in [-309, -308, -307, -306, -300, 0, 5]:
            emit('round', fhex(x), str(n), answer(lambda: fhex(round(x, n))))
    for x in [5e-324, 1e-323, 4.4e-323, 2.2250738585072014e-308]:
        for n in [322, 323, 324, 325, 308, 307]:
            emit('round', fhex(x), str(n), answer(lambda: fhex(round(x, n))))


UNICODE_SPACES = [c for c in map(chr, range(0x80, 0x3001)) if c.isspace()]
DIGIT_ZEROS = [cp for cp in range(0x80, 0x110000)
               if unicodedata.decimal(chr(cp), -1) == 0]


def mutate_number(rng, s):
    roll = rng.random()
    if roll < 0.2:
        s = s.replace('e', 'E')
    if rng.random() < 0.2 and not s.startswith('-'):
        s = '+' + s
    if rng.random() < 0.3:
        # Underscores between digits (valid), sometimes next to other characters (invalid).
        chars = list(s)
        i = rng.randrange(len(chars) + 1)
        chars.insert(i, '_')
        if rng.random() < 0.3:
            chars.insert(rng.randrange(len(chars) + 1), '_')
        s = ''.join(chars)
    if rng.random() < 0.2:
        zero = rng.choice(DIGIT_ZEROS)
        s = ''.join(chr(zero + int(c)) if c.isdigit() and rng.random() < 0.5 else c for c in s)
    if rng.random() < 0.3:
        pads = [' ', '\t', '\n', '\x0b', '\x0c', '\r', '\x1c'] + UNICODE_SPACES
        s = ''.join(rng.choice(pads) for _ in range(rng.randint(0, 2))) + s + \
            ''.join(rng.choice(pads) for _ in range(rng.randint(0, 2)))
    return s


PARSE_FIXED = ['inf', '-inf', '+inf', 'Infinity', '-iNfInItY', 'infinit', 'infinity_', 'nan',
               '-nan', '+NaN', 'nan(1)', 'in_f', '0x1p3', '0x10', '1e', '1e+', '.', 'e5', '.e5',
               '5.', '.5', '+.5e-3', '1_0', '1__0', '_1', '1_', '1_.5', '1._5', '1e_5', '1e1_0',
               '0_0.0_0e0_0', '1\x002', '', ' ', '1 2', '+-1', '--1', '+ 1', '1e400', '-1e400',
               '1e-400', '-1e-400', '0' * 400 + '1', '1' + '0' * 400, '0.' + '0' * 400 + '1e400',
               '1.5D0', '1,5', '\u00a01.5\u2003', '١٢.٥', '1\u200b', '٫5', 'ー1',
               '1e99999999999999999999', '1e-99999999999999999999', '0e99999999999999999999',
               '2.4703282292062328e-324', '2.4703282292062327e-324', '1.7976931348623158e308',
               '1.7976931348623159e308', '\x1c1', '1\x1f', '1.5\x85', '１２']


def gen_parse(rng, count):
    for s in PARSE_FIXED:
        emit('parse', s, answer(lambda: fhex(float(s))))
    alphabet = '0123456789._eE+- infatyINFx\t'
    for _ in range(count):
        roll = rng.random()
        if roll < 0.6:
            s = mutate_number(rng, repr(random_double(rng)))
        elif roll < 0.8:
            s = mutate_number(rng, '%.*e' % (rng.randint(0, 25), random_double(rng)))
        else:
            s = ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        emit('parse', s, answer(lambda: fhex(float(s))))


def gen_tables(rng, count):
    points = set()
    for zero in DIGIT_ZEROS:
        points.update(range(zero - 1, zero + 11))
    points.update(range(0, 0x100))
    points.update(range(0x1fff, 0x2030))
    points.update(rng.randrange(0x110000) for _ in range(count // 4))
    for cp in sorted(points):
        emit('digit', str(cp), '=%d' % unicodedata.decimal(chr(cp), -1))
        emit('space', str(cp), '=%d' % chr(cp).isspace())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--seed', type=int, default=2024)
    parser.add_argument('--count', type=int, default=20000)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    gen_repr(rng, args.count)
    gen_format(rng, args.count * 2)
    gen_iformat(rng, args.count * 2)
    gen_sformat(rng, args.count // 2)
    gen_percent(rng, args.count)
    gen_round(rng, args.count)
    gen_parse(rng, args.count)
    gen_tables(rng, args.count)


main()
