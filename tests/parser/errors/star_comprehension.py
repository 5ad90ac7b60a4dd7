# * as a comprehension element.
x = [*a for a in b]
