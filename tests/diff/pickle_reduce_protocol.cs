# pickle: __getstate__/__setstate__, __reduce__ with list and dict items,
# __getnewargs__, and subclasses of built-in types.
import collections
import pickle


def rt(x):
    return pickle.loads(pickle.dumps(x))


class GS:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __getstate__(self):
        return {"a": self.a}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


print(sorted(vars(rt(GS())).items()))


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v * 10,))


print(rt(Reduced(2)).v)


class Items(list):
    def __reduce__(self):
        return (Items, (), None, iter(list(self)))


print(rt(Items([1, 2, 3])), type(rt(Items([1]))).__name__)

od = rt(collections.OrderedDict(b=1, a=2))
print(type(od).__name__, list(od.items()))
dd = rt(collections.defaultdict(list, {"a": [1]}))
dd["b"].append(2)
print(type(dd).__name__, dd.default_factory is list, sorted(dd.items()))
dq = rt(collections.deque([1, 2, 3], maxlen=5))
print(dq, dq.maxlen)
print(rt(collections.Counter("abca")).most_common(1))


class NewArgs:
    def __new__(cls, v):
        obj = object.__new__(cls)
        obj.from_new = v
        return obj

    def __init__(self, v):
        self.v = v

    def __getnewargs__(self):
        return (self.v,)


print(sorted(vars(rt(NewArgs(3))).items()))


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


ml = MyList([1, 2])
ml.tag = "t"
r = rt(ml)
print(type(r).__name__, r, r.tag)
r = rt(MyDict(a=1))
print(type(r).__name__, r)
r = rt(MyInt(5))
print(type(r).__name__, r + 1)
r = rt(MyStr("s"))
print(type(r).__name__, r.upper())
