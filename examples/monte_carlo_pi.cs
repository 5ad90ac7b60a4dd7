# Estimating pi by throwing darts at a square: the fraction that lands
# inside the quarter circle x*x + y*y <= 1 tends to pi / 4.
#
# random.seed(2024) makes the run repeatable, and because cs's random
# module is CPython's Mersenne Twister seeded the same way, python3.11
# prints exactly the same estimates.
import math
import random

random.seed(2024)
inside = 0
throws = 0
for checkpoint in [10, 100, 1000, 10000, 100000]:
    while throws < checkpoint:
        x, y = random.random(), random.random()
        if math.hypot(x, y) <= 1.0:
            inside += 1
        throws += 1
    estimate = 4 * inside / throws
    print(f"{throws:>6} darts: pi ~ {estimate:.5f}  (error {abs(estimate - math.pi):.5f})")
