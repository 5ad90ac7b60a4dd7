# TypeError: ordering an int and a str.
print(1 < "x")
