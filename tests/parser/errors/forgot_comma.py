# A missing comma in a list.
items = [1, 2 3]
