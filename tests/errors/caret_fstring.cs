# An exception inside an f-string replacement field.
v = 0
s = f"value: {1 / v}"
