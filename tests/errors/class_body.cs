# An exception in a class body: the frame is named after the class.
class Broken:
    x = 1
    y = x + "s"
