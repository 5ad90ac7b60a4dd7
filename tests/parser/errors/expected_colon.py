# An if header without its colon.
if x == 1
    pass
