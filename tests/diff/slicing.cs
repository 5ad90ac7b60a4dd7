# Slicing: steps, negative bounds and steps, clamping, slice objects and
# indices(), slice assignment (growing, shrinking, extended with matching
# length), deletion, and the errors; on list, tuple, str, range and a
# class with __getitem__ receiving slice objects.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

s = list(range(10))
for sl in [(None, None, None), (2, 5, None), (None, None, 2), (None, None, -1), (-3, None, None),
           (None, -3, None), (8, 2, -2), (2, 8, -1), (-1, -11, -1), (100, None, None), (None, 100, 3),
           (-100, 100, 4), (5, 5, None), (3, None, -3), (None, 3, -3), (1, -1, 3), (-2, 1, -4)]:
    sli = slice(*sl)
    print(sl, s[sli], tuple(s)[sli], "abcdefghij"[sli], list(range(10)[sli]))
t(lambda: s[::0])
t(lambda: "abc"[::0])
t(lambda: s[1:2:"a"])
t(lambda: s["a":])
t(lambda: s[1.5:])
print(s[True:], s[:False], s[None:None])

class Idx:
    def __index__(self):
        return 2
print(s[Idx():], s[:Idx()], s[Idx()])

# slice objects
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, slice(5), slice(None), slice(1, 2))
print(sl.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10), slice(3, 1, -1).indices(10))
t(lambda: slice(1, 2, 0).indices(5))
t(lambda: slice(1).indices(-1))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3))
t(lambda: hash(slice(1, 2)))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))

# assignment
a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[:] = [1, 2]
print(a)
a[5:] = [9]
print(a)
a[:0] = [0]
print(a)
a[1:1] = "ab"
print(a)
a[-1:] = []
print(a)
b = list(range(10))
b[::2] = "abcde"
print(b)
b[::-3] = [None] * 4
print(b)
b[1:8:100] = ["only"]
print(b)
def bad_ext():
    c = list(range(10))
    c[::2] = [1, 2]
t(bad_ext)
def bad_ext2():
    c = list(range(10))
    c[::-1] = []
t(bad_ext2)
def bad_iter():
    c = [1]
    c[:] = 5
t(bad_iter)
def self_assign():
    c = [1, 2, 3]
    c[1:] = c
    return c
t(self_assign)
def gen_assign():
    c = [1, 2, 3]
    c[::2] = (x * 10 for x in range(2))
    return c
t(gen_assign)
def tuple_assign():
    c = (1, 2)
    c[0:1] = [5]
t(tuple_assign)
def str_assign():
    c = "ab"
    c[0:1] = "x"
t(str_assign)

# deletion
d = list(range(10))
del d[::3]
print(d)
del d[-2:]
print(d)
del d[::-2]
print(d)
del d[:]
print(d)
d = list(range(5))
del d[10:20]
print(d)
del d[1:4:10]
print(d)

# __getitem__ receives a slice
class Seq:
    def __getitem__(self, k):
        return k
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
q = Seq()
print(q[1:2], q[::], q[1:2:3], q[:, 1], q[..., 1:], q["a":"b"], q[1:2, ::3])
q[1:3] = "v"
del q[::2]
q[:] = []

# ranges and strings
r = range(0, 20, 3)
print(r[2:], r[::-1], r[1:4], r[-2:], r[::2], r[100:], len(r[::-2]))
print("hello"[::-1], "hello"[-3:], "hello"[:-10], "héllo"[1:3], "abc"[1:1])
print(b"bytes"[1:3], bytearray(b"xyz")[::-1], memoryview(b"abc")[1:].tobytes() if False else "mv")
print([1, 2, 3][-1:-4:-1], [1, 2, 3][3:0:-1], [1, 2, 3][-4:-1])
big = list(range(100))
print(big[10:90:17], big[-5::-20], big[2**70:], big[:-2**70], big[::2**70])
