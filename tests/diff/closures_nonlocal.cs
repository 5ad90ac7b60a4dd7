# Closures and nonlocal: cells shared between inner functions, late
# binding, nonlocal rebinding at several levels, counters, closures over
# loop variables, __closure__ contents, and the errors for unbound cells.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc(), get())
inc2, get2 = make_counter()
print(inc2(), get())

def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner
    f = middle()
    f()
    return x, f()
print(outer())

def shadow():
    x = "outer"
    def inner():
        x = "inner"
        return x
    inner()
    return x
print(shadow())

def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 100
    return [f() for f in fs]
print(late())

def unbound():
    def inner():
        return v
    r = t(inner)
    v = 1
    return inner()
print(unbound())

def unbound_local():
    def inner():
        nonlocal w
        w += 1
    w = 0
    inner()
    del w
    t(inner)
unbound_local()

def local_before_assign():
    print(q)
    q = 1
t(local_before_assign)

def closure_contents():
    a = 1
    b = "two"
    def f():
        return a, b
    return f
f = closure_contents()
print(f(), len(f.__closure__), [c.cell_contents for c in f.__closure__], f.__code__.co_freevars)
print(closure_contents.__code__.co_cellvars, f.__closure__[0].__class__.__name__)
def no_closure():
    return 1
print(no_closure.__closure__)

# closures in class bodies skip the class scope

def nonlocal_class():
    v = 0
    class K:
        nonlocal v
        v = 5
    return v
print(nonlocal_class())

# lambda closures and default capture
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
def compose(*fs):
    def run(x):
        for fn in reversed(fs):
            x = fn(x)
        return x
    return run
print(compose(lambda x: x + 1, lambda x: x * 2)(5))

# recursive closure
def fib_maker():
    memo = {}
    def fib(n):
        if n in memo:
            return memo[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r
    return fib
print(fib_maker()(50))

# generator closing over a variable that changes
def gen_closure():
    n = 0
    def g():
        while n < 3:
            yield n
    it = g()
    out = [next(it)]
    n = 1
    out.append(next(it))
    n = 5
    out.append(list(it))
    return out
print(gen_closure())

# a cell variable that is also a parameter
def param_cell(p):
    def get():
        return p
    p = p * 2
    return get()
print(param_cell(21))
# del of a cell variable
def del_cell():
    c = 1
    def g():
        return c
    del c
    return g
t(del_cell())
