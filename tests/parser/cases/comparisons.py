# Comparisons, including chains and two-word operators.
a = x < y
b = x < y <= z > w >= v == u != t
c = x in y
d = x not in y
e = x is y
f = x is not y
g = a is not b not in c
h = 1 < x + 1 < 3
