# Conversions !r, !s, !a.
a = f'{x!r} {y!s} {z!a}'
b = f'{x!r:>10}'
c = f'{x != y}'
d = f'{x <= y} {x >= y} {x == y} {x < y} {x > y}'
