# Prints the table of character classes in runtime/unicode.c from the
# Unicode database of the Python that runs it (3.11: Unicode 14.0).
#
# Usage: python3.11 tests/unit/gen_unicode_table.py
# The code points from U+0080 up fall into runs of one class: IDENT (may
# appear in an identifier), SYMBOL (printable, but not in identifiers) or
# NONPRINT (not printable; unassigned code points included). Each entry is
# the first code point of a run shifted left by two, or'ed with its class.
import unicodedata

IDENT, SYMBOL, NONPRINT = 0, 1, 2


def char_class(cp):
    ch = chr(cp)
    if 0xD800 <= cp < 0xE000:
        return NONPRINT
    if ('a' + ch).isidentifier():
        return IDENT
    return SYMBOL if ch.isprintable() else NONPRINT


runs = []
for cp in range(0x80, 0x110000):
    cls = char_class(cp)
    if not runs or runs[-1][1] != cls:
        runs.append((cp, cls))

cells = ['0x%07X' % (cp << 2 | cls) for cp, cls in runs]
for i in range(0, len(cells), 8):
    print('    ' + ', '.join(cells[i:i + 8]) + ',')
