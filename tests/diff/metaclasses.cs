# Metaclasses and class creation: type() with one and three arguments,
# metaclass __new__/__init__/__call__, __prepare__ with a custom namespace,
# __init_subclass__ with keyword arguments, __class_getitem__, class
# keyword arguments, metaclass conflicts, and registries.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

print(type(1), type("s"), type(type), type(None), type(print).__name__, type(lambda: 0).__name__)
Dyn = type("Dyn", (), {"x": 1, "hello": lambda self: "hi " + str(self.x)})
print(Dyn, Dyn().hello(), Dyn.__name__, Dyn.__bases__, Dyn.__module__ if hasattr(Dyn, "__module__") else "?")
Sub = type("Sub", (Dyn,), {"x": 2})
print(Sub().hello(), Sub.__mro__)
t(lambda: type("X", 1, {}))
t(lambda: type("X", (), 1))
t(lambda: type(1, (), {}))
t(lambda: type())
t(lambda: type("a", "b"))

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = "Meta"
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        inst = super().__call__(*args, **kw)
        inst.via_meta = True
        return inst
    def meta_method(cls):
        return "meta method of " + cls.__name__
class WithMeta(metaclass=Meta, flavor="x"):
    a = 1
    def __init__(self, v=0):
        print("WithMeta.__init__", v)
        self.v = v
w = WithMeta(5)
print(w.v, w.via_meta, WithMeta.created_by, type(WithMeta).__name__, WithMeta.meta_method())
t(lambda: w.meta_method())
class Child(WithMeta):
    b = 2
print(type(Child).__name__, Child.created_by, isinstance(Child, Meta))

# __prepare__ returning an ordered recording namespace
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)
class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
class Ordered(metaclass=OrderMeta, tag=1):
    z = 1
    a = 2
    def m(self):
        pass
    z = 3
print(Ordered.order, Ordered.z)

# __init_subclass__
class PluginBase:
    registry = []
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        print("init_subclass", cls.__name__, kind)
        cls.kind = kind
        PluginBase.registry.append(cls.__name__)
class PA(PluginBase, kind="a"):
    pass
class PB(PluginBase):
    pass
class PC(PA, kind="c"):
    pass
print(PluginBase.registry, PA.kind, PB.kind, PC.kind)
def bad_kw():
    class X(PluginBase, unknown=1):
        pass
t(bad_kw)
def bad_kw_object():
    class Y(flavor=1):
        pass
t(bad_kw_object)

# __class_getitem__
class Generic:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item.__name__ if isinstance(item, type) else item)
print(Generic[int], Generic["x"], Generic[1])
t(lambda: Dyn[int])
print(list[int], dict[str, int], tuple[int, ...] if False else "skip")

# metaclass conflict
class M1(type):
    pass
class M2(type):
    pass
class A1(metaclass=M1):
    pass
class A2(metaclass=M2):
    pass
def conflict():
    class C(A1, A2):
        pass
t(conflict)
class M3(M1, M2):
    pass
class Resolved(A1, A2, metaclass=M3):
    pass
print(type(Resolved).__name__)
class SubM1(M1):
    pass
class Derived(A1, metaclass=SubM1):
    pass
print(type(Derived).__name__)

# a metaclass that is a plain function
def func_meta(name, bases, ns):
    print("func_meta", name, bases)
    return "not a class: " + name
class Weird(metaclass=func_meta):
    pass
print(Weird)

# singletons via metaclass __call__
class Single(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Conf(metaclass=Single):
    def __init__(self, v):
        self.v = v
print(Conf(1).v, Conf(2).v, Conf(1) is Conf(3))

# class attributes defined by the metaclass vs the class
class MetaAttr(type):
    shared = "from meta"
class UsesMetaAttr(metaclass=MetaAttr):
    pass
print(UsesMetaAttr.shared, hasattr(UsesMetaAttr(), "shared"))

# __new__ changing bases/namespace; __qualname__ and __module__ in ns
class Upper(type):
    def __new__(mcls, name, bases, ns):
        ns = {k.upper() if not k.startswith("__") else k: v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, ns)
class Shout(metaclass=Upper):
    quiet = 1
    def speak(self):
        return "spoke"
print(Shout.QUIET, Shout().SPEAK(), hasattr(Shout, "quiet"))
class NS:
    print(sorted(k for k in dir() if k.startswith("__")))
print(NS.__qualname__, NS.__module__)

# type.__call__ skipping __init__ when __new__ returns another type
class Other:
    pass
class Switch:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("not called")
print(type(Switch()).__name__)
# __init__ called with args even when __new__ is object's
class Both:
    def __init__(self, a, b=2):
        self.s = a + b
print(Both(1).s, Both(1, b=5).s)
t(lambda: object.__new__(Both, 1) and "ok")
t(lambda: object(1))
t(lambda: Other(1))
# isinstance with metaclass __instancecheck__
class Duck(type):
    def __instancecheck__(cls, inst):
        return hasattr(inst, "quack")
class Duckish(metaclass=Duck):
    pass
class Mallard:
    def quack(self):
        pass
print(isinstance(Mallard(), Duckish), isinstance(1, Duckish))
class Sub2(type):
    def __subclasscheck__(cls, sub):
        return sub.__name__.startswith("S")
class Any(metaclass=Sub2):
    pass
print(issubclass(str, Any), issubclass(int, Any))
