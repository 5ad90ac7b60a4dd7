# pickle: instances of classes defined in the main script that use
# property, staticmethod, classmethod, dataclasses, enum and namedtuple.
import collections
import dataclasses
import enum
import pickle


def rt(x):
    return pickle.loads(pickle.dumps(x))


class K:
    def __init__(self):
        self.v = 2

    @property
    def double(self):
        return self.v * 2

    @staticmethod
    def s():
        return "static"

    @classmethod
    def c(cls):
        return cls.__name__


k = rt(K())
print(k.v, k.double, k.s(), k.c())


@dataclasses.dataclass
class D:
    x: int
    y: list = dataclasses.field(default_factory=list)


print(rt(D(1)), rt(D(2, [3])).y)


class Color(enum.Enum):
    RED = 1
    GREEN = 2


print(rt(Color.RED), rt([Color.GREEN])[0].value)

P = collections.namedtuple("P", "x y")
p = rt(P(1, 2))
print(p, p.x, p._asdict())
