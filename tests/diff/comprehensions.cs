# Comprehensions: list/set/dict comprehensions and generator expressions,
# nested loops and conditions, their own scope (no leaking of the loop
# variable), class-body scoping, walrus inside, and laziness of genexps.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print(sorted({x % 4 for x in range(20)}), {x: x ** 2 for x in range(4)}, {c: i for i, c in enumerate("abca")})
print([x if x % 2 else -x for x in range(5)], [a + b for a, b in [(1, 2), (3, 4)]])
print(list(x for x in "abc"), tuple(x for x in range(3)), sum(x for x in range(101)))
print(sorted(x for x in [3, 1, 2]), max(len(w) for w in ["a", "abc", "ab"]), "-".join(str(i) for i in range(4)))
x = "outer"
print([x for x in range(3)], x)
print([i for i in range(3)], "i" in dir())

# nested comprehension referencing outer comprehension variable
print([[(i, j) for j in range(i)] for i in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row])

# generator expression is lazy; first iterable evaluated immediately
def src():
    print("src called")
    return [1, 2, 3]
g = (print("item", v) or v for v in src())
print("created")
print(next(g))
print(list(g))
t(lambda: next(g))
def bad():
    return (1 / 0 for _ in range(3))
gg = bad()
t(lambda: next(gg))
t(lambda: (x for x in 5))
t(lambda: [x for x in None])
t(lambda: [y for y in range(3) if undefined_name])

# walrus in comprehension binds in the enclosing scope
data = [1, 5, 3, 8, 2]
print([y for v in data if (y := v * 2) > 5], y)
total = 0
print([total := total + v for v in data], total)
def in_func():
    res = [last := i for i in range(4)]
    return res, last
print(in_func())

# class-body scope: the first iterable sees class names, others don't
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        pairs = [(v, w) for v in vals for w in vals]
    except NameError as e:
        pairs = str(e)
print(C.doubled, C.pairs)
class D:
    n = 3
    try:
        items = [n for _ in range(2)]
    except NameError as e:
        items = "NameError: " + str(e)
print(D.items)

# comprehensions capture loop variables late
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

# dict comprehension with duplicate keys and order
print({k % 3: k for k in range(10)}, {v: k for k, v in {"a": 1, "b": 1}.items()})
# set comprehension of unhashable
t(lambda: {[x] for x in range(2)})
t(lambda: {[x]: 1 for x in range(2)})
# async-free generator: send into genexp
ge = (x for x in range(3))
print(ge.send(None), next(ge), list(ge))
t(lambda: (x for x in range(3)).send(5))
# comprehension over a dict while modifying it elsewhere
d = {1: 1, 2: 2}
print([k for k in d], [k for k in d.items()], [k for k in d.values()])
# nested generator expressions
print(sum(sum(x for x in range(y)) for y in range(5)))
print([(lambda q: q * 2)(z) for z in range(3)])
print(list(zip(*[(1, 2), (3, 4)])), [*(x for x in "ab")])
print(type(x for x in ()).__name__, type([x for x in ()]).__name__)
