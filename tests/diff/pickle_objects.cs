# pickle: functions, classes and builtins by name, exceptions, instances,
# and the objects that cannot be pickled.
import collections
import functools
import math
import os.path
import pickle

import _shapes as shapes


def rt(x):
    return pickle.loads(pickle.dumps(x))


def top(x):
    return x * 2


# functions and classes of modules travel by name: the same object comes back
for obj in (len, print, sorted, math.sqrt, os.path.join, functools.reduce,
            int, dict, object, type, ValueError, KeyError, collections.OrderedDict,
            shapes.Point, shapes.area, shapes.ShapeError):
    print(getattr(obj, "__name__", obj), rt(obj) is obj)
print(rt(math.sqrt)(16), rt(shapes.area)(3, 4), rt(sorted)([3, 1, 2]))
# a function of the main script can be called after the round trip
print(rt(top)(21), rt([top, top])[1](5))

# exceptions: class, args, str and attributes
e = rt(ValueError("bad", 3))
print(type(e).__name__, e.args, str(e))
print(repr(rt(KeyError("k"))), repr(rt(IndexError())))
e = rt(shapes.ShapeError("x", 1))
print(type(e) is shapes.ShapeError, e.args)
e = shapes.ShapeError("noted")
e.note = "hi"
r = rt(e)
print(r.args, r.note)
e = rt(ZeroDivisionError("division by zero"))
print(isinstance(e, ArithmeticError), e)
try:
    raise rt(RuntimeError("raised after loads"))
except RuntimeError as exc:
    print("caught", exc)

# instances of module-level classes: __dict__, __slots__, class identity
p = shapes.Point(1, [2, 3])
r = rt(p)
print(r, type(r) is shapes.Point, r == p, r is p, r.x)
print(rt(shapes.Point(-2, 5)).norm1, rt(shapes.Point.origin()), rt(shapes.Point.diagonal(4)))
s = rt(shapes.Slotted(7))
print(s.a, hasattr(s, "b"), type(s) is shapes.Slotted)
s2 = shapes.Slotted([1])
s2.b = s2.a
r = rt(s2)
print(r.a, r.b, r.a is r.b)
pts = [shapes.Point(0, 0)] * 2
r = rt(pts)
print(r, r[0] is r[1])
node = shapes.Point(None, None)
node.x = node
r = rt(node)
print(r.x is r)
# class attributes are not copied; the instance's __dict__ is
shapes.Point.extra = "class attr"
q = shapes.Point(3, 4)
q.tag = "instance attr"
r = rt(q)
print(r.extra, r.tag, sorted(vars(r)))
del shapes.Point.extra


# what cannot be pickled
def gen():
    yield 1


def show(f):
    try:
        f()
        print("pickled")
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)


show(lambda: pickle.dumps(gen()))
show(lambda: pickle.dumps((x for x in [])))
show(lambda: pickle.dumps([1, {"a": gen()}]))
show(lambda: pickle.dumps({"k": (1, gen())}))
