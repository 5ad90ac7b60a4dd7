# Assignments: chained, tuple unpacking, starred unpacking, augmented, del.
def unpack(seq, d):
    a = b = 0
    x, y = y, x = 1, 2
    first, *rest = seq
    *init, last = seq
    d["k"] += 1
    seq[0:2] = [9]
    del d["k"], seq[0]
    return a, b, first, rest, init, last
