# SyntaxError: a parenthesis left open before more lines.
x = (1, 2
y = 3
z = 4
