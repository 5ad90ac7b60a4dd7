# A nested exception class is printed by its qualified name.
class Outer:
    class InnerError(Exception):
        pass
raise Outer.InnerError("nested class")
