# sys._getframe and frame objects: globals, locals, line, caller, and
# frames that outlive their call.
import sys

print(sys._getframe(0).f_globals['__name__'], type(sys._getframe()).__name__)

def who_called():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_globals is globals()

def caller():
    x = 42
    return who_called()
print(caller())

def inner_locals():
    a = 1
    b = "two"
    def clo():
        return a
    return sys._getframe().f_locals
print(sorted(inner_locals().items(), key=lambda kv: kv[0])[:2])

def keep():
    v = "kept"
    return sys._getframe()
fr = keep()
print(fr.f_code.co_name, fr.f_lineno, fr.f_locals["v"], fr.f_back.f_code.co_name)

def depth3():
    return [sys._getframe(i).f_code.co_name for i in range(3)]
def depth2():
    return depth3()
print(depth2())

try:
    sys._getframe(10000)
except ValueError as e:
    print(e)
for bad in [(1, 2), ("x",)]:
    try:
        sys._getframe(*bad)
    except TypeError as e:
        print(e)
try:
    sys._getframe(depth=1)
except TypeError as e:
    print(e)

def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe().f_back.f_code.co_name
g = gen()
print(next(g), next(g))

class K:
    here = sys._getframe().f_code.co_name
    names = sorted(k for k in sys._getframe().f_locals if not k.startswith("__"))
print(K.here, K.names)
print(sys._getframe().f_back)
