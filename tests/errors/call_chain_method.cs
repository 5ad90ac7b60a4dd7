# An exception from the last of a chain of method calls.
class Q:
    def get(self):
        return self
    def boom(self):
        raise ValueError("boom")
Q().get().get().boom()
