# Assigning into a tuple: carets under the subscript target.
t = (1, 2)
t[0] = 5
