# Setting an attribute on an int.
x = 5
x.y = 1
