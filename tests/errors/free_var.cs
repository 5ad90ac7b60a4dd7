# NameError for a free variable not yet bound in the enclosing scope.
def outer():
    def inner():
        return v
    r = inner()
    v = 1
    return r
outer()
