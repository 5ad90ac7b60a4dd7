# for over a range with break, continue, else, and tuple unpacking targets.
def scan(pairs):
    total = 0
    for k, v in pairs:
        if v is None:
            continue
        if k == "stop":
            break
        total += v
    else:
        total = -total
    return total
