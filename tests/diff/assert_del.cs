# assert (with and without a message, messages evaluated lazily, the
# AssertionError args) and del (names, attributes, items, slices, several
# targets, nested targets, and the errors for missing targets).

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, repr(e))
    else:
        print(repr(r))

assert True
assert 1, "not shown"
def a1():
    assert False
def a2():
    assert 1 == 2, "one is not two"
def a3():
    assert [], ["list", "message"]
def a4():
    calls = []
    assert True, calls.append("evaluated")
    return calls
def a5():
    x = 0
    assert x, f"x was {x!r}"
def a6():
    pair = (False, "tuple is truthy")
    assert pair
    return "tuple passed"
for fn in [a1, a2, a3, a4, a5, a6]:
    t(fn)
try:
    assert 0, 42
except AssertionError as e:
    print(e.args, str(e))

# del
x = 1
del x
t(lambda: x)
class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(vars(o))
def del_missing_attr():
    del o.zzz
t(del_missing_attr)
d = {"k": 1, "j": 2, "m": 3}
del d["k"]
print(d)
def del_missing_key():
    del d["nope"]
t(del_missing_key)
l = list(range(10))
del l[0], l[-1]
print(l)
del l[::2]
print(l)
del l[1:3]
print(l)
a, b, c = 1, 2, 3
del a, (b, c)
t(lambda: a)
t(lambda: c)
def del_index_error():
    del [1][5]
t(del_index_error)
def del_unbound_local():
    del y
    y = 1
t(del_unbound_local)
def del_twice():
    z = 1
    del z
    del z
t(del_twice)
nested = {"a": [1, {"b": 2}]}
del nested["a"][1]["b"]
print(nested)
class Slotted:
    __slots__ = ("s",)
so = Slotted()
so.s = 1
del so.s
t(lambda: so.s)
def del_tuple_item():
    tp = (1, 2)
    del tp[0]
t(del_tuple_item)
def del_str_item():
    del "abc"[0]
t(del_str_item)
class DelItem:
    def __delitem__(self, k):
        print("deleting", k)
di = DelItem()
del di[1], di["x"], di[1:2]
class DelAttr:
    def __delattr__(self, name):
        print("delattr hook", name)
da = DelAttr()
del da.anything
# del in a loop over a copy
items = {"a": 1, "b": 2, "c": 3}
for key in list(items):
    if key != "b":
        del items[key]
print(items)
# del a global from a function
gv = "global value"
def del_gv():
    global gv
    del gv
del_gv()
print("gv" in globals())
