# collections.deque against a list model: thousands of random operations
# (a fixed LCG, so the run is the same everywhere) on bounded and unbounded
# deques. Exercises the ring buffer's wrap-around, growth and shrinking.
from _collections import deque

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


def trim_left(model, maxlen):
    while maxlen is not None and len(model) > maxlen:
        del model[0]


def trim_right(model, maxlen):
    while maxlen is not None and len(model) > maxlen:
        model.pop()


def run(maxlen, steps):
    d = deque(maxlen=maxlen)
    model = []
    checks = 0
    peak = 0
    for step in range(steps):
        op = rand(14)
        x = rand(1000)
        if op < 3:
            d.append(x)
            model.append(x)
            trim_left(model, maxlen)
        elif op < 5:
            d.appendleft(x)
            model.insert(0, x)
            trim_right(model, maxlen)
        elif op == 5:
            if model:
                assert d.pop() == model.pop()
        elif op == 6:
            if model:
                assert d.popleft() == model.pop(0)
        elif op == 7:
            items = [rand(1000) for _ in range(rand(40))]
            if rand(2):
                d.extend(items)
                model.extend(items)
                trim_left(model, maxlen)
            else:
                d.extendleft(items)
                model[:0] = items[::-1]
                trim_right(model, maxlen)
        elif op == 8 and model:
            n = rand(3 * len(model)) - len(model)
            d.rotate(n)
            n %= len(model)
            model[:] = model[-n:] + model[:-n] if n else model
        elif op == 9 and model:
            i = rand(2 * len(model)) - len(model)
            d[i] = x
            model[i] = x
            assert d[i] == model[i]
        elif op == 10 and model:
            i = rand(2 * len(model)) - len(model)
            del d[i]
            del model[i]
        elif op == 11 and (maxlen is None or len(model) < maxlen):
            i = rand(2 * len(model) + 3) - len(model) - 1
            d.insert(i, x)
            model.insert(i, x)
        elif op == 12 and model:
            v = model[rand(len(model))]
            assert d.index(v) == model.index(v)
            assert d.count(v) == model.count(v)
            d.remove(v)
            model.remove(v)
        elif op == 13 and rand(50) == 0:
            d.clear()
            model.clear()
        peak = max(peak, len(model))
        if step % 7 == 0:
            assert list(d) == model, (step, list(d), model)
            assert list(reversed(d)) == model[::-1]
            checks += 1
    assert list(d) == model
    return len(d), sum(d), checks, peak


for maxlen in (None, 0, 1, 5, 64, 200):
    print(maxlen, run(maxlen, 3000))

# Long runs at one end and then the other: growth then shrinking.
d = deque()
for i in range(5000):
    d.append(i)
for i in range(4990):
    d.popleft()
print(list(d))
for i in range(3000):
    d.appendleft(i)
for i in range(3000):
    d.pop()
print(len(d), d[0], d[-1])
