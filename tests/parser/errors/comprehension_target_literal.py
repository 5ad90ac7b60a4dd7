# A literal as a comprehension target.
x = [c for 1 in s]
