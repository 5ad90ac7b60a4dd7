# Augmented assignment with every operator.
a += 1
a -= 1
a *= 1
a /= 1
a //= 1
a %= 1
a **= 1
a <<= 1
a >>= 1
a &= 1
a |= 1
a ^= 1
a @= 1
a.b += 1
a[0] -= 1
a += 1, 2
