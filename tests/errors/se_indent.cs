# IndentationError: unexpected indent.
def f():
    x = 1
      y = 2
