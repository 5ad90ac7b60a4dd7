# repr() escapes private-use, unassigned and format code points.
print(repr("private\ue000"), repr("\U0010ffff"), repr("\u061c"), repr("\u0378"), repr(chr(0xe0000)))
