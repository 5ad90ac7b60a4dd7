# SyntaxErrors from compile(), eval() and exec() of strings.
try:
    compile("x = (1 +\n", "<src>", "exec")
except SyntaxError as e:
    import sys
    sys.excepthook(SyntaxError, e, None)
try:
    eval("1 +* 2")
except SyntaxError as e:
    import sys
    sys.excepthook(SyntaxError, e, None)
exec("def f(:\n  pass")
