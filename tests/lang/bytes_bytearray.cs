# bytearray's mutations: item and slice assignment and deletion, append,
# extend, pop, insert, remove, clear, copy, reverse, += and *=.

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(b"abcdef")
b[0] = 65
b[-1] = 70
print(b)
b[1:3] = [120, 121, 122]
print(b)
b[::2] = b"1234"
print(b)
del b[::2]
print(b)
b[0:0] = bytearray(b"--")
print(b)
b[1:1] = b
print(b)
b[:] = range(3)
print(b)
b[len(b):] = b"end"
print(b)
del b[0]
del b[-1]
print(b)
del b[1:3]
print(b)
b[5:100] = b"!!"
print(b)
b[::-1] = b"abcd"
print(b)
del b[:]
print(b, len(b))
b = bytearray()
for i in range(5):
    b.append(97 + i)
print(b)
b.extend(b"xyz")
b.extend([49, 50])
b.extend(bytearray(b"."))
b.extend(x for x in [51])
b.extend(b)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.insert(0, 33)
b.insert(-1, 63)
b.insert(100, 36)
b.insert(-100, 37)
print(b)
b.remove(120)
print(b, b.count(b"a"), b.index(b"y"))
c = b.copy()
c.reverse()
print(c, b == c, c is b)
c.clear()
print(c, len(c), bool(c), bool(b))
x = bytearray(b"ab")
y = x
x += b"cd"
x += bytearray(b"e")
print(x, y is x)
x *= 2
print(x, y is x)
x *= 0
print(x, y)
z = bytearray(b"q")
print(z * 3, z)
b = bytearray(b"hello")
b[0:1] = b"J"
b[-1:] = b"y"
print(b, b.upper(), bytes(b))
s = bytearray(b"abc")
it = iter(s)
print(next(it))
s.append(100)
print(list(it))
t(lambda: bytearray(b"abc").__setitem__(0, 256))
t(lambda: bytearray(b"abc").__setitem__(0, -1))
t(lambda: bytearray(b"abc").__setitem__(0, "x"))
t(lambda: bytearray(b"abc").__setitem__(5, 1))
t(lambda: bytearray(b"abc").__setitem__("x", 1))
t(lambda: bytearray(b"abc").__delitem__(5))
t(lambda: bytearray(b"abc").__delitem__("x"))
t(lambda: bytearray(b"abc").__setitem__(slice(0, 2), 5))
t(lambda: bytearray(b"abc").__setitem__(slice(0, 2), "ab"))
t(lambda: bytearray(b"abc").__setitem__(slice(0, 2), [1, 300]))
t(lambda: bytearray(b"abc").__setitem__(slice(0, 2), ["a"]))
t(lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"xyz"))
t(lambda: bytearray(b"abc").append(256))
t(lambda: bytearray(b"abc").append("a"))
t(lambda: bytearray(b"abc").append())
t(lambda: bytearray(b"abc").extend(5))
t(lambda: bytearray(b"abc").extend("ab"))
t(lambda: bytearray(b"abc").extend([1, "a"]))
t(lambda: bytearray(b"abc").extend([1, 256]))
t(lambda: bytearray(b"abc").pop(10))
t(lambda: bytearray().pop())
t(lambda: bytearray(b"a").pop("x"))
t(lambda: bytearray(b"a").pop(1, 2))
t(lambda: bytearray(b"abc").insert(1))
t(lambda: bytearray(b"abc").insert("a", 1))
t(lambda: bytearray(b"abc").insert(1, 300))
t(lambda: bytearray(b"abc").remove(120))
t(lambda: bytearray(b"abc").remove(300))
t(lambda: bytearray(b"abc").clear(1))
t(lambda: bytearray(b"abc").reverse(1))
t(lambda: bytearray(b"abc").copy(1))
def iadd(a, b):
    a += b
    return a
t(lambda: iadd(bytearray(b"a"), "x"))
t(lambda: iadd(bytearray(b"a"), 1))
def imul(a, b):
    a *= b
    return a
t(lambda: imul(bytearray(b"a"), "x"))
t(lambda: imul(bytearray(b"ab"), 3))
