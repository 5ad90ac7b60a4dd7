# A failing chained comparison is underlined as a whole (no operator marks).
a, b, c = 1, "x", 3
print(a < b < c)
