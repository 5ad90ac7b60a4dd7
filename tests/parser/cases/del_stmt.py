# del with every kind of target.
del a
del a, b
del a, b,
del (a, b)
del [a, b]
del a.b, a[0], a[1:2]
del (a), [b, (c, d)]
del (a)
