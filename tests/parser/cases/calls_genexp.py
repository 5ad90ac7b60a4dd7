# A generator expression as the sole argument.
sum(x for x in range(10))
sum(x * x for x in range(10) if x % 2)
f((x for x in y), z)
any(c.isdigit() for c in s)
g(x for x in y for y in z)
h(x async for x in y)
