# Differential fuzzing of set iteration order: a fixed LCG drives adds,
# discards, pops and set operations; the printed orders and frozenset
# hashes must match CPython's exactly (same table layout and probing).

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for trial in range(150):
    s = set()
    n = [5, 20, 60, 200, 1000][rnd(5)]
    for step in range(1 + rnd(400)):
        op = rnd(100)
        k = rnd(n * 4) - n
        if op < 60:
            s.add(k)
        elif op < 90:
            s.discard(k)
        elif op < 93 and s:
            s.pop()
        elif op < 95:
            s = s | {rnd(n) for _ in range(5)}
        elif op < 97:
            s = s - set(range(0, n, 7))
        elif op < 98:
            s &= set(range(-n, n * 2))
        else:
            s ^= {1, 2, 3, n}
    print(list(s))
    print(list(frozenset(s)), hash(frozenset(s)), list(set(s)), list(s.copy()))
