# Built-in types that define equality but no hash have __hash__ = None in
# their dict, so collections.abc.Hashable (and hash()) tell them apart.
import collections.abc
from collections import deque

d = {"a": 1}
for t in [list, dict, set, bytearray, type(d.keys()), type(d.items()), type(d.values()), deque,
          frozenset, tuple, str, bytes, int, float, object, type(None)]:
    print(t.__name__, t.__dict__.get("__hash__", "inherited") is None, t.__hash__ is None)
samples = [[], {}, set(), bytearray(), d.keys(), d.items(), d.values(), deque(), frozenset(), (), "", b"", 0, 1.5, None]
print([isinstance(x, collections.abc.Hashable) for x in samples])
for x in samples:
    try:
        hash(x)
    except TypeError as e:
        print(e)

class L(list):
    pass
class H(list):
    def __hash__(self):
        return 7
print(L.__hash__, hash(H()), isinstance(L(), collections.abc.Hashable), isinstance(H(), collections.abc.Hashable))
