# An unclosed bracket before a later syntax error wins.
x = (1,
y z
