# Messages of calls that bind arguments wrongly, and of `with` on objects
# that are not context managers (CPython 3.11's wording).

def check(fn):
    try:
        fn()
    except TypeError as e:
        print(e)

def f(a, b, /, c=0): pass
check(lambda: f(a=1, b=2))
check(lambda: f(1, b=2))
check(lambda: f(b=1, a=2, c=3))
def g(a, /, **kw): return kw
print(g(1, a=2))

def h(**k): pass
check(lambda: h(**{1: 2}))
check(lambda: h(a=1, **{"a": 2}))
check(lambda: h(**{"a": 1}, **{"a": 2}))
check(lambda: h(**[1]))
check(lambda: print(**[1]))

class NoExit:
    def __enter__(self): return self
class NoEnter:
    def __exit__(self, *a): pass
def use(m):
    with m:
        pass
check(lambda: use(NoExit()))
check(lambda: use(NoEnter()))
check(lambda: use(42))
