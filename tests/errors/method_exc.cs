# An exception from a method calling a list method.
class Stack:
    def __init__(self):
        self.items = []
    def pop(self):
        return self.items.pop()
Stack().pop()
