# An empty field.
x = f"{}"
