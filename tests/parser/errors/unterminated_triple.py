# A triple-quoted string that never ends.
def f():
    """doc
    more
