# The error messages beginners meet most: None attribute/call/subscript,
# wrong-type operations, missing keys and indexes, bad conversions,
# calling non-callables, iterating non-iterables, and hashing mutables.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

n = None
t(lambda: n.attr)
t(lambda: n())
t(lambda: n[0])
t(lambda: len(n))
t(lambda: [x for x in n])
t(lambda: n + 1)
t(lambda: -n)
t(lambda: n < 1)
def set_none_item():
    n[0] = 1
t(set_none_item)
def set_none_attr():
    n.x = 1
t(set_none_attr)
t(lambda: (5).attr)
t(lambda: "s".nope)
t(lambda: [].push)
t(lambda: {}.add)
t(lambda: (1,).append)
five, text, items, pair, fn = 5, "abc", [1], {1, 2}, lambda: 0
t(lambda: five())
t(lambda: text())
t(lambda: items())
t(lambda: five[0])
t(lambda: pair[0])
t(lambda: fn[0])
t(lambda: len(5))
t(lambda: len(3.5))
t(lambda: iter(5.5))
t(lambda: list(True))
t(lambda: "a" + 1)
t(lambda: 1 + "a")
t(lambda: "a" * "b")
t(lambda: [] + {})
t(lambda: {}["missing"])
t(lambda: [][0])
t(lambda: ""[5])
t(lambda: ()[-1])
t(lambda: int("ten"))
t(lambda: float("one"))
t(lambda: int([]))
t(lambda: {[]: 1})
t(lambda: {{}: 1})
t(lambda: set([[1]]))
t(lambda: hash(bytearray(b"x")))
t(lambda: "abc".index("z"))
t(lambda: [1].index(2))
t(lambda: "x".join([1, 2]))
t(lambda: sum(["a"]))
t(lambda: max())
t(lambda: sorted([1, None]))
t(lambda: abs(None))
t(lambda: round(None))
t(lambda: int(None))
t(lambda: chr(None))
t(lambda: ord(None))
t(lambda: "%d" % None)
t(lambda: "{:d}".format(None))
t(lambda: f"{None:d}")
t(lambda: open(None))
t(lambda: next(None))
t(lambda: isinstance(1, None))
t(lambda: getattr(None, None))
t(lambda: range(None))
t(lambda: [1, 2, 3][None:"x"])
t(lambda: {}.get())
t(lambda: print(end=5))
x = 5
def modify():
    x += 1
t(modify)
def use_before():
    total = total + 1
t(use_before)
t(lambda: undefined_function())
t(lambda: math.pi)
t(lambda: __builtins__.nope if isinstance(__builtins__, type(t)) else (_ for _ in ()).throw(AttributeError("module 'builtins' has no attribute 'nope'")))
class Thing:
    def method(self):
        return "ok"
t(lambda: Thing.method())
t(lambda: Thing().method(1))
t(lambda: Thing().metod())
t(lambda: Thing.nope)
t(lambda: Thing()[0])
t(lambda: len(Thing()))
t(lambda: Thing() + 1)
t(lambda: Thing() < Thing())
t(lambda: list(Thing()))
t(lambda: 1 in Thing())
