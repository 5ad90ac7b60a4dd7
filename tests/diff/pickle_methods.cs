# pickle: bound methods (of instances, of built-in objects, of classes).
import pickle


def rt(x):
    return pickle.loads(pickle.dumps(x))


class Acc:
    def __init__(self):
        self.v = 5

    def add(self, k):
        return self.v + k

    @classmethod
    def make(cls):
        return cls()


print(rt(Acc().add)(1))
print(type(rt(Acc.make)()).__name__)
print(rt([1, 2].count)(2))
print(rt(dict.fromkeys)("ab"))
print(rt("a-b".split)("-"))
