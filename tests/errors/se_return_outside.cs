# SyntaxError for return outside a function underlines the statement.
x = 1
return x
