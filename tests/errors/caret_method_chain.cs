# A call at the end of a chain of method calls is underlined from the start of the chain.
class A:
    def b(self, x):
        return self
    def c(self, y):
        raise ValueError(y)
a = A()
a.b(1).c(2)
