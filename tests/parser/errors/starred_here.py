# A lone starred expression in parentheses.
x = (*a)
