# An exception inside a with block whose __exit__ does not swallow it.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
with CM():
    1 / 0
