# An exception in a lambda: frame <lambda>.
f = lambda x: x / 0
f(1)
