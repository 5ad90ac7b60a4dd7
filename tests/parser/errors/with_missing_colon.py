# Parenthesized with items without the colon.
with (open(a) as f,
      open(b) as g)
    pass
