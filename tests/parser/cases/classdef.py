# Class definitions.
class A: pass
class A(): pass
class A(B): pass
class A(B, C): pass
class A(B, metaclass=M): pass
class A(*bases, **kw): pass
class A:
    x = 1
    def method(self):
        return self.x
    class Inner:
        pass
