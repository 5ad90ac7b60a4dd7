# TypeError: concatenating a list and a tuple.
items = [1, 2]
items = items + (3,)
