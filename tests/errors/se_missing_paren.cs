# SyntaxError: an unclosed parenthesis.
print("a"
x = 1
