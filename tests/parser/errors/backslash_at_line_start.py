# A stray backslash starting a line.
if x:
    y = 1
\ z = 2
