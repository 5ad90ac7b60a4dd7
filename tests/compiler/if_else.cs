# if / elif / else, a conditional expression, and `and`/`or` short circuits.
def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    else:
        return 0

def pick(a, b, c):
    v = a if b else c
    return (a and b) or c
