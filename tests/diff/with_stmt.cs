# The with statement: several items (entered left to right, exited right
# to left), parenthesized item lists, exceptions in __enter__ and __exit__,
# suppression, the arguments __exit__ receives, return/break/continue
# inside with, and nesting.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

log = []
class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit
    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        if self.fail_exit:
            raise KeyError("exit failed: " + self.name)
        return self.suppress

def run(body):
    del log[:]
    try:
        r = body()
        log.append("result %r" % (r,))
    except Exception as e:
        log.append("raised %s(%s)" % (type(e).__name__, e))
    print(log)

def multi():
    with CM("a") as a, CM("b") as b, CM("c"):
        log.append("body %s %s" % (a, b))
run(multi)
def paren():
    with (CM("x") as x,
          CM("y") as y):
        log.append("paren body")
    return x + y
run(paren)
def raise_in_body():
    with CM("a"), CM("b"):
        raise ValueError("body")
run(raise_in_body)
def suppress_inner():
    with CM("outer"), CM("inner", suppress=True):
        raise ValueError("suppressed")
    return "continued"
run(suppress_inner)
def fail_enter_second():
    with CM("first"), CM("second", fail_enter=True), CM("third"):
        log.append("never")
run(fail_enter_second)
def fail_exit():
    with CM("a"), CM("b", fail_exit=True):
        log.append("body")
run(fail_exit)
def fail_exit_during_exception():
    with CM("a", fail_exit=True):
        raise ValueError("original")
run(fail_exit_during_exception)
def return_inside():
    with CM("r"):
        return "from with"
run(return_inside)
def loop_control():
    out = []
    for i in range(4):
        with CM(str(i)):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out
run(loop_control)
def nested():
    with CM("outer"):
        with CM("inner", suppress=True):
            1 / 0
        log.append("after inner")
run(nested)

# exit receives the exception triple
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        et, ev, tb = args
        print("exit args:", et, repr(ev), type(tb).__name__ if tb else tb)
        return True
with Inspect():
    raise IndexError("idx")
with Inspect():
    pass

# the exception context in a suppressed with is cleared
import sys
with Inspect():
    raise TypeError("t")
print(sys.exc_info())

# __enter__ return value is independent of the manager
class Returns:
    def __enter__(self):
        return [1, 2]
    def __exit__(self, *a):
        pass
with Returns() as (p, q):
    print(p, q)
with Returns() as lst:
    lst.append(3)
    print(lst)
holder = {}
with Returns() as holder["key"]:
    pass
print(holder)

# with on objects lacking the protocol
class NoEnter:
    def __exit__(self, *a):
        pass
def use_bad():
    with NoEnter():
        pass
t(use_bad)
def use_int():
    with 5:
        pass
t(use_int)

# generator-based manager without contextlib
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        else:
            try:
                self.gen.throw(ev)
            except StopIteration:
                return True
            except BaseException as e:
                if e is ev:
                    return False
                raise
def managed():
    print("setup")
    try:
        yield "resource"
    except ZeroDivisionError:
        print("handled inside generator")
    finally:
        print("teardown")
with GenCM(managed()) as r:
    print("using", r)
with GenCM(managed()) as r:
    1 / 0
print("done")
