# Identifiers with non-ASCII letters.
café = 1
naïve = café + 1
π = 3.14159
数字 = [π, naïve]
_private = __dunder__ = x_1 = 2
Ωmega = _
