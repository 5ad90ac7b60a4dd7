# A binary operation with parenthesized operands.
a = 1
b = (a) + ("x")
