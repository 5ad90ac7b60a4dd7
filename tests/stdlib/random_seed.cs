# random: the same numbers as CPython 3.11 after seeding with ints (small,
# negative, big), floats, str, bytes and bytearray, for every method.
import random

def p(*a):
    print(" ".join(repr(x) for x in a))

seeds = [0, 1, 42, -7, 2**32 - 1, 2**32, 2**64 + 5, 10**40, -(10**40), "hello", "", "héllo wörld", "🐍",
         b"bytes", b"", bytearray(b"ba"), 3.5, -2.25, 0.0, True, False, 12345678901234567890]
for seed in seeds:
    random.seed(seed)
    p(seed, random.random(), random.random(), random.getrandbits(1), random.getrandbits(31),
      random.getrandbits(32), random.getrandbits(33), random.getrandbits(64), random.getrandbits(100))
    p(random.randrange(10), random.randrange(1, 100), random.randrange(0, 100, 7), random.randrange(100, 0, -3),
      random.randint(-5, 5), random.randrange(2**70), random.randrange(-2**65, 2**65, 3), random.randint(1, 6))
    p([random.randint(1, 6) for _ in range(20)])
    p(random.choice("abcdefg"), random.choice([1, 2, 3]), random.choice(range(1000)), random.choice((None,)))
    items = list(range(20))
    random.shuffle(items)
    p(items)
    p(random.sample(range(100), 10), random.sample("abcdefghij", 4), random.sample(range(10**6), 5))
    p(random.sample(range(1000), 50))
    p(random.sample(["a", "b", "c"], 5, counts=[3, 2, 1]))
    p(random.choices("abc", k=5), random.choices(range(10), weights=range(10), k=6),
      random.choices("xyz", cum_weights=[1, 5, 6], k=4), random.choices([1, 2], [0.5, 0.25]))
    p(random.uniform(1, 10), random.uniform(-1.5, 1.5), random.triangular(), random.triangular(0, 10, 2),
      random.triangular(5, 1))
    p(random.gauss(), random.gauss(), random.gauss(5, 2), random.normalvariate(), random.normalvariate(10, 3),
      random.lognormvariate(0, 0.5))
    p(random.expovariate(1.5), random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0),
      random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(5, 0.5))
    p(random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.paretovariate(3), random.weibullvariate(1, 1.5))
    p(random.randbytes(5), random.randbytes(0), random.randbytes(9))

random.seed("abc", version=1)
p(random.random())
random.seed(b"abc", version=1)
p(random.random())
random.seed("", version=1)
p(random.random())
random.seed("abc", version=2.0)
p(random.random())

# Many seeds, a few numbers each.
for s in range(200):
    random.seed(s * 7919)
    p(s, random.random(), random.randrange(1000), random.getrandbits(40))
