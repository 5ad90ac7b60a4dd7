# AttributeError from super().
class A:
    def f(self):
        return super().f()
A().f()
