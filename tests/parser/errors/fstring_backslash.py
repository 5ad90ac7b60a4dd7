# A backslash in a field.
x = f"{\"a\"}"
