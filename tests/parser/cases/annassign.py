# Annotated assignments.
x: int
x: int = 1
x: list[int] = []
a.b: str = 'x'
a[0]: int = 1
(y): int = 2
(a.b): int
z: 'forward' = None
t: tuple = 1, 2
