# AttributeError inside a boolean expression.
x = None
if x.value and True:
    pass
