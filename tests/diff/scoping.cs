# Name resolution: LEGB order, class scope rules (methods don't see class
# names; comprehensions in class bodies), comprehension scopes, the walrus
# operator's binding scope, UnboundLocalError from later assignment,
# del of names, and shadowing builtins.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

x = "global"
def f():
    return x
def g():
    x = "local"
    def h():
        return x
    return h()
def k():
    print(x)
    x = "assigned later"
print(f(), g())
t(k)

class C:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    def method2(self):
        return self.x, C.x
    lam = lambda self: x
    z = [x for _ in range(1)]
print(C.y, C().method(), C().method2(), C().lam(), C.z)

class D:
    a = 1
    b = [a * i for i in range(3)] if False else None
    try:
        c = [a for _ in range(2)]
    except NameError as e:
        c = "NameError"
    d = (lambda a=a: a)()
print(D.c, D.d)

# walrus
def walrus():
    data = [1, 2, 3, 4]
    if (n := len(data)) > 3:
        print("long", n)
    while (item := data.pop()) > 2:
        print("popped", item)
    total = [y := v * 10 for v in range(3)]
    return n, item, y, total
print(walrus())
print([(a, b) for a in range(3) if (b := a * a) > 0])
print(b if "b" in dir() else "b not global")
def walrus_nonlocal():
    res = []
    def inner():
        nonlocal res
        return [(res := res + [i]) for i in range(2)]
    inner()
    return res
print(walrus_nonlocal())
(w := 5)
print(w)
print((v := 3) + v)

# comprehension variable does not leak, but walrus target does
def leak_check():
    r = [i for i in range(3)]
    try:
        i
    except NameError:
        return "i did not leak"
print(leak_check())

# del and rebinding
def deleter():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return str(e)
print(deleter())
q = 10
del q
t(lambda: q)
def del_global_without_decl():
    try:
        del x
    except UnboundLocalError as e:
        return str(e)
print(del_global_without_decl())

# shadowing builtins locally
def shadow():
    len = lambda s: -1
    return len("abc")
print(shadow(), len("abc"))
def uses_list():
    list = [9]
    return list
print(uses_list(), list((1,)))

# nested function sees enclosing variables at call time
def outer():
    items = []
    def add(v):
        items.append(v)
        return items
    add(1)
    items = ["rebound"]
    return add(2)
print(outer())

# loop variable after loop
for idx in range(3):
    pass
print(idx)
for never in []:
    pass
t(lambda: never)

# class attribute lookup goes through instance then class then bases
class Base:
    shared = "base"
class Child(Base):
    pass
c = Child()
print(c.shared)
Child.shared = "child"
print(c.shared, Base.shared)
c.shared = "instance"
print(c.shared, Child.shared)

# names in except clauses are deleted afterwards
def exc_name():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "deleted: " + str(err)
print(exc_name())

# global and nonlocal interplay
counter = 0
def outer2():
    counter = 100
    def inner():
        global counter
        counter += 1
        return counter
    return inner(), counter
print(outer2(), counter)

# lambda default captures at definition
fns = []
for i in range(3):
    fns.append(lambda i=i: i * 10)
print([fn() for fn in fns])
# class body can't see enclosing class names
class Outer:
    val = 1
    class Inner:
        try:
            got = val
        except NameError:
            got = "not visible"
print(Outer.Inner.got)
# function defined in class body used during class body
class UsesHelper:
    def helper(v):
        return v * 2
    doubled = helper(21)
print(UsesHelper.doubled)
