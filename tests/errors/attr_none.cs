# AttributeError on None.
x = None
x.append(1)
