# An attribute as the target of :=.
if (a.b := 1):
    pass
