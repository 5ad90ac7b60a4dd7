# A dict key without its value.
d = {1: }
