# AttributeError on an instance with no near attribute: no suggestion.
class Point:
    def __init__(self):
        self.x = 1
        self.y = 2
p = Point()
print(p.z)
