# A lone closing brace in an f-string.
x = f"a } b"
