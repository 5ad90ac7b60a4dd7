# Unary operators stack and bind tighter than binary ones.
a = -x
b = +x
c = ~x
d = - - x
e = -+~x
f = not x
g = not not x
h = -x ** -y
i = await_ = -(-x)
