# An exception inside a dict comprehension: frame <dictcomp>.
d = {k: 1 / k for k in range(3)}
