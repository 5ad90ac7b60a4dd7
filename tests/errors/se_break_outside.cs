# SyntaxError: break outside a loop.
break
