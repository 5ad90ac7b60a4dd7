# Setting or deleting an attribute that a built-in object shows but does
# not let change: CPython's messages for read-only members ("readonly
# attribute"), getsets without a setter, methods, and missing attributes.
import sys

def t(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)

def f():
    pass

t(lambda: setattr(1, "real", 2))
t(lambda: setattr(1.5, "imag", 2))
t(lambda: delattr(1, "numerator"))
t(lambda: setattr([], "append", 2))
t(lambda: setattr("s", "upper", 2))
t(lambda: setattr(1, "foo", 2))
t(lambda: setattr(range(3), "start", 1))
t(lambda: delattr(range(3), "step"))
t(lambda: setattr(slice(1), "stop", 1))
t(lambda: setattr(property(), "fget", 1))
t(lambda: setattr(f.__code__, "co_name", "x"))
t(lambda: setattr(sys.version_info, "major", 5))
t(lambda: setattr((1).__add__, "__self__", 5))
t(lambda: setattr(f.__get__(1), "__func__", 5))
t(lambda: setattr({}.keys(), "mapping", 5))
t(lambda: setattr({}.items(), "mapping", 5))
t(lambda: setattr(iter([]), "x", 5))
t(lambda: setattr(object(), "x", 5))
t(lambda: setattr(None, "x", 1))
t(lambda: setattr(int, "__name__", 5))
t(lambda: setattr(int, "x", 5))
t(lambda: setattr(f, "__code__", 5))
t(lambda: setattr(f, "__globals__", 5))
t(lambda: setattr(ValueError(), "args", 5))
d = {"k": 1}
print(d.keys().mapping, d.values().mapping["k"], type(d.items().mapping).__name__)
