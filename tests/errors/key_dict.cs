# KeyError from a dict subscript inside a call.
ages = {"ann": 3}
print(ages["bob"])
