# OverflowError from float power.
import math
x = 10.0 ** 400
