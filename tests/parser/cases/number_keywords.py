# A keyword may follow a number without a space.
a = 1if x else 2
b = [0x1for x in y]
c = 1or 2
d = 1and 2
e = 1in x
f = 1is not 2
g = 1.0if x else 2
h = 1jif x else 2
