# An exception in __init__ during instance creation.
class A:
    def __init__(self, v):
        self.v = int(v)
A("zz")
