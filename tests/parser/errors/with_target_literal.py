# A literal as a with target.
with open(f) as 1:
    pass
