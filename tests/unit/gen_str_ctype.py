# Prints the tables of runtime/str_ctype.c from the Unicode database of the
# Python that runs it (3.11: Unicode 14.0), so that str.isalpha(), .upper(),
# .casefold() and the rest agree with CPython's.
#
# Usage: python3.11 tests/unit/gen_str_ctype.py > /tmp/tables.c
# then replace the block between the "generated tables" markers in
# runtime/str_ctype.c with the output.
#
# Ranges may swallow unassigned code points (category Cn) when that keeps
# a run going: no script can rely on the properties of an unassigned code
# point, and it keeps the tables a quarter of their size.
import unicodedata

LIMIT = 0x110000


def ranges(value_of):
    """Rows [first, last, value] for non-ASCII code points with a true value."""
    rows = []
    for cp in range(0x80, LIMIT):
        ch = chr(cp)
        if unicodedata.category(ch) == 'Cn':
            continue
        v = value_of(cp)
        if rows and rows[-1][2] == v:
            rows[-1][1] = cp
        else:
            rows.append([cp, cp, v])
    return [r for r in rows if r[2]]


def single(s):
    return ord(s) if len(s) == 1 else None


def delta_runs(mapping, wanted=None):
    """Runs [first, last, delta, stride] of code points whose one-character
    mapping is cp + delta, every code point (stride 1) or every other one
    (stride 2). Only code points that change are listed, or those `wanted`
    says when it is given (a delta may then be 0)."""
    runs = []
    for cp in range(LIMIT):
        m = single(mapping(chr(cp)))
        if m is None or (m == cp if wanted is None else not wanted(cp)):
            continue
        d = m - cp
        if runs:
            r = runs[-1]
            gap = cp - r[1]
            if r[2] == d and gap in (1, 2) and (r[3] == gap or r[0] == r[1]):
                r[1] = cp
                r[3] = gap
                continue
        runs.append([cp, cp, d, 1])
    return runs


def is_title_char(cp):
    return unicodedata.category(chr(cp)) == 'Lt'


def simple(runs, cp):
    for first, last, delta, stride in runs:
        if first <= cp <= last and (cp - first) % stride == 0:
            return chr(cp + delta)
    return chr(cp)


def emit_ranges(name, rows, fmt):
    print('static const %s[] = {' % name)
    cells = [fmt(r) for r in rows]
    for i in range(0, len(cells), 3):
        print('    ' + ' '.join(cells[i:i + 3]))
    print('};')
    print()


def cps_literal(s):
    return '{' + ', '.join('0x%04X' % ord(c) for c in s) + '}'


def main():
    print('// --- generated tables: tests/unit/gen_str_ctype.py ---')
    print()
    emit_ranges('Range alpha_ranges', ranges(lambda cp: chr(cp).isalpha()),
                lambda r: '{0x%04X, 0x%04X},' % (r[0], r[1]))

    def numeric_kind(cp):
        ch = chr(cp)
        return 1 if ch.isdecimal() else 2 if ch.isdigit() else 3 if ch.isnumeric() else 0
    kinds = {1: 'DECIMAL', 2: 'DIGIT', 3: 'NUMERIC'}
    emit_ranges('KindRange numeric_ranges', ranges(numeric_kind),
                lambda r: '{0x%04X, 0x%04X, %s},' % (r[0], r[1], kinds[r[2]]))

    upper = delta_runs(str.upper)
    lower = delta_runs(str.lower)
    fmt_run = lambda r: '{0x%04X, 0x%04X, %d, %d},' % tuple(r)
    emit_ranges('CaseRun upper_runs', upper, fmt_run)
    emit_ranges('CaseRun lower_runs', lower, fmt_run)
    # casefold() where it differs from lower() by a single code point.
    fold = delta_runs(str.casefold, lambda cp: chr(cp).casefold() != chr(cp).lower())
    emit_ranges('CaseRun fold_runs', fold, fmt_run)

    # Where islower()/isupper() differ from "has a mapping to the other case".
    def case_exception(cp):
        ch = chr(cp)
        lo = ch.upper() != ch and not is_title_char(cp)
        up = ch.lower() != ch and not is_title_char(cp)
        return (lo != ch.islower()) * 1 + (up != ch.isupper()) * 2
    emit_ranges('KindRange case_exceptions', ranges(case_exception),
                lambda r: '{0x%04X, 0x%04X, %d},' % tuple(r))

    # Full mappings the runs cannot express.
    special = []
    for cp in range(LIMIT):
        ch = chr(cp)
        if ch.upper() != simple(upper, cp):
            special.append((cp, 'MAP_UPPER', ch.upper()))
        if ch.lower() != simple(lower, cp):
            special.append((cp, 'MAP_LOWER', ch.lower()))
        if ch.title() != ch.upper():
            special.append((cp, 'MAP_TITLE', ch.title()))
        if ch.casefold() != ch.lower() and len(ch.casefold()) > 1:
            special.append((cp, 'MAP_FOLD', ch.casefold()))
    special.sort()
    print('static const SpecialCase special_cases[] = {')
    for cp, kind, s in special:
        print('    {0x%04X, %s, %d, %s},' % (cp, kind, len(s), cps_literal(s)))
    print('};')
    print()
    print('// --- end of generated tables ---')


main()
