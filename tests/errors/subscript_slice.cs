# TypeError from slicing a dict.
data = {"a": 1}
v = data["a":"b"]
