# A literal as the target.
1 = x
