def outer():
    class A:
        @property
        def x(self): return 1
    return A
A = outer()
def foo(self): return 3
A.y = property(foo)
A.w = property()
for name in "xyw":
    for op in ("set", "del", "get"):
        try:
            if op == "set": setattr(A(), name, 2)
            elif op == "del": delattr(A(), name)
            else: getattr(A(), name)
        except AttributeError as e:
            print(name, op, e)
