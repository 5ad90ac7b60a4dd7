# TypeError: calling an int.
n = 5
n()
