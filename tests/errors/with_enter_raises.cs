class CM:
    def __enter__(self):
        raise OSError("enter")
    def __exit__(self, *a):
        pass
with CM() as c:
    pass
