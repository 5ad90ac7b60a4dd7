# yield from of an int.
def g():
    yield from 5
list(g())
