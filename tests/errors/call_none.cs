# Calling None: the whole line, no carets.
x = None
x()
