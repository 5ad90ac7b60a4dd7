# Chains of objects deep enough to exhaust the C stack in code that
# recurses in C raise RecursionError, never crash. (CPython 3.11 itself
# crashes on some of these.)
N = 400000

def chain(make, seed):
    x = seed
    for i in range(N):
        x = make(x)
    return x

cases = [
    ("generator expressions", lambda: list(chain(lambda g: (x for x in g), iter([1])))),
    ("map", lambda: list(chain(lambda g: map(abs, g), iter([1])))),
    ("filter", lambda: list(chain(lambda g: filter(None, g), iter([1])))),
    ("zip", lambda: list(chain(zip, [1]))),
    ("enumerate", lambda: list(chain(enumerate, iter([1])))),
    ("hash of nested tuples", lambda: hash(chain(lambda t: (t,), ()))),
    ("hash of nested frozensets", lambda: hash(chain(lambda s: frozenset([s]), frozenset()))),
    ("repr of nested lists", lambda: repr(chain(lambda l: [l], []))),
    ("== of nested lists", lambda: chain(lambda l: [l], []) == chain(lambda l: [l], [])),
    ("isinstance with nested tuples", lambda: isinstance(1, chain(lambda t: (str, t), str))),
]
for name, run in cases:
    try:
        run()
        print(name, "finished")
    except RecursionError as e:
        print(name, "RecursionError")
print("still alive")
