# pickle's reduce protocol, edge cases: object.__getstate__ with __slots__
# (3.11), __reduce__ returning a global's name, malformed __reduce__ values.
import pickle


def rt(x):
    return pickle.loads(pickle.dumps(x))


class S:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


class SD(S):
    def __init__(self):
        super().__init__()
        self.z = 3


print(S().__getstate__(), SD().__getstate__())
r = rt(SD())
print(r.x, hasattr(r, "y"), r.z)


class ByName:
    def __reduce__(self):
        return "SINGLETON"


SINGLETON = ByName()
print(rt(SINGLETON) is SINGLETON, rt([SINGLETON, SINGLETON])[1] is SINGLETON)


class Bad:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return self.value


for value in (42, (1,), (1, 2, 3, 4, 5, 6, 7)):
    try:
        pickle.dumps(Bad(value))
    except pickle.PicklingError as e:
        print("PicklingError:", e)
