# list, set and dict comprehensions and a generator expression.
def comps(xs):
    a = [x * 2 for x in xs if x]
    b = {x % 3 for x in xs}
    c = {x: str(x) for x in xs}
    d = sum(x for x in xs)
    e = [(x, y) for x in xs for y in xs if x != y]
    return a, b, c, d, e
