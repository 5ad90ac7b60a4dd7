# Instances of classes derived from str, tuple and bytes (whose items are
# stored inline) have a __dict__, as in CPython, whatever their length.
import copy

class S(str):
    pass

class T(tuple):
    pass

class B(bytes):
    pass

for text in ["", "a", "ab", "abcdefg", "abcdefgh", "héllo wörld", "x" * 1000]:
    s = S(text)
    s.tag = len(text)
    s.other = text.upper()
    assert s == text and s.tag == len(text) and s.other == text.upper()
print(S("ab").__dict__, vars(S("cd")))

s = S("spam")
s.x = 1
s.y = [1, 2]
del s.x
print(s, repr(s), s.__dict__, s + "!", s.upper(), len(s), hash(s) == hash("spam"), s == "spam")
s.__dict__ = {"z": 3}
print(s.z, vars(s))
try:
    s.x
except AttributeError as e:
    print("AttributeError", e)

# An instance attribute shadows a method of the class (the method cache
# must see the instance dict).
class M(str):
    def shout(self):
        return self.upper() + "!"
m = M("hey")
print(m.shout())
m.shout = lambda: "instance"
print(m.shout())

for items in [(), (1,), (1, 2, 3), tuple(range(100))]:
    t = T(items)
    t.n = len(items)
    t.label = "T" + str(len(items))
    assert t.n == len(items) and t.label == "T" + str(len(items)) and t == items
t = T((1, "a", None))
t.name = "point"
print(t, t.name, t.__dict__, t[1], len(t), t + (4,), t.count(1))

for data in [b"", b"x", b"1234567", b"12345678", bytes(300)]:
    b = B(data)
    b.size = len(data)
    assert b.size == len(data) and b == data
b = B(b"raw")
b.encoding = "ascii"
print(b, b.encoding, b.__dict__, b.decode(), b[0], bytes(b))

# A derived class of a derived class shares the dict; __slots__ = () leaves it out.
class S2(S):
    def __init__(self, text):
        self.length = len(text)
print(S2("four").length, S2("four").__dict__)

class NoDict(str):
    __slots__ = ()
n = NoDict("nd")
try:
    n.x = 1
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(n, "__dict__"), "__dict__" in S.__dict__, "__dict__" in S2.__dict__)

try:
    class Bad(tuple):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError", e)

for base in (tuple, bytes):
    try:
        class WithDictSlot(base):
            __slots__ = ("__dict__",)
    except TypeError as e:
        print("TypeError", e)
class StrDictSlot(str):
    __slots__ = ("__dict__", "__weakref__")
w = StrDictSlot("w")
w.q = 5
print(w.q, w.__dict__)

# __class__ can move between classes with the same layout.
class S3(str):
    pass
s3 = S("swap")
s3.kept = True
s3.__class__ = S3
print(type(s3).__name__, s3, s3.kept)

# copy keeps the attributes (through __reduce_ex__ and the dict state).
c = copy.copy(s)
d = copy.deepcopy(t)
print(type(c).__name__, c, c.__dict__, type(d).__name__, d, d.__dict__)

# Many objects with dicts, freed in any order.
keep = []
for i in range(200):
    x = S(str(i) * (i % 9))
    x.i = i
    y = T(range(i % 7))
    y.i = i
    keep.append((x, y))
print(sum(x.i + y.i for x, y in keep), sum(len(x) + len(y) for x, y in keep))
del keep
