# All four kinds of comprehension, with several clauses.
a = [x for x in y]
b = [x for x in y if x]
c = [x * y for x in a for y in b]
d = [x for x in a if x if not x for y in b if y]
e = {x for x in y}
f = {k: v for k, v in items}
g = (x for x in y)
h = [(x, y) for x, y in pairs]
i = [[y for y in x] for x in matrix]
j = [x for x, in pairs]
k = [x for *x, y in pairs]
m = [x for x in a or b if c and d]
