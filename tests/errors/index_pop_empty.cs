# IndexError from pop() on an empty list.
[].pop()
