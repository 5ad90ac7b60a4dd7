# A function header at the end of the file.
def f():
