# ValueError from int() of a string over the digit limit.
import sys
x = int("9" * 5000)
