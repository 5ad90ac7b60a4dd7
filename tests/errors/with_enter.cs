# An exception in __enter__: the with statement is quoted without carets.
class CM:
    def __enter__(self):
        raise OSError("enter")
    def __exit__(self, *a):
        pass
with CM() as c:
    pass
