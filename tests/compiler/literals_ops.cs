# Literals and operators: tuples, lists, dicts, sets, slices, comparisons, unary ops.
def ops(a, b, xs):
    t = (1, 2, 3)
    l = [a, b, *xs]
    d = {"a": a, **{"b": b}}
    s = {a, b}
    sl = xs[1:-1:2]
    c = 0 < a <= b != 3
    u = -a, +b, ~a, not b
    i = a in xs, b not in xs, a is None, b is not None
    return t, l, d, s, sl, c, u, i
