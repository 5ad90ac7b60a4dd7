# PEP 560: a class statement replaces a base that is not a class by what
# its __mro_entries__ returns, and keeps the original in __orig_bases__.
class MR:
    def __mro_entries__(self, bases):
        print("entries of", [type(b).__name__ for b in bases])
        return (object,)
class Z(MR()):
    pass
print(Z.__bases__, type(Z.__orig_bases__[0]).__name__)

class Base:
    def hello(self):
        return "hello from Base"
class Alias:
    def __init__(self, *targets):
        self.targets = targets
    def __mro_entries__(self, bases):
        return self.targets
class Mixin:
    pass
class D(Alias(Base, Mixin), int):
    pass
print([c.__name__ for c in D.__mro__], D().hello(), "__orig_bases__" in D.__dict__)

class Plain(Base):
    pass
print("__orig_bases__" in Plain.__dict__)

class Nothing:
    def __mro_entries__(self, bases):
        return ()
class E(Nothing()):
    pass
print(E.__bases__)

class Bad:
    def __mro_entries__(self, bases):
        return [object]
try:
    class F(Bad()):
        pass
except TypeError as e:
    print(e)

class NotAClass:
    pass
try:
    class G(NotAClass()):
        pass
except TypeError as e:
    print(type(e).__name__)
