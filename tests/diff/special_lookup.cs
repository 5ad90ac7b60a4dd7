# Special methods are looked up on the type, not the instance; object's
# defaults (__eq__/__ne__/__hash__/__repr__/__str__/__format__), inherited
# and re-enabled __hash__, object.__new__/__init__ argument rules,
# operators on classes themselves, and NotImplemented behaviour.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

class A:
    pass
a = A()
a.__len__ = lambda: 5
a.__repr__ = lambda: "instance repr"
a.__call__ = lambda: "called"
t(lambda: len(a))
print(repr(a).startswith("<__main__.A object"), a.__repr__())
t(lambda: a())
A.__len__ = lambda self: 7
print(len(a))
del A.__len__
t(lambda: len(a))

# object defaults
o1, o2 = object(), object()
print(o1 == o1, o1 == o2, o1 != o2, o1.__eq__(o2), o1.__ne__(o1), o1.__eq__(o1), o1.__lt__(o2))
print(object.__eq__(1, 1), object.__ne__(1, 2), type(object.__hash__(o1)).__name__, object.__str__(5), object.__repr__(5)[:14])
print(format(o1, "") == str(o1))
t(lambda: format(o1, "x"))
t(lambda: o1 < o2)

class EqOnly:
    def __eq__(self, o):
        return True
class EqHash(EqOnly):
    __hash__ = object.__hash__
class Child(EqHash):
    pass
t(lambda: hash(EqOnly()))
print(type(hash(EqHash())).__name__, type(hash(Child())).__name__, EqOnly.__hash__, Child.__hash__ is object.__hash__)
class NoHash:
    __hash__ = None
t(lambda: hash(NoHash()))
t(lambda: {NoHash()})
print(isinstance(NoHash(), object), hasattr(NoHash(), "__hash__"))

# object.__new__ / __init__ extra arguments
class NoInit:
    pass
t(lambda: NoInit(1))
t(lambda: NoInit(x=1))
class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(1).a)
class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
t(lambda: object.__new__(int))
t(lambda: object.__new__(5))
t(lambda: object.__init__(NoInit(), 1))
class NewPassesArgs:
    def __new__(cls, *a):
        return object.__new__(cls, *a)
t(lambda: NewPassesArgs(1))

# operators on classes
t(lambda: int + 1)
t(lambda: A < A)
print(A == A, A != int, A is A, hash(A) == hash(A), {A: 1}[A], int.__name__ < str.__name__)
t(lambda: -A)
t(lambda: A[0])
t(lambda: len(A))
t(lambda: iter(A))

# NotImplemented
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
class ReturnsNI:
    def __eq__(self, o):
        return NotImplemented
    def __add__(self, o):
        return NotImplemented
r = ReturnsNI()
print(r == r, r == 1, r != 1)
t(lambda: r + 1)
t(lambda: bool(NotImplemented))
print((1).__add__("x"), (1).__eq__("x"), "a".__lt__(1), [].__eq__(()), (1.5).__add__("x"))

# __getattribute__ vs special lookup
class Loud:
    def __getattribute__(self, n):
        print("getattribute", n)
        return object.__getattribute__(self, n)
    def __len__(self):
        return 3
print(len(Loud()))
lo = Loud()
print(lo.__len__())
# __class__ via special names
class Fake:
    @property
    def __class__(self):
        return int
fk = Fake()
print(fk.__class__, type(fk).__name__, isinstance(fk, int), isinstance(fk, Fake))
