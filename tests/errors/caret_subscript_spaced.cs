# Carets under the second subscript, separated by a space.
d = {"a": {"b": 1}}
print(d["a"] ["c"])
