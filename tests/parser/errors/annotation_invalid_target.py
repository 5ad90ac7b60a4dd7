# A call as an annotated target.
f(): int = 1
