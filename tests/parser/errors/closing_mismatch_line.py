# Brackets closed in the wrong order across lines.
x = (1,
     2]
