# Three or more constants: one constant tuple (a frozenset for a set) added
# to an empty display, as CPython 3.11 compiles them.
a = [1, 2, 3]
s = {0, 8, 16, 24, 32}
t = (1, 2, 3)
small = [1, 2]
mixed = [1, 2, x]
