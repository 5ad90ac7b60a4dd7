# Annotating two targets at once.
a, b: int
