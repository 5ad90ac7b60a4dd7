# A missing comma inside a field.
x = f"{a b}"
