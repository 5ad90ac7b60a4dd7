# Starred expressions in displays, calls and targets.
a = [*x, *y]
b = (*x, 1)
c = *x, *y
d = {*x}
f(*x, *y)
*a, b = c
a, *b = c
[a, *b] = c
(a, *b), c = d
for *a, b in c:
    pass
x = *a, b
return_ = [*range(3)]
