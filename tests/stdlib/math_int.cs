# math: the integer functions (factorial, gcd, lcm, isqrt, comb, perm) on
# small and big ints, and the logarithms of ints too large for a float.
import math

print([math.factorial(n) for n in range(0, 25)])
print(math.factorial(100))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7))
print(math.factorial(True), math.factorial(False))

print(math.gcd(), math.gcd(0), math.gcd(-7), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5))
print(math.gcd(12, 18, 27), math.gcd(2**100, 2**80 * 3), math.gcd(3**50, 3**40 * 2**10, 3**45))
print(math.gcd(2**64 + 1, 2**64 + 1), math.gcd(-2**63, 2**63), math.gcd(10**30, 10**20 + 5))
print(math.lcm(), math.lcm(5), math.lcm(-5), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(3, 0, 7))
print(math.lcm(2, 3, 4, 5, 6, 7, 8, 9, 10), math.lcm(2**70, 3), math.lcm(10**20, 10**21 + 1))
print(math.gcd(True, 4), math.lcm(True, 6))

for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**52, 2**53 + 1, 2**62, 2**63 - 1, 2**63, 2**64 - 1, 2**64,
          2**64 + 1, 10**30, 10**30 - 1, 3**200, 2**1000 - 1]:
    r = math.isqrt(n)
    print("isqrt", n, r, r * r <= n < (r + 1) * (r + 1))

for n in range(0, 12):
    print("comb", n, [math.comb(n, k) for k in range(0, n + 2)])
    print("perm", n, [math.perm(n, k) for k in range(0, n + 2)], math.perm(n), math.perm(n, None))
print(math.comb(100, 50), math.comb(2**64, 2), math.comb(1000, 3), math.comb(10**30, 10**30 - 3))
print(math.perm(100, 10), math.perm(2**64, 2), math.perm(50, 50) == math.factorial(50))
print(math.comb(True, True), math.perm(True))

for n in [1, 2, 10, 2**52, 2**1000, 10**308, 10**309, 10**1000, 3**5000, 2**1023 * 3]:
    print("log", math.log(n), math.log2(n), math.log10(n), math.log(n, 7), math.log(n, 2**200))
print(math.log(2**2000, 2**1000), math.log(8, 2), math.log(100, 10), math.log(1, 5), math.log(0.5, 2))
print(math.log(10**400, 10**400), math.log2(True))
for bad in [0, -1, -(10**500), 0.0, -0.5]:
    for f in [math.log, math.log2, math.log10]:
        try:
            f(bad)
        except ValueError as e:
            print(f.__name__, bad, "ValueError", e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

class Big(int):
    pass

print(math.factorial(Big(5)), math.gcd(Big(12), 8), math.isqrt(Big(50)), math.log(Big(8), 2))
