# Assigning to a yield expression.
x = yield = 1
