# One closing parenthesis too many.
print((1 + 2)))
