# Assignment chains and simple assignments.
a = 1
a = b = c = 1
a = b = yield_ = x
a, b = b, a
a = b, c = d, e
x.y = z[0] = w = 1
