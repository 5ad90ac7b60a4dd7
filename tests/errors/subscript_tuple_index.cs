# KeyError for a tuple index written without parentheses.
d = {}
x = d[1, 2]
