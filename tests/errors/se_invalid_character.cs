# SyntaxError: a non-ASCII character that cannot start a name.
€ = 1
