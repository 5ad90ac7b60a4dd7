# The second of two nested subscripts fails inside a sum.
x = {"a": [1, 2]}
print(x["a"][1] + x["a"]["b"])
