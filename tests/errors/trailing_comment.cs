# A binary operation followed by a comment.
x = None
y = x + 1  # comment here
