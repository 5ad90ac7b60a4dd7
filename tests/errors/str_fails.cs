# An exception whose __str__ raises.
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("no str")
raise Weird()
