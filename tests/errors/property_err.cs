# AttributeError raised inside a property getter.
class A:
    @property
    def p(self):
        return self.missing
A().p
