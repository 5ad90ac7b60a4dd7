# Parenthesized with items (Python 3.10+).
with (a as b, c as d):
    pass
with (a, b):
    pass
with (
    open(x) as f,
    open(y) as g,
):
    pass
with (a as b):
    pass
with (a, b as c):
    pass
