# KeyError from del of a missing key.
d = {}
del d["x"]
