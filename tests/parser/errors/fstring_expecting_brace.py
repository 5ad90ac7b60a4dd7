# A field never closed.
x = f"{y"
