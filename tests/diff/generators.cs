# Generators: next/send/throw/close, return values through StopIteration
# and yield from, generator states, exceptions inside generators,
# GeneratorExit handling, StopIteration turning into RuntimeError,
# generator expressions, and generators as coroutines of data.

def t(f):
    try:
        r = f()
    except BaseException as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

def counter(n):
    print("start")
    for i in range(n):
        got = yield i
        if got is not None:
            print("got", got)
    print("end")
    return "done"

g = counter(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
t(lambda: next(g))
t(lambda: g.send(1))

g2 = counter(2)
t(lambda: g2.send("early"))
print(g2.send(None))

# throw
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside", e)
            yield "recovered"
c = catcher()
next(c)
print(c.throw(ValueError("boom")))
print(next(c))
t(lambda: c.throw(KeyError("unhandled")))
t(lambda: next(c))
g3 = counter(1)
t(lambda: g3.throw(TypeError("before start")))
g4 = counter(1)
t(lambda: g4.throw(TypeError, "type and value"))
t(lambda: g4.throw(TypeError))

# close and GeneratorExit
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally in closer")
cl = closer()
next(cl)
print(cl.close())
print(cl.close())
t(lambda: next(cl))
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
bc = bad_closer()
next(bc)
t(bc.close)
def returning_closer():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
rc = returning_closer()
next(rc)
print(rc.close())
unstarted = closer()
print(unstarted.close())

# yield from
def inner():
    x = yield "inner 1"
    print("inner received", x)
    yield "inner 2"
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer end"
    return "outer result"
o = outer()
print(next(o), o.send("sent value"), next(o))
t(lambda: next(o))
def delegate_list():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)
    yield from (x * 10 for x in range(2))
print(list(delegate_list()))
def delegate_throw():
    try:
        yield from catcher()
    except KeyError:
        yield "outer caught KeyError"
dt = delegate_throw()
next(dt)
print(dt.throw(ValueError("to inner")), next(dt), dt.throw(KeyError("k")))
def yf_close():
    try:
        yield from closer()
    finally:
        print("yf_close finally")
yc = yf_close()
next(yc)
yc.close()
def yf_stopiter():
    r = yield from iter([])
    return r
t(lambda: next(yf_stopiter()))
def yield_from_non_iterable():
    yield from 5
t(lambda: next(yield_from_non_iterable()))

# StopIteration inside a generator becomes RuntimeError
def leaks_stop():
    yield 1
    raise StopIteration("inner stop")
ls = leaks_stop()
next(ls)
try:
    next(ls)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def next_on_empty():
    yield next(iter([]))
t(lambda: list(next_on_empty()))

# generator states via gi_frame / gi_running
def state_gen():
    yield 1
sg = state_gen()
print(sg.gi_running, sg.gi_frame is not None, sg.gi_code.co_name)
next(sg)
t(lambda: next(sg))
print(sg.gi_frame)
def reentrant():
    yield next(me)
me = reentrant()
t(lambda: next(me))

# generators with return and no yield executed
def early_return(flag):
    if flag:
        return "early"
    yield "never"
t(lambda: next(early_return(True)))
print(list(early_return(False)))

# infinite generator with islice-like consumption
def naturals():
    n = 0
    while True:
        yield n
        n += 1
nat = naturals()
print([next(nat) for _ in range(5)], next(nat))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(3, naturals())), sum(take(100, naturals())))

# generator expression scoping and laziness
gen_list = [1, 2, 3]
ge = (x * 2 for x in gen_list)
gen_list.append(4)
print(list(ge))
ge2 = (x for x in [1, 2])
print(list(ge2), list(ge2))

# send to a generator used as a coroutine accumulator
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
av = averager()
next(av)
print(av.send(10), av.send(20), av.send(0))

# generator finalization when garbage collected
def finalizer():
    try:
        yield 1
    finally:
        print("finalized")
f = finalizer()
next(f)
del f
print("after del")

# yield as an expression in various places
def expr_yield():
    a = (yield 1) + (yield 2)
    print("sum", a)
    yield [(yield 3)]
eg = expr_yield()
print(next(eg), eg.send(10), eg.send(20), eg.send("x"))
# lambda generator
lg = (lambda: (yield 5))()
print(next(lg))
# generators in class bodies and methods
class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = kids
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()
tree = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(tree.walk()))
print(repr(counter(1)).startswith("<generator object counter at"))
