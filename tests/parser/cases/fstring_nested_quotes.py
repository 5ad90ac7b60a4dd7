# Quotes of another kind inside fields, and f-strings inside fields.
a = f"{d['key']}"
b = f'{d["key"]}'
c = f"""{d['a'] + d["b"]}"""
d = f'{f"{x}"}'
e = f'{"{"}'
f = f'{x:{"<"}10}'
g = f'{ {"a": 1}["a"] }'
h = f'{[1, 2, 3][0]}'
