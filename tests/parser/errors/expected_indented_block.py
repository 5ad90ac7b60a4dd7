# A block header followed by an unindented line.
if x:
pass
