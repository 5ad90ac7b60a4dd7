# Parenthesized parameters (Python 2).
def f(a, (b, c)):
    pass
