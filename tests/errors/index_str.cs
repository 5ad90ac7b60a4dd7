# IndexError from a str subscript.
s = "abc"
c = s[5]
