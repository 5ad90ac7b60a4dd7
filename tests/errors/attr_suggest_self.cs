# AttributeError on an instance suggests a near instance attribute.
class A:
    def __init__(self): self.blah = 1
a = A()
print(a.blh)
