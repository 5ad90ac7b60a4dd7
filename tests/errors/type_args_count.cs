# TypeError: too many positional arguments.
def greet(name):
    return "hi " + name
greet("a", "b")
