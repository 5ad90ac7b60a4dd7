# Explicit line joining with backslashes.
x = 1 + \
    2
if a and \
   b:
    pass
y = 'a' \
    'b'
z = \
    3
