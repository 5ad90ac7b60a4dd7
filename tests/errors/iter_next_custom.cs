# An exception from a user __next__ in a for loop.
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise IndexError("custom")
for x in It():
    pass
