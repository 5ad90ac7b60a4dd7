# NameError in a function suggests a near global name.
counter = 0
def bump():
    return countr + 1
bump()
