# Dict and set displays.
a = {}
b = {1: 2}
c = {1: 2, 3: 4,}
d = {**x}
e = {**x, 1: 2, **y}
f = {1}
g = {1, 2, 3,}
h = {*a, *b}
i = {'key': [1, 2], 'nested': {'a': 1}}
j = {x: y for x, y in z}
k = {x for x in y}
l = {(a, b): c}
