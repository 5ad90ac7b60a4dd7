# A dict item without its colon.
d = {1: 2, 3}
