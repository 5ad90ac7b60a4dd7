# A call as a for target.
for f() in x:
    pass
