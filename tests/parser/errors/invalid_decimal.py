# A letter right after a number.
x = 12abc
