# A class with a base, a class attribute, methods, a property and super().
class Base:
    def greet(self):
        return "base"

class Child(Base):
    kind = "child"

    def __init__(self, name):
        self.name = name

    @property
    def upper(self):
        return self.name.upper()

    def greet(self):
        return super().greet() + " " + self.name
