# What special methods may return: __hash__ (int, reduced like CPython,
# -1 becomes -2), __len__, __index__, __int__, __float__, __repr__, __str__,
# __format__, __bool__, __iter__/__next__, __contains__ and __length_hint__,
# with the TypeErrors for wrong result types.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

def make(name, value):
    return type("Ret_" + name, (), {name: lambda self: value})()

for v in [5, -1, 2 ** 70, -(2 ** 70), True, 2 ** 61 - 1, 2 ** 61]:
    t(lambda: hash(make("__hash__", v)))
t(lambda: hash(make("__hash__", 1.5)))
t(lambda: hash(make("__hash__", "x")))
t(lambda: hash(make("__hash__", None)))
class MyInt(int):
    pass
t(lambda: hash(make("__hash__", MyInt(7))))

for v in [3, True, 2 ** 70, -1, 1.5, "3", MyInt(4)]:
    t(lambda: len(make("__len__", v)))
for v in [3, True, 2.0, "3", MyInt(4), 2 ** 70]:
    t(lambda: [10, 20, 30, 40, 50][make("__index__", v)] if not isinstance(v, int) or v < 5 else make("__index__", v).__index__())
    t(lambda: int(make("__int__", v)))
    t(lambda: float(make("__float__", v)))
t(lambda: float(make("__float__", 2.5)))
t(lambda: float(make("__index__", 7)))
t(lambda: int(make("__index__", 7)))
t(lambda: repr(make("__repr__", 5)))
t(lambda: str(make("__str__", None)))
t(lambda: str(make("__str__", "fine")))
t(lambda: format(make("__format__", 1), ""))
t(lambda: f"{make('__format__', [1])}")
t(lambda: bool(make("__bool__", 1)))
t(lambda: bool(make("__bool__", None)))
t(lambda: bool(make("__len__", 0)))
t(lambda: iter(make("__iter__", [1])))
t(lambda: list(make("__iter__", iter([1, 2]))))
t(lambda: 5 in make("__contains__", "yes"))
t(lambda: 5 in make("__contains__", 0))
t(lambda: abs(make("__abs__", "anything")))
t(lambda: -make("__neg__", None))
t(lambda: round(make("__round__", "r")))
t(lambda: divmod(make("__divmod__", 7), 1))
t(lambda: complex if False else "skip")
class Seq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return [7, 8][i]
print(list(Seq()), list(reversed(Seq())), 8 in Seq(), sorted(Seq(), reverse=True), len(Seq()), bool(Seq()))
