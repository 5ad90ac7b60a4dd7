# A missing comma between arguments.
print(a b)
