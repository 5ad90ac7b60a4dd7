# Bitwise and shift operators.
a = x | y ^ z & w
b = x << 2 >> 1
c = x & y | z
d = ~x & ~y
e = x | y | z
f = x ^ y << 1 + 2
