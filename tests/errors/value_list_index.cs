# ValueError: list.index of a missing value.
[1, 2].index(5)
