# math: objects with __index__ (but not __float__) are accepted where a
# float or an int is expected.
import math

class Indexed:
    def __index__(self):
        return 9

print(math.sqrt(Indexed()), math.floor(Indexed()), math.factorial(Indexed()), math.gcd(Indexed(), 6))
print(math.isqrt(Indexed()), math.comb(Indexed(), 2), math.perm(Indexed(), 2), math.ldexp(1.0, 3))
try:
    math.ldexp(1.0, Indexed())
except TypeError as e:
    print("TypeError", e)
