# Subscripting None returned by a method call.
d = {}
x = d.get("a")["b"]
