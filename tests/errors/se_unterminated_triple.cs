# SyntaxError: an unterminated triple-quoted string over several lines.
s = """never
closed
