# Exception types not parenthesized.
try:
    pass
except A, B:
    pass
