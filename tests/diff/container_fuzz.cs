# Pseudo-random sequences of dict and list operations with a fixed
# generator, compared step by step through checksums of the contents, so
# insertion order, deletion, resizing and slice assignment all agree with
# CPython.

class Rng:
    def __init__(self, seed):
        self.state = seed
    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % n

def digest(obj):
    h = 0
    for ch in repr(obj):
        h = (h * 131 + ord(ch)) % (1 << 61)
    return h

rng = Rng(7)
d = {}
log = []
for step in range(4000):
    op = rng.next(10)
    k = rng.next(300)
    key = k if k % 3 else (k, "t") if k % 2 else -k * 1.5
    try:
        if op < 4:
            d[key] = step
        elif op == 4:
            del d[key]
        elif op == 5:
            log.append(d.pop(key, None))
        elif op == 6 and d:
            log.append(d.popitem())
        elif op == 7:
            log.append(d.setdefault(key, -step))
        elif op == 8:
            d.update({key: step, k + 1000: step})
        else:
            log.append(key in d)
    except KeyError as e:
        log.append("KeyError")
    if step % 500 == 0:
        print(step, len(d), digest(d), digest(log), list(d)[:4])
print(len(d), digest(d), digest(log), digest(sorted(d.values())))
items = list(d.items())
print(digest(dict(items)), digest(dict(reversed(items))), dict(items) == d, list(reversed(d))[:3])

rng = Rng(11)
l = []
for step in range(3000):
    op = rng.next(12)
    n = len(l)
    i = rng.next(n + 1) - (n // 2) if n else 0
    if op < 3:
        l.append(step)
    elif op == 3:
        l.insert(i, -step)
    elif op == 4 and l:
        l.pop(rng.next(n))
    elif op == 5:
        a, b = sorted((rng.next(n + 3), rng.next(n + 3)))
        l[a:b] = range(rng.next(5))
    elif op == 6:
        a = rng.next(n + 2)
        del l[a:a + rng.next(4)]
    elif op == 7 and n > 4:
        step_ = rng.next(3) + 2
        sl = slice(rng.next(3), None, step_)
        l[sl] = [0] * len(l[sl])
    elif op == 8:
        l.extend(l[: rng.next(4)])
    elif op == 9 and n > 1:
        l.reverse()
    elif op == 10 and n > 1:
        l.sort(key=lambda v: v % 7)
    elif op == 11 and l:
        l.remove(l[rng.next(n)])
    if step % 400 == 0:
        print(step, len(l), digest(l), l[:5])
print(len(l), digest(l), sum(l), l.count(0), l.index(l[-1]) if l else None)
