# A raise statement that is the whole line gets no carets.
def f():
    raise ValueError("bad")
f()
