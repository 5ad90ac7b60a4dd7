# Brackets closed in the wrong order.
x = [1, (2, 3])
