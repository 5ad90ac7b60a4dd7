# ValueError: list.remove of a missing value.
xs = [1]
xs.remove(3)
