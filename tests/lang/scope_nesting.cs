# Scope rules: closures through class bodies, comprehensions, global and
# nonlocal declarations, cells that are deleted, __class__ and super().

def f1():
    y = 1
    class K:
        y = 2
        def m(self):
            return y
        z = y
    return K().m(), K.y, K.z
print("f1", f1())

def f2():
    y = 1
    class A:
        y = 2
        class B:
            y = 3
            def m(self):
                return y
        w = y
    return A.B().m(), A.w, A.y, A.B.y
print("f2", f2())

def f3():
    x = "outer"
    class K:
        try:
            a = x        # bound in the class: LOAD_NAME, so globals
        except NameError as e:
            a = str(e)
        x = "class"
        b = x
        def m(self):
            return x
    return K.a, K.b, K().m()
print("f3", f3())

def f4():
    x = "outer"
    class K:
        def m(self):
            return x
        print("in body", x)
    return K().m()
print("f4", f4())

g = "global"
def f5():
    class K:
        g = "class"
        def m(self):
            return g
        vals = [g for _ in range(2)]
    return K().m(), K.vals
print("f5", f5())

def f6():
    v = "enclosing"
    class K:
        v = "class"
        comp = [v for _ in range(1)]
        gen = list(v for _ in range(1))
        first = [w for w in [v]]
    return K.comp, K.gen, K.first
print("f6", f6())

class Top:
    n = 5
    items = [n * 2 for n in range(3)]
    try:
        bad = [n for _ in range(1)]
    except NameError as e:
        bad = str(e)
print("Top", Top.items, Top.bad)

counter = 0
def f7():
    global counter
    counter += 1
    def inner():
        return counter
    return inner()
print("f7", f7(), counter)

def f8():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    add(2); add(3)
    return total
print("f8", f8())

def f9():
    x = 1
    def inner():
        return x
    del x
    try:
        inner()
    except NameError as e:
        return str(e)
print("f9", f9())

def f10():
    x = 1
    def g():
        nonlocal x
        del x
    g()
    try:
        return x
    except NameError as e:
        return str(e)
print("f10", f10())

class Base:
    def who(self):
        return "Base"
class Derived(Base):
    def who(self):
        def helper():
            return super(Derived, self).who() + "+helper"
        return helper()
    def cls(self):
        return (lambda: __class__)()
    def sup(self):
        try:
            return [super().who() for _ in range(1)]
        except TypeError as e:
            return str(e)
print("super", Derived().who(), Derived().cls().__name__, Derived().sup())

def f11():
    class C:
        def m(self):
            return __class__
    return C().m() is C
print("f11", f11())

def f12():
    a = 1
    def mid():
        def inner():
            return a
        return inner
    return mid()()
print("f12", f12())

def f13():
    x = 0
    def g():
        global x
        x = "set by g"
    g()
    return x
print("f13", f13(), x)

def f14():
    fs = [lambda: i for i in range(3)]
    return [h() for h in fs]
print("f14", f14())

def f15():
    res = []
    for i in range(3):
        def h(i=i):
            return i
        res.append(h())
    return res
print("f15", f15())

def f16():
    y = 10
    class K:
        global y
        y = 20
        def m(self):
            return y
    return K().m(), y
y = 0
print("f16", f16(), y)

def f17():
    x = 1
    class K:
        nonlocal x
        x = 2
        def m(self):
            return x
    return x, K().m()
print("f17", f17())

def f18():
    if (n := 4) > 3:
        pass
    return [m := k for k in range(n)], m
print("f18", f18())

def f19():
    a = 1
    def g():
        b = a
        class K:
            c = b + a
            def m(self):
                return a + b
        return K.c, K().m()
    return g()
print("f19", f19())

def f20():
    x = "fn"
    class K:
        x = "cls"
        def m(self):
            class Inner:
                val = x
            return Inner.val
    return K().m()
print("f20", f20())

