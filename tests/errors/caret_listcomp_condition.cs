# An exception in a comprehension's condition.
f = lambda: (yield)
a = [i for i in range(3) if i / 0]
