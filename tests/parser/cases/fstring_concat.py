# f-strings concatenated with plain literals.
a = 'plain ' f'{x}' ' more'
b = f'{x}' 'tail'
c = 'head' f'{x}'
d = u'u' f'{x}' 'y'
e = 'a' f''
f = f'{x}' f'{y}' f'{z:{w}}'
g = 'a' 'b' f'c{d}e' 'f'
