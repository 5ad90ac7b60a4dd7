# Self-documenting fields: f'{x=}'.
a = f'{x=}'
b = f'{x = }'
c = f'{x=!s}'
d = f'{x=:>5}'
e = f'{x=!r:^8}'
f = f'before {x+1=} after'
