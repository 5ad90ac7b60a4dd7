# A conditional expression without else.
x = a if b
