# KeyError shows the repr of its key.
d = {}
d["it's"]
