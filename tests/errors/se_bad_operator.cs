# SyntaxError: two operators in a row.
x = 5 +* 3
