# TypeError in the body of a conditional expression.
value = "text"
result = value + 1 if True else 0
