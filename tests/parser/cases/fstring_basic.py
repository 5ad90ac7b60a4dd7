# f-strings: fields, literal text, doubled braces.
name = 'x'
a = f'hello {name}'
b = f"{name}"
c = f'{name} and {name}!'
d = F'{{literal}} {name} }}{{'
e = f''
f = f'no fields'
g = f'{1 + 2} {name.upper()} {items[0]} {a if b else c}'
h = f'{ name }'
i = rf'\n{name}', fr'{name}\d', Rf'x', fR'y'
