# Assigning a read-only attribute of a built-in type.
x = (1).real
(1).real = 2
