# AttributeError in the test of a conditional expression.
x = 1
y = x if x.nope else 2
