# An arrow with nothing after it.
def f() -> :
    pass
