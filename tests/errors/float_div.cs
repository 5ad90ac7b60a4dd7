# ZeroDivisionError from float division.
r = 1.5 / 0.0
