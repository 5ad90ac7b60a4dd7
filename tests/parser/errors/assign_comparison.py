# A comparison as the target.
a < b = 1