def f21():
    x = 1
    class K:
        del_me = 3
        x = 2
        del x
        y = x
        def m(self):
            return x
    return K.y, K().m()
print("f21", f21())

x = "module x"
def f22():
    x = "f22 x"
    def g():
        global x
        def h():
            return x
        return h()
    return g()
print("f22", f22())

def f23():
    class Outer:
        class Inner:
            def m(self):
                return __class__.__name__
        def m(self):
            return __class__.__name__
    return Outer().m(), Outer.Inner().m()
print("f23", f23())

def f24():
    k = 3
    class K:
        vals = [k * i for i in range(3)]
        pairs = {i: k for i in range(2)}
    return K.vals, K.pairs
print("f24", f24())

def f25():
    a = 1
    def g():
        return [[a + i + j for j in range(2)] for i in range(2)]
    return g()
print("f25", f25())

def f26():
    def make():
        n = 0
        def inc():
            nonlocal n
            n += 1
            return n
        def get():
            return n
        return inc, get
    inc, get = make()
    inc(); inc()
    return get()
print("f26", f26())
print("co", f1.__code__.co_cellvars, f2.__code__.co_cellvars, f26.__code__.co_varnames)

# --- more nesting cases ---
class A:
    x = 1
    f = lambda self, y=x: y
    g = lambda self: x if False else "global-x" if "x" not in globals() else x
print(A().f())
x = "gx"
print(A().g())

def outer():
    v = "outer v"
    class B:
        v = "B v"
        w = [v for _ in range(1)]          # comprehension skips class scope
        z = (lambda: v)()                  # lambda skips class scope
    return B.w, B.z, B.v
print(outer())

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    class Holder:
        def peek(self):
            return n
    inc(); inc()
    return get(), Holder().peek()
print(counter())

def shadow():
    len = lambda s: -1
    class C:
        size = len("abc")
        def m(self):
            return len("abcd")
    return C.size, C().m()
print(shadow())

def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3()
        return l2()
    return l1()
print(deep())

def cell_param(p):
    def get():
        return p
    p = p * 2
    return get()
print(cell_param(21))

def del_then_rebind():
    x = 1
    def get():
        return x
    del x
    x = 3
    return get()
print(del_then_rebind())

def class_uses_later():
    class K:
        def m(self):
            return later
    later = "bound after class"
    return K().m()
print(class_uses_later())

def comp_walrus():
    data = [1, 2, 3]
    total = 0
    [total := total + d for d in data]
    return total
print(comp_walrus())

class Outer:
    class Inner:
        def m(self):
            return __class__.__qualname__
    def m(self):
        return __class__.__qualname__, self.Inner().m()
print(Outer().m())

def gen_closure():
    vals = []
    for i in range(3):
        vals.append(lambda i=i: i * 10)
    return [f() for f in vals]
print(gen_closure())

def global_in_nested():
    global gval
    gval = "set"
    def read():
        return gval
    return read()
print(global_in_nested(), gval)

def class_global():
    class K:
        global cg
        cg = "class global"
    return cg
print(class_global())

def super_in_genexp():
    class Base:
        def items(self):
            return [1, 2]
    class Sub(Base):
        def items(self):
            return list(x * 2 for x in super().items())
    return Sub().items()
print(super_in_genexp())

def annotated_local():
    x: int
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(annotated_local())

# --- __class__ cells in nested classes ---
class A:
    def m(self):
        class B:
            def n(self):
                return __class__.__name__
        return B().n(), __class__.__name__
print(A().m())
class P:
    def hello(self):
        return "P"
class Q(P):
    def hello(self):
        class Local(P):
            def hello(self):
                return "Local>" + super().hello()
        return super().hello() + "|" + Local().hello()
print(Q().hello())
def f():
    __class__ = "local __class__"
    class C:
        def m(self):
            return __class__
    return C().m().__name__, __class__
print(f())
