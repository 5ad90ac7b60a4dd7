# Raising a class whose __init__ needs arguments.
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
raise E
