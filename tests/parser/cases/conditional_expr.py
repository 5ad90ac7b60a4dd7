# Conditional expressions.
a = x if y else z
b = x if y else z if w else v
c = (x if y else z) if w else v
d = lambda: x if y else z
e = [x if y else z for x in range(3)]
f = x or y if a and b else not c
