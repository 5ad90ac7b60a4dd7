# isinstance() and issubclass() consult __instancecheck__ and
# __subclasscheck__ of any object's type, recurse into tuples (not other
# sequences) and unions, fall back to the __bases__ protocol, and report
# bad arguments in CPython's words.
import sys
import typing

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Checker:
    def __init__(self, answer):
        self.answer = answer
        self.seen = []
    def __instancecheck__(self, obj):
        self.seen.append(("instance", obj))
        return self.answer
    def __subclasscheck__(self, cls):
        self.seen.append(("subclass", cls.__name__))
        return self.answer

yes, no = Checker(True), Checker(0)
t(lambda: (isinstance(1, yes), isinstance(1, no), issubclass(int, yes), issubclass(str, no)))
t(lambda: (isinstance(1, (no, yes)), isinstance("s", (str, no)), issubclass(int, (no, (no, (yes,))))))
print(yes.seen, no.seen)

class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is bool
class M(metaclass=Meta):
    pass
t(lambda: (isinstance("magic", M), isinstance(M(), M), issubclass(bool, M), issubclass(M, M)))

# A hook returning a non-bool is reduced to truth; one that raises propagates.
class Odd:
    def __instancecheck__(self, obj):
        return [obj]
    def __subclasscheck__(self, cls):
        raise KeyError("nope")
t(lambda: isinstance(0, Odd()))
t(lambda: issubclass(int, Odd()))

# The __bases__ protocol.
class Abstract:
    def __init__(self, *bases):
        self.__bases__ = bases
root = Abstract()
child = Abstract(root)
class Carrier:
    __class__ = child
t(lambda: (issubclass(child, root), issubclass(root, child), issubclass(child, child)))
t(lambda: (isinstance(Carrier(), root), isinstance(Carrier(), child), isinstance(1, root)))
t(lambda: issubclass(child, int))
t(lambda: issubclass(int, child))

# Bad arguments.
t(lambda: isinstance(1, 1))
t(lambda: isinstance(1, [int]))
t(lambda: isinstance(1, (int, [str])))
t(lambda: isinstance(1, (str, [int])))
t(lambda: issubclass(1, int))
t(lambda: issubclass(1, 1))
t(lambda: issubclass(int, 1))
t(lambda: issubclass(int, (str, 1)))
t(lambda: issubclass([], (int,)))
t(lambda: isinstance(1))
t(lambda: issubclass(int, int, int))
t(lambda: isinstance([], list[int]))
t(lambda: issubclass(list, list[int]))

# Unions and typing aliases.
t(lambda: (isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, str | int)))
t(lambda: (isinstance([], typing.List), isinstance(1, typing.Union[int, str]), issubclass(dict, typing.Mapping)))
t(lambda: isinstance(1, typing.List[int]))

# Deeply nested tuples hit the recursion limit instead of crashing.
nested = int
for _ in range(100000):
    nested = (nested,)
t(lambda: isinstance(1, nested))
t(lambda: isinstance(1, ((((((int,),),),),),)))
