# TypeError: a missing required argument.
def greet(name, greeting):
    return greeting + name
greet("a")
