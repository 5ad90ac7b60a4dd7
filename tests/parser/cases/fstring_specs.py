# Format specs, including nested fields.
a = f'{x:>10}'
b = f'{x:{width}}'
c = f'{x:{width}.{precision}f}'
d = f'{x:}'
e = f'{x!r:}'
f = f'{value:0{width}d} tail'
g = f'{x:%Y-%m-%d}'
