# A def header with a return annotation but no colon.
def f() -> int
    pass
