# ** in a dict comprehension.
d = {**a for a in b}
