# += between a list and None.
x = [1]
x += None
