# AttributeError in the middle of a dotted target.
class A:
    pass
a = A()
a.b.c.d = 1
