# Frames of nested functions are named by their code's name.
def outer():
    def inner():
        return {}["k"]
    return inner()
outer()
