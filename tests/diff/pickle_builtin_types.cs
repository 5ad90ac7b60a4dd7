# pickle: the built-in singletons and small types CPython pickles.
import pickle


def rt(x):
    return pickle.loads(pickle.dumps(x))


for v in (range(3, 10, 2), range(0), slice(1, 5, None), slice(None, None, -1)):
    r = rt(v)
    print(type(r).__name__, r == v, r)
print(rt(Ellipsis) is Ellipsis, rt(...) is ..., rt(NotImplemented) is NotImplemented)
print(rt(type(None)) is type(None), rt(type(...)) is type(...))
print(rt([None, ..., NotImplemented]))
print(type(rt(object())).__name__)
