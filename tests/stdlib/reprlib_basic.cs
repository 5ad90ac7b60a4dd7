# reprlib: size-limited reprs and recursive_repr.
import reprlib

print(reprlib.repr(list(range(100))), reprlib.repr("a" * 100), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr((1, 2, 3, 4, 5, 6, 7)), reprlib.repr(frozenset(range(10))))
print(reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(10 ** 50), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr((1,)), reprlib.repr([]), reprlib.repr({}), reprlib.repr(b"a" * 100), reprlib.repr("short"))
class Long:
    def __repr__(self):
        return "L" * 50
class Broken:
    def __repr__(self):
        raise ValueError("no")
print(reprlib.repr(Long()), reprlib.repr(Broken())[:17])
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 2
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"), r.repr([[[1]]]), r.maxdict, r.maxother, r.fillvalue)
print(reprlib.repr({"b": 2, "a": 1}), reprlib.repr({3, 1, 2}), reprlib.repr([1, "x", 2.5, None]))

class Box:
    def __init__(self):
        self.items = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Box({self.items!r})"
b = Box()
b.items.append(b)
b.items.append(1)
print(b, Box.__repr__.__name__, Box.__repr__.__qualname__)
class Tree:
    def __init__(self):
        self.kids = []
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "Tree" + repr(self.kids)
t = Tree()
t.kids.append(t)
print(t)
print(sorted(reprlib.__all__))
