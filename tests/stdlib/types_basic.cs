# types: SimpleNamespace, the type names, new_class and friends.
import types
import sys

ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns.b, repr(types.SimpleNamespace()))
ns.c = [1]
del ns.a
print(ns, vars(ns), ns == types.SimpleNamespace(b="x", c=[1]), ns != types.SimpleNamespace())
class Sub(types.SimpleNamespace):
    pass
print(Sub(x=1), Sub(x=1) == types.SimpleNamespace(x=1), types.SimpleNamespace.__hash__)
ns.me = ns
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)
print(types.SimpleNamespace(**{"a b": 1}))

def f():
    pass
def g():
    yield 1
async def c():
    pass
class C:
    def m(self):
        pass
co = c()
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
print(isinstance(co, types.CoroutineType), isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance([].append, types.BuiltinMethodType), isinstance(sys, types.ModuleType), isinstance(None, types.NoneType))
print(isinstance(f.__code__, types.CodeType), types.NoneType, types.EllipsisType, types.NotImplementedType)
co.close()
print(types.FunctionType.__name__, types.ModuleType.__name__, types.MethodType.__name__)
m = types.ModuleType("mymod", "my doc")
m.x = 1
print(m.__name__, m.__doc__, m.x)

mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp), "k" in mp, mp.get("z", 0), dict(mp.items()))
try:
    mp["k"] = 2
except TypeError:
    print("read-only")

Dyn = types.new_class("Dyn", (object,), {}, lambda ns: ns.update({"x": 5}))
print(Dyn.__name__, Dyn.x, Dyn().x)
meta, ns2, kw = types.prepare_class("P", (), {"metaclass": type, "extra": 1})
print(meta, ns2, kw)
print(types.resolve_bases((int, str)))

class Thing:
    @types.DynamicClassAttribute
    def value(self):
        return 42
print(Thing().value)
try:
    Thing.value
except AttributeError:
    print("AttributeError on the class")
print(sorted(n for n in types.__all__ if n in ("SimpleNamespace", "FunctionType", "new_class", "MappingProxyType")))
