# Module objects and the sys module: module attributes and repr parts,
# module-level __getattr__/__dir__ (PEP 562), creating modules with
# type(sys)(name), sys.modules, sys.argv, sys.path, version info, limits
# (maxsize, recursion limit), sys.intern, sys.exit inside try, and the
# standard streams.
import sys

def t(f):
    try:
        r = f()
    except BaseException as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

ModuleType = type(sys)
print(ModuleType.__name__, type(sys).__name__, sys.__name__, isinstance(sys, ModuleType))
m = ModuleType("made_up", "doc string")
print(m.__name__, m.__doc__, repr(m), sorted(k for k in vars(m)))
m.x = 1
print(m.x, sorted(k for k in m.__dict__ if not k.startswith("__")), hasattr(m, "y"))
t(lambda: m.y)
t(lambda: ModuleType())
t(lambda: ModuleType(1))
del m.x
t(lambda: m.x)
def mod_getattr(name):
    if name == "dynamic":
        return "computed"
    raise AttributeError(f"module 'made_up' has no attribute {name!r}")
m.__getattr__ = mod_getattr
print(m.dynamic, getattr(m, "nope", "default"))
t(lambda: m.nope)
m.__dir__ = lambda: ["b", "a"]
print(dir(m))
m2 = ModuleType("m2")
print(m2.__doc__, m2.__spec__ if hasattr(m2, "__spec__") else "no spec attr", m2.__package__ if hasattr(m2, "__package__") else "")
sys.modules["made_up"] = m
import made_up
print(made_up is m, made_up.dynamic)
del sys.modules["made_up"]

# the main module
main = sys.modules["__main__"]
print(main.__name__, main.t is t, type(main).__name__, "__builtins__" in vars(main))

# sys attributes
print(type(sys.argv).__name__, len(sys.argv) >= 1, type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 0), type(sys.version).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.getrecursionlimit() > 0, type(sys.platform).__name__)
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
t(lambda: sys.setrecursionlimit(0))
t(lambda: sys.setrecursionlimit("x"))
a = "".join(["inter", "ned"])
print(sys.intern(a) is sys.intern("interned"), sys.intern("x") == "x")
t(lambda: sys.intern(5))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, hasattr(sys.stdin, "readline"), sys.stdout.writable())
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon, sys.int_info.bits_per_digit > 0)
print(sys.getsizeof(0) > 0, sys.getdefaultencoding(), sys.flags.optimize if hasattr(sys, "flags") else 0)
t(lambda: sys.exit())
t(lambda: sys.exit(3))
t(lambda: sys.exit("message"))
try:
    sys.exit(2)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
print(sys.exc_info() == (None, None, None))
print(sorted(k for k in ["argv", "path", "modules", "stdout", "stderr", "stdin", "version", "exit"] if hasattr(sys, k)))
