# and / or / not: flattened chains and precedence.
a = x and y
b = x or y
c = x and y and z
d = x or y or z
e = x and y or z
f = x or y and z
g = not x and not y
h = (x or y) and z
i = x and (y or z) and w
