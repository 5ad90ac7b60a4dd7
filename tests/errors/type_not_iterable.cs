# TypeError: iterating over an int.
for ch in 12:
    pass
