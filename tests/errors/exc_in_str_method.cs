# An exception raised by __repr__ during print().
class P:
    def __repr__(self):
        return 1 / 0
print([P()])
