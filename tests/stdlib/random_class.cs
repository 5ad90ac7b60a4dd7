# random: Random instances, getstate/setstate, subclasses that override
# random() or getrandbits() (the other methods then use the overrides, as
# CPython decides), and the module functions being methods of one instance.
import random

r = random.Random(99)
print(r.random(), r.randint(1, 100), r.choice("xyz"), r.sample(range(10), 3))
r2 = random.Random()
r2.seed(99)
print(r2.random(), random.Random(x=99).random(), random.Random("seed").random())
print(isinstance(r, random.Random), type(r).__name__, type(r).__module__ if False else "", hasattr(r, "gauss"))

# State round trips, also through the gauss cache.
r = random.Random(5)
st = r.getstate()
print(st[0], len(st[1]), st[1][-1], st[1][:3], st[2])
first = [r.random() for _ in range(5)]
r.setstate(st)
print(first == [r.random() for _ in range(5)])
g1 = r.gauss()
st = r.getstate()
print(type(st[2]).__name__)
g2 = r.gauss()
r.setstate(st)
print(g2 == r.gauss())
print(random.Random(0).getstate()[1][:4], random.Random(0).getstate()[1][-1])
other = random.Random(1)
other.setstate(random.Random(2).getstate())
print(other.random() == random.Random(2).random())
random.setstate(random.Random(77).getstate())
print(random.random() == random.Random(77).random())

class Fixed(random.Random):
    def random(self):
        return 0.3

m = Fixed(5)
print(m.random(), m.randrange(10), m.choice("abcdef"), m.uniform(0, 10), [m.randint(1, 100) for _ in range(3)])
print(m.choices("abc", k=3), m.gauss(), m.expovariate(2))
l = list(range(6))
m.shuffle(l)
print(l)

class Bits(random.Random):
    def getrandbits(self, k):
        return (2 ** k - 1) // 3

b = Bits(1)
print(b.randrange(100), b.random(), b.choice("abcdefgh"), b.randbytes(3))

class Seeded(random.Random):
    def __init__(self, s):
        super().__init__(s * 2)
        self.extra = s

s = Seeded(21)
print(s.extra, s.random() == random.Random(42).random(), isinstance(s, random.Random), type(s).__name__)

class NoInit(random.Random):
    def __init__(self):
        self.name = "no seed"

n = NoInit()
print(n.name, 0.0 <= n.random() < 1.0)

class CustomSeed(random.Random):
    def seed(self, a=None):
        self.seeded_with = a
        super().seed(a)

c = CustomSeed(8)
print(c.seeded_with, c.random() == random.Random(8).random())

r = random.Random(42)
print([r.randrange(3) for _ in range(30)])
print([r.random() < 0.5 for _ in range(10)])
print([r.getrandbits(k) for k in (0, 1, 2, 31, 32, 33, 63, 64, 65, 127, 128, 129, 1000)])

# The module functions are bound methods of one hidden instance.
random.seed(3)
a = random.random()
inst = random._inst
inst.seed(3)
print(a == inst.random(), random.random.__self__ is inst)

sr = random.SystemRandom()
x = sr.random()
print(0.0 <= x < 1.0, 0 <= sr.randrange(10) < 10, sr.getrandbits(8) < 256, len(sr.randbytes(4)), sr.seed(5))
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)

# Unseeded generators differ from each other.
print(random.Random().random() != random.Random().random())

# A class derived from collections.abc.Sequence is a population too.
from collections.abc import Sequence

class Tens(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10

random.seed(4)
print(random.sample(Tens(8), 3), random.choice(Tens(5)), random.choices(Tens(4), k=3))

class NotSequence:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i

try:
    random.sample(NotSequence(), 2)
except TypeError as e:
    print(e)

# Copies carry the generator's state.
import copy
r = random.Random(11)
r.random()
c = copy.copy(r)
d = copy.deepcopy(r)
print(c.random() == r.random() == d.random(), type(c).__name__)
print(r.__reduce__()[0] is random.Random, r.__reduce__()[1], len(r.__reduce__()[2][1]))
