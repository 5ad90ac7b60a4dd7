# Deleting a starred expression.
del *a
