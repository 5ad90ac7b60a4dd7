"""Abstract base classes for containers (PEP 3119).

Each ABC names a protocol and serves two purposes:

* isinstance(x, Iterable) tells whether x follows the protocol. The small
  ABCs with one or two methods (Hashable, Iterable, Iterator, Sized,
  Container, Callable...) decide by looking for those methods in the
  class's MRO (their __subclasshook__, see _has_methods); the bigger ones
  answer for the built-in types registered with them at the end of this
  file and for their own subclasses.
* Subclassing an ABC and writing its abstract methods gives the other
  methods for free: a Mapping needs __getitem__, __iter__ and __len__ and
  gets get, keys, items, values, __contains__ and __eq__; a MutableSequence
  needs __getitem__, __setitem__, __delitem__, __len__ and insert, and gets
  append, extend, pop, remove, reverse, clear and +=.
"""

from abc import ABCMeta, abstractmethod
from types import GenericAlias

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]


def _has_methods(C, *names):
    # The answer of a structural __subclasshook__: True when each name is
    # found in C's MRO, NotImplemented (no opinion) when one is missing or
    # set to None, the way a class says it does not support an operation
    # (list sets __hash__ = None).
    for name in names:
        for klass in C.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _raise_into(typ, val, tb):
    # What throw(typ, val, tb) raises by default.
    if val is None:
        val = typ() if tb is not None else typ
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


# The protocols of one or two methods.

class Hashable(metaclass=ABCMeta):
    """Objects usable as dict keys and set members: they have __hash__."""
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _has_methods(C, "__hash__")
        return NotImplemented


