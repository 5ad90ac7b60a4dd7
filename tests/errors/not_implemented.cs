# NotImplementedError raised by a method.
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
Shape().area()
