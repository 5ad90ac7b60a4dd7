# Unpacking: tuple/list targets, starred targets in every position,
# nested targets, unpacking in for loops and comprehensions, star
# expressions in calls and displays, and the ValueErrors/TypeErrors.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
[a, b] = "xy"
print(a, b)
(a, b), [c, d] = (1, 2), "cd"
print(a, b, c, d)
a, *b = [1, 2, 3]
print(a, b)
*a, b = range(4)
print(a, b)
a, *b, c = "hello"
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
*a, = (1, 2)
print(a)
[*a] = "ab"
print(a)
(a, *b), *c = (1, 2, 3), 4, 5
print(a, b, c)
a = b = c = 7
print(a, b, c)
x = [0, 0, 0]
i = 0
i, x[i] = 1, 9
print(i, x)
d = {}
d["k"], d["j"] = 1, 2
print(d)
class O:
    pass
o = O()
o.a, o.b = "ab"
print(o.a, o.b)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v, end="; ")
print()
for i, (x1, y1) in enumerate([(1, 2), (3, 4)]):
    print(i, x1, y1, end="; ")
print()
for first, *rest in ["abc", "de", "f"]:
    print(first, rest, end="; ")
print()
print([(p, q) for p, q in zip("ab", "cd")], {k: v for k, v in [(1, 2)]})

def two():
    a, b = [1, 2, 3]
def three():
    a, b, c = [1, 2]
def star_short():
    a, b, *c, d = [1, 2]
def not_iter():
    a, b = 5
def none_iter():
    a, *b = None
def gen_unpack():
    a, b = (x for x in range(5))
t(two)
t(three)
t(star_short)
t(not_iter)
t(none_iter)
t(gen_unpack)
t(lambda: [*5])
t(lambda: (*None,))
t(lambda: {**[]})
t(lambda: {**{1: 2}, **{1: 3}})
t(lambda: dict(**{"a": 1}, **{"b": 2}))

# star expressions in displays and calls
l = [1, 2]
print([*l, *l], (*l,), {*l, 3}, [*"ab", *range(2)], {**{"a": 1}, "b": 2, **{"a": 3}})
print(*l, sep="-")
print(*[], "end")
def f(*args, **kw):
    return args, kw
print(f(*l, 3, *(4,), k=1, **{"m": 2}))
print(f(*"ab", *{"x": 1}))
print(max(*l), min(*[5, 3, 8]), [*range(3), *[9]])

# iterable unpacking evaluates the iterable once, left to right
class Counted:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        for i in range(3):
            self.n += 1
            yield i
c = Counted()
a, b, c2 = c
print(a, b, c2, c.n)

# unpacking into starred with string and dict
*s, = "xyz"
print(s)
h, *tl = {"p": 1, "q": 2, "r": 3}
print(h, tl)

# swap via nested
a, (b, c) = 1, (2, 3)
a, b, c = c, a, b
print(a, b, c)

# assignment expression result is the rhs
r = (a, b) = (5, 6)
print(r, a, b)

# long unpack
v = list(range(10))
a0, a1, *mid, a8, a9 = v
print(a0, a1, mid, a8, a9)
def many():
    a, b = range(1000)
t(many)
def star_many():
    *a, b, c = [1]
t(star_many)
