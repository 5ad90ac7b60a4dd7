# SyntaxError: Python 2 print statement, underlined from print to the end.
print "hello"
