# A call over two lines is underlined to the end of its first line.
def f(*a):
    return 1 / 0
x = f(1,
      2)
