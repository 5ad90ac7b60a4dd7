# Assorted expressions.
x = f(a)[b].c(d=e)(*g)
y = (a for b in c)
z = [*(1, 2)]
w = {**{'a': 1}}
v = not a == b
u = a if not b else -c
t = (yield_,)
s = a.b.c.d.e
r = 'abc'[::-1]
q = ((a, b), [c, d], {e: f})
