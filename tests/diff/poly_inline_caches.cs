# The attribute and method caches keep several classes per site
# (interp/vm_cache.h). Every way must stay right when classes, instances
# and layouts change under it.

class Base:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n          # one LOAD_ATTR site, many classes

    def put(self, v):
        self.n = v             # one STORE_ATTR site, many classes

    def kind(self):
        return "base"

    def call_kind(self):
        return self.kind()     # one LOAD_METHOD site, many classes


def make(i):
    class K(Base):
        def kind(self, i=i):
            return "k%d" % i
    return K

classes = [Base] + [make(i) for i in range(6)]

class Wide(Base):
    # n lands at another index of the instance dict
    def __init__(self, n):
        self.a = 1
        self.b = 2
        Base.__init__(self, n)

    def kind(self):
        return "wide"

classes.append(Wide)
objs = [k(i * 10) for i, k in enumerate(classes)]

for rnd in range(3):
    print([o.get() for o in objs])
    print([o.call_kind() for o in objs])
    for o in objs:
        o.put(o.get() + 1)

# An instance attribute shadows the method for one object only.
objs[2].kind = lambda: "shadowed"
print([o.call_kind() for o in objs])
del objs[2].kind
print([o.call_kind() for o in objs])

# A class changes after the sites have cached it.
classes[3].kind = lambda self: "patched"
print([o.call_kind() for o in objs])

# A data descriptor on a class now wins over the instance dict.
classes[4].n = property(lambda self: -1)
print([o.get() for o in objs])
try:
    objs[4].put(5)
except AttributeError as e:
    print("AttributeError:", e)
del classes[4].n
print([o.get() for o in objs])

# An attribute is deleted and added again: its dict index moves.
for o in objs:
    del o.n
    o.z = 0
    o.n = 7
print([o.get() for o in objs])
del objs[0].n
try:
    objs[0].get()
except AttributeError as e:
    print("AttributeError:", e)

# __slots__ classes and instances with no dict share the site too.
class Slotted(Base):
    __slots__ = ("n",)

s = Slotted(99)
print(s.get(), s.call_kind(), [o.get() for o in objs[1:]])
