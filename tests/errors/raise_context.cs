# An exception raised while handling another: implicit chaining.
try:
    1 / 0
except ZeroDivisionError:
    undefined_name
