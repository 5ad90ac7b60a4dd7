# A bracket left open to the end of the file.
x = [1, 2,
y = 3
