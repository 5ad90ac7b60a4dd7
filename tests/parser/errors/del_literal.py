# Deleting a literal.
del x, 1
