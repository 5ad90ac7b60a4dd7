class D:
    def __set_name__(self, owner, name):
        raise TypeError("boom")
try:
    class C:
        x = D()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
class Ok:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class E:
    y = Ok()
class C2:
    z = D()
