# raise ... from None hides the context.
try:
    int("x")
except ValueError:
    raise RuntimeError("clean") from None
