# Inheritance: method resolution order (C3) for single, multiple and
# diamond inheritance, C3 failures, super() in all its forms (zero-arg,
# two-arg, in classmethods, staticmethod-free, cooperative __init__),
# overriding and extending, isinstance/issubclass, and __bases__.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

def names(cls):
    return [c.__name__ for c in cls.__mro__]

class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
print(names(D), D().who(), D().chain(), D.mro() == list(D.__mro__))
print(D.__bases__, B.__bases__, A.__bases__, object.__bases__, A.__base__, D.__base__)

class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Final(K1, K2, K3): pass
print(names(Final))

t(lambda: type("Bad", (X, K1), {}))
def bad_c3():
    class P1: pass
    class P2(P1): pass
    class Q(P1, P2): pass
t(bad_c3)
def dup_base():
    class R(A, A): pass
t(dup_base)
def not_a_class():
    class R(5): pass
t(not_a_class)
def cant_sub_bool():
    class R(bool): pass
t(cant_sub_bool)

# super() forms
class Base:
    def __init__(self, v):
        print("Base.__init__", v)
        self.v = v
    def greet(self):
        return "base " + str(self.v)
    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__
    @staticmethod
    def st():
        return "Base.st"
class Child(Base):
    def __init__(self, v):
        print("Child.__init__")
        super().__init__(v * 2)
    def greet(self):
        return "child/" + super().greet()
    @classmethod
    def make(cls):
        return "Child>" + super().make()
    def two_arg(self):
        return super(Child, self).greet()
    def st_via_super(self):
        return super().st()
c = Child(5)
print(c.greet(), Child.make(), c.two_arg(), c.st_via_super(), c.make())
print(super(Child, c).greet(), super(Child, Child).make(), type(super(Child, c)).__name__)
t(lambda: super(Child, 5))
t(lambda: super(int, "x"))
def super_outside():
    return super()
t(super_outside)
class NoArgsStatic:
    @staticmethod
    def f():
        return super()
t(NoArgsStatic.f)
print(repr(super(Child, c)).startswith("<super: <class 'Child'>, <Child object"))

# cooperative multiple inheritance with kwargs
class Root:
    def __init__(self, **kw):
        print("Root", sorted(kw))
class Left(Root):
    def __init__(self, left=None, **kw):
        print("Left", left)
        super().__init__(**kw)
class Right(Root):
    def __init__(self, right=None, **kw):
        print("Right", right)
        super().__init__(**kw)
class Both(Left, Right):
    def __init__(self, **kw):
        print("Both")
        super().__init__(**kw)
Both(left=1, right=2, extra=3)
print(names(Both))

# isinstance / issubclass
print(isinstance(D(), A), isinstance(D(), (int, C)), issubclass(D, (B, int)), issubclass(bool, int))
print(issubclass(D, D), issubclass(A, D), isinstance(True, int), isinstance(1, bool), issubclass(int, object))
t(lambda: issubclass(D(), A))
t(lambda: isinstance(1, 5))
t(lambda: issubclass(A, (A, 5)))
print(isinstance(1, (str, (list, (int,)))), D.__subclasses__(), [k.__name__ for k in A.__subclasses__()])

# attribute lookup order and overriding class attributes
class P:
    x = "P.x"
    def show(self):
        return self.x
class Q(P):
    x = "Q.x"
print(Q().show(), P().show(), super(Q, Q()).x if False else Q.__mro__[1].x)

# method resolution with overridden __init__ that doesn't call super
class NoSuper(Base):
    def __init__(self):
        pass
ns = NoSuper()
t(lambda: ns.v)

# built-in subclasses
class MyList(list):
    def push(self, v):
        self.append(v)
        return self
class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
class MyInt(int):
    def double(self):
        return self * 2
ml = MyList([1]).push(2)
md = MyDict(a=3)
print(ml, type(ml).__name__, md["a"], md.get("a"), MyStr("hi").shout(), MyInt(21).double(), names(MyInt))
print(len(ml), ml + [3], isinstance(md, dict), MyStr("ab") + "c", type(MyStr("ab") + "c").__name__)
print(MyInt(5) + 1, type(MyInt(5) + 1).__name__, -MyInt(5), MyInt("12"), str(MyInt(7)), repr(MyStr("q")))

# object methods inherited
class Plain:
    pass
print(Plain.__str__ is object.__str__, Plain.__init__ is object.__init__, Plain().__eq__(1))
print(object.__name__, names(Plain), Plain.__class__, type.__mro__)

# overriding a method with an attribute that is not callable
class Weird(A):
    who = "not callable"
t(lambda: Weird().who())
print(Weird().chain())
# mro() can be called on type and returns a list
print(type(A.mro()).__name__, names(bool))
