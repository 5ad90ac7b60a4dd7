# Arithmetic operators and their precedence.
a = 1 + 2 - 3
b = 1 + 2 * 3
c = (1 + 2) * 3
d = 7 / 2 // 3 % 4
e = a @ b
f = a * b @ c / d
g = a - b - c
h = 2 ** 3 ** 2
i = -2 ** 2
j = 2 ** -1
k = a + b * c ** d - e / f
