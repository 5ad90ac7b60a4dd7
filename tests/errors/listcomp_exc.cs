# An exception inside a list comprehension: frame <listcomp>.
vals = [1, 0]
out = [10 // v for v in vals]
