# while with break, continue and an else clause.
def count(n):
    i = 0
    while i < n:
        i += 1
        if i == 3:
            continue
        if i > 7:
            break
    else:
        i = -1
    return i
