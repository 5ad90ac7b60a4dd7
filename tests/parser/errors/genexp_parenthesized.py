# A generator expression beside another argument.
f(a, x for x in y)
