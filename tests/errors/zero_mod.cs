# ZeroDivisionError from %.
n = 7 % 0
