# An expression as a keyword argument name.
f(a.b=1)
