# An exception from a sub-generator through yield from.
def sub():
    yield 1
    raise ValueError("sub")
def top():
    yield from sub()
list(top())