class Awaitable(metaclass=ABCMeta):
    """Objects usable in an await expression: they have __await__."""
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _has_methods(C, "__await__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Coroutine(Awaitable):
    """Awaitables that can also be driven by hand: send, throw and close."""
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_into(typ, val, tb)

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _has_methods(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


class AsyncIterable(metaclass=ABCMeta):
    """Objects usable in async for: they have __aiter__."""
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _has_methods(C, "__aiter__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class AsyncIterator(AsyncIterable):
    """Asynchronous iterators: __anext__, and __aiter__ returning self."""
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _has_methods(C, "__anext__", "__aiter__")
        return NotImplemented


class AsyncGenerator(AsyncIterator):
    """Asynchronous generators: asend, athrow and aclose."""
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        _raise_into(typ, val, tb)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _has_methods(C, '__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
        return NotImplemented


class Iterable(metaclass=ABCMeta):
    """Objects usable in a for loop: they have __iter__."""
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return iter(())

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _has_methods(C, "__iter__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Iterator(Iterable):
    """Iterators: __next__, and __iter__ returning self."""
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _has_methods(C, '__iter__', '__next__')
        return NotImplemented


class Reversible(Iterable):
    """Iterables that can also be walked backwards: __reversed__."""
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return iter(())

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _has_methods(C, "__reversed__", "__iter__")
        return NotImplemented


class Generator(Iterator):
    """Iterators that can be driven by hand: send, throw and close."""
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_into(typ, val, tb)

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _has_methods(C, '__iter__', '__next__', 'send', 'throw', 'close')
        return NotImplemented


class Sized(metaclass=ABCMeta):
    """Objects with a length: __len__."""
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _has_methods(C, "__len__")
        return NotImplemented


class Container(metaclass=ABCMeta):
    """Objects that support the in operator: __contains__."""
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _has_methods(C, "__contains__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Collection(Sized, Iterable, Container):
    """Sized iterable containers."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _has_methods(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is Ellipsis:
        return '...'
    return repr(obj)


def _callable_args(args):
    # Callable[[int, str], float] keeps its arguments flat in __args__:
    # (int, str, float); Callable[..., float] has (Ellipsis, float).
    if not (isinstance(args, tuple) and len(args) == 2):
        raise TypeError("Callable must be used as Callable[[arg, ...], result].")
    params, result = args
    if isinstance(params, (tuple, list)):
        return (*params, result)
    if params is Ellipsis:
        return (Ellipsis, result)
    raise TypeError("Callable[args, result]: args must be a list or an ellipsis")


try:
    class _CallableGenericAlias(GenericAlias):
        # Shows the parameter list as a list again: Callable[[int], str].

        def __new__(cls, origin, args):
            return super().__new__(cls, origin, _callable_args(args))

        def __init__(self, origin, args):
            pass

        def __repr__(self):
            args = self.__args__
            if len(args) == 2 and args[0] is Ellipsis:
                return super().__repr__()
            params = ', '.join(_type_repr(a) for a in args[:-1])
            return f'{_type_repr(self.__origin__)}[[{params}], {_type_repr(args[-1])}]'

    def _callable_getitem(cls, args):
        return _CallableGenericAlias(cls, args)

except TypeError:
    # A core whose GenericAlias cannot be subclassed: a plain alias with
    # the flat arguments (only its repr differs).
    def _callable_getitem(cls, args):
        return GenericAlias(cls, _callable_args(args))


class Callable(metaclass=ABCMeta):
    """Objects that can be called: __call__."""
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _has_methods(C, "__call__")
        return NotImplemented

    __class_getitem__ = classmethod(_callable_getitem)


# Sets.

class Set(Collection):
    """Read-only sets.

    A subclass writes __contains__, __iter__ and __len__; comparisons
    (subset and superset) and the operators & | - ^ follow. The results of
    the operators are built with _from_iterable, which calls the class
    with an iterable; a class with another constructor overrides it.
    Sets are not hashable by default; _hash() computes a frozenset-like
    hash for those that want one.
    """
    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(item in other for item in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(item in self for item in other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """Make a set of this class from the items of it."""
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for item in other if item in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """True if self and other have no item in common."""
        return not any(item in self for item in other)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for part in (self, other) for item in part)

    __ror__ = __or__

    def _as_set(self, other):
        # other as a Set, or None when it cannot take part in an operation.
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash of the set that does not depend on the order of the items."""
        maximum = (1 << 63) - 1
        mask = 2 * maximum + 1
        h = (1927868237 * (len(self) + 1)) & mask
        for item in self:
            hx = hash(item)
            h = (h ^ ((hx ^ (hx << 16) ^ 89869747) * 3644798167)) & mask
        h ^= (h >> 11) ^ (h >> 25)
        h = (h * 69069 + 907133923) & mask
        if h > maximum:
            h -= mask + 1
        return 590923713 if h == -1 else h


class MutableSet(Set):
    """Sets that can change.

    A subclass writes __contains__, __iter__, __len__, add and discard;
    remove, pop, clear and the operators |= &= ^= -= follow.
    """
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add value to the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove value from the set if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Remove value from the set; KeyError if it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some item; KeyError if the set is empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# Mappings.

class Mapping(Collection):
    """Read-only mappings.

    A subclass writes __getitem__, __iter__ and __len__; get, keys, items,
    values, __contains__ and __eq__ follow.
    """
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key] if key is present, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    # Mappings are not reversible unless they say so.
    __reversed__ = None


class MappingView(Sized):
    """The base of the views returned by keys(), items() and values()."""
    __slots__ = '_mapping',

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'

    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):
    """A live, set-like view of a mapping's keys."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    """A live, set-like view of a mapping's (key, value) pairs."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])


class ValuesView(MappingView, Collection):
    """A live view of a mapping's values."""
    __slots__ = ()

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


class MutableMapping(Mapping):
    """Mappings that can change.

    A subclass writes __getitem__, __setitem__, __delitem__, __iter__ and
    __len__; pop, popitem, clear, update and setdefault follow.
    """
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    _no_default = object()

    def pop(self, key, default=_no_default):
        """Remove key and return its value; if it is missing, return
        default, or raise KeyError without one."""
        try:
            value = self[key]
        except KeyError:
            if default is MutableMapping._no_default:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError if empty."""
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Set items from a mapping (or anything with keys()), or from an
        iterable of (key, value) pairs, then from the keyword arguments."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key], after setting it to default if it was missing."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# Sequences.

class Sequence(Reversible, Collection):
    """Read-only sequences.

    A subclass writes __getitem__ (for integer indexes) and __len__;
    iteration, in, reversed(), index and count follow.
    """
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        while True:
            try:
                value = self[i]
            except IndexError:
                return
            yield value
            i += 1

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of value in self[start:stop]; ValueError if it
        is not there."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """The number of items equal to value."""
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    """bytes and bytearray."""
    __slots__ = ()


class MutableSequence(Sequence):
    """Sequences that can change.

    A subclass writes __getitem__, __setitem__, __delitem__, __len__ and
    insert; append, clear, reverse, extend, pop, remove and += follow.
    """
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Insert value before index."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items in place."""
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        """Append the items of an iterable."""
        if values is self:
            values = list(values)
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default)."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """Remove the first item equal to value; ValueError if none is."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# The built-in types: registered by type, so that isinstance() does not
# depend on which methods the core's types spell out in their __dict__.

Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
Mapping.register(type(type.__dict__))
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
MutableSequence.register(list)
MutableSequence.register(bytearray)
ByteString.register(bytes)
ByteString.register(bytearray)
KeysView.register(type({}.keys()))
ValuesView.register(type({}.values()))
ItemsView.register(type({}.items()))

for _iterable in (b'', bytearray(), {}, {}.values(), {}.items(), [], reversed([]),
                  range(0), set(), '', (), zip()):
    Iterator.register(type(iter(_iterable)))
del _iterable


def _generator():
    yield

Generator.register(type(_generator()))


async def _coroutine():
    pass

_coroutine = _coroutine()
Coroutine.register(type(_coroutine))
_coroutine.close()
del _generator, _coroutine
