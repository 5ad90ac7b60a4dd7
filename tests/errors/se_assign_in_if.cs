# SyntaxError: = instead of == in a condition, with the range of both sides.
if x = 1:
    pass
