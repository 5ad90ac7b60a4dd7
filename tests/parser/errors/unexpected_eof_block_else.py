# A try block ending at an else with no body.
if x:
    pass
else:
