# The attribute caches must give the answers of a full lookup whatever
# changes under them: class defaults shadowed by instance values, slots,
# data and non-data descriptors, classes changed after a site was cached.


class Base:
    state = "class default"
    __slots__ = ()


class WithDict:
    state = "class default"

    def __init__(self, own):
        if own:
            self.state = "instance"


def read(o):
    return o.state


objs = [WithDict(False), WithDict(True), WithDict(False)]
for _ in range(3):
    print([read(o) for o in objs])
objs[0].state = "set later"
print([read(o) for o in objs])
del objs[1].state
print([read(o) for o in objs])
WithDict.state = "new class default"
print([read(o) for o in objs])
del WithDict.state
for o in objs:
    try:
        print(read(o))
    except AttributeError as e:
        print("AttributeError:", e)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class SlottedChild(Slotted):
    __slots__ = ("c",)


def get_a(o):
    return o.a


def set_b(o, v):
    o.b = v


s, c = Slotted(), SlottedChild()
c.a = 10
for _ in range(3):
    print(get_a(s), get_a(c))
    set_b(s, 2)
    set_b(c, 20)
print(s.b, c.b)
del s.a
try:
    get_a(s)
except AttributeError as e:
    print("AttributeError:", e)


class DataDescr:
    def __get__(self, obj, owner=None):
        return "from data descriptor"

    def __set__(self, obj, value):
        print("DataDescr.__set__", value)


class NonDataDescr:
    def __get__(self, obj, owner=None):
        return "from non-data descriptor"


class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


class Mixed:
    def __init__(self):
        self.__dict__["d"] = "instance d"
        self.__dict__["n"] = "instance n"


def get(o, name):
    return getattr(o, name)


def read_d(o):
    return o.d


def read_n(o):
    return o.n


def write_d(o, v):
    o.d = v


m = Mixed()
for _ in range(3):
    print(read_d(m), read_n(m))
Mixed.d = DataDescr()
Mixed.n = NonDataDescr()
for _ in range(3):
    print(read_d(m), read_n(m))
    write_d(m, "x")
Mixed.d = SetOnly()
for _ in range(2):
    print(read_d(m))
    write_d(m, "y")
del m.__dict__["n"]
print(read_n(m))


class Counter:
    hits = 0

    def bump(self):
        self.hits = self.hits + 1
        return self.hits


k = Counter()
print([k.bump() for _ in range(4)], Counter.hits)


class Parent:
    value = "parent"


class Child(Parent):
    pass


def read_value(o):
    return o.value


ch = Child()
print(read_value(ch), read_value(ch))
Parent.value = "parent changed"
print(read_value(ch))
Child.value = "child's own"
print(read_value(ch))
