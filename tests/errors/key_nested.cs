# KeyError from the second of two subscripts.
cfg = {"db": {"host": "x"}}
port = cfg["db"]["port"]
