# Something after the line continuation backslash.
x = 1 + \ 2
