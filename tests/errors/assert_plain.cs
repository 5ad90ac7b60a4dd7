# A failed assert without a message: carets under the test expression.
x = 1
assert x == 2
