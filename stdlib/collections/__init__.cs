"""Container types beyond list, dict, set and tuple.

deque        a sequence with fast appends and pops at both ends (in C,
             from _collections; optionally bounded by maxlen)
namedtuple   makes tuple subclasses whose items also have names
defaultdict  a dict that creates missing values with a factory
Counter      a dict that counts things, with multiset arithmetic
OrderedDict  a dict with order operations (move_to_end, popitem(last=))
ChainMap     several mappings looked up as one
UserDict, UserList, UserString   wrappers of a dict, list or str in
             self.data, easier to subclass than the built-in types

The abstract base classes (Mapping, Sequence...) are in collections.abc.
"""

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'UserDict',
    'UserList',
    'UserString',
    'defaultdict',
    'deque',
    'namedtuple',
]

import sys as _sys
import collections.abc as _abc
from itertools import chain as _chain
from itertools import repeat as _repeat
from itertools import starmap as _starmap
from keyword import iskeyword as _iskeyword
from operator import eq as _eq
from operator import itemgetter as _itemgetter
from reprlib import recursive_repr as _recursive_repr
from types import GenericAlias as _GenericAlias

# deque is written in C (runtime/obj_deque.c), as a ring buffer.
from _collections import deque
_abc.MutableSequence.register(deque)


################################################################################
### namedtuple
################################################################################

class _tuplegetter:
    # The accessor of one field of a named tuple: a read-only attribute
    # that returns self[index].

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'_tuplegetter({self._index}, {self.__doc__!r})'


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Make a subclass of tuple whose items also have names.

    Point = namedtuple('Point', 'x y') makes a class whose instances are
    tuples of two items, also readable as p.x and p.y. Its repr is
    Point(x=1, y=2); _make(iterable) builds one from an iterable,
    _replace(**changes) copies one with some fields changed, _asdict()
    gives a dict. field_names is a sequence of names or a string of names
    separated by spaces or commas; defaults gives default values to the
    last fields; rename=True replaces invalid names by _0, _1...
    """
    # Validate the field names. With rename, bad names become _0, _1...
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    tuple_new = tuple.__new__

    # __new__ is compiled from source so that it has the real signature:
    # Point(1) then fails with "missing 1 required positional argument: 'y'".
    namespace = {
        '_tuple_new': tuple_new,
        '__builtins__': {},
        '__name__': f'namedtuple_{typename}',
    }
    code = f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))'
    __new__ = eval(code, namespace)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    _make.__func__.__doc__ = (f'Make a new {typename} object from a sequence '
                              'or iterable')

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, f'Alias for field number {index}')

    result = type(typename, (tuple,), class_namespace)

    # The class belongs to the module that called namedtuple(), found from
    # the caller's frame where the runtime offers frames.
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    result.__module__ = module
    return result


################################################################################
### OrderedDict
################################################################################

class odict_keys(_abc.KeysView):
    # The views of an OrderedDict: ordered, reversible, and shown as in CPython.

    def __reversed__(self):
        yield from reversed(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'


class odict_values(_abc.ValuesView):

    def __reversed__(self):
        for key in reversed(self._mapping):
            yield self._mapping[key]

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'


class odict_items(_abc.ItemsView):

    def __reversed__(self):
        for key in reversed(self._mapping):
            yield (key, self._mapping[key])

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'


class OrderedDict(dict):
    """A dict with operations that change its order."""

    # Plain dicts keep insertion order already; OrderedDict adds the
    # operations that change the order, and makes equality between two
    # OrderedDicts order-sensitive.

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    update = _abc.MutableMapping.update

    def popitem(self, last=True):
        """Remove and return the last (key, value) pair, or the first one
        when last is false."""
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move key to the end, or to the beginning when last is false;
        KeyError if it is missing."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        # Moving to the front: reinsert everything after the key.
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    __marker = object()

    def pop(self, key, default=__marker):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is self.__marker:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        return f'{self.__class__.__name__}({list(self.items())!r})'

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return self.__class__, (), state, None, iter(self.items())

    def copy(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        # Order matters between two OrderedDicts, not with other mappings.
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    __class_getitem__ = classmethod(_GenericAlias)


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """A dict that makes missing values with a factory.

    defaultdict(list) gives d[key] == [] for a missing key, and stores it:
    d[key].append(x) needs no setdefault. Only d[key] calls the factory
    (get() and "in" do not); without a factory (None) a missing key is a
    KeyError as usual. The other arguments are those of dict().
    """

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        return f'{type(self).__name__}({_factory_repr(self.default_factory)}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(_GenericAlias)


_factory_repr_running = set()


def _factory_repr(factory):
    # A factory whose repr shows the defaultdict itself prints as '...'.
    if id(factory) in _factory_repr_running:
        return '...'
    _factory_repr_running.add(id(factory))
    try:
        return repr(factory)
    finally:
        _factory_repr_running.discard(id(factory))


################################################################################
### Counter
################################################################################

class Counter(dict):
    """A dict that counts: each key is an item, each value its count.

    Counter('hello') counts the letters: Counter({'l': 2, 'h': 1, 'e': 1,
    'o': 1}). A missing item counts 0 (and looking it up does not add it).
    update() and subtract() add or take away counts; + - | & combine two
    counters as multisets and keep only the positive counts; most_common()
    lists the items from the most to the least frequent.
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common items and their counts, most common first
        (items with equal counts in the order they were first met); all
        of them when n is None."""
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        """An iterator over the items, each repeated as many times as its
        count; items with a count below one are left out."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts: from a mapping of items to counts, or one for each
        item of an iterable, then from the keyword arguments."""
        if iterable is not None:
            if isinstance(iterable, _abc.Mapping):
                if self:
                    for item, count in iterable.items():
                        self[item] = count + self.get(item, 0)
                else:
                    # Nothing to add to: a plain dict update is faster.
                    super().update(iterable)
            else:
                get = self.get
                for item in iterable:
                    self[item] = get(item, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Take counts away, like update() adds them; counts may become
        zero or negative."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _abc.Mapping):
                for item, count in iterable.items():
                    self[item] = get(item, 0) - count
            else:
                for item in iterable:
                    self[item] = get(item, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, item):
        # Deleting a missing item is not an error: its count is zero anyway.
        if item in self:
            super().__delitem__(item)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            items = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered are shown as they are.
            items = dict(self)
        return f'{self.__class__.__name__}({items!r})'

    # Comparisons as multisets: a missing item counts zero, so
    # Counter(a=1) == Counter(a=1, b=0).

    def _all_counts(self, other, test):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(test(self[item], other[item]) for c in (self, other) for item in c)

    def __eq__(self, other):
        return self._all_counts(other, lambda a, b: a == b)

    def __ne__(self, other):
        result = self._all_counts(other, lambda a, b: a == b)
        return result if result is NotImplemented else not result

    def __le__(self, other):
        return self._all_counts(other, lambda a, b: a <= b)

    def __lt__(self, other):
        result = self._all_counts(other, lambda a, b: a <= b)
        return result if result is NotImplemented else result and self != other

    def __ge__(self, other):
        return self._all_counts(other, lambda a, b: a >= b)

    def __gt__(self, other):
        result = self._all_counts(other, lambda a, b: a >= b)
        return result if result is NotImplemented else result and self != other

    __hash__ = None

    # Arithmetic as multisets: the result is a new Counter holding only
    # the positive counts. Items of self come first, then the new ones of
    # other, each in its own order.

    def _combine(self, other, combine):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for item, count in self.items():
            new = combine(count, other[item])
            if new > 0:
                result[item] = new
        for item, count in other.items():
            if item not in self:
                new = combine(0, count)
                if new > 0:
                    result[item] = new
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        result = Counter()
        for item, count in self.items():
            if count > 0:
                result[item] = count
        return result

    def __neg__(self):
        result = Counter()
        for item, count in self.items():
            if count < 0:
                result[item] = 0 - count
        return result

    def _keep_positive(self):
        # The in-place operators drop the counts that end up below one.
        for item in [item for item, count in self.items() if not count > 0]:
            del self[item]
        return self

    def __iadd__(self, other):
        for item, count in other.items():
            self[item] += count
        return self._keep_positive()

    def __isub__(self, other):
        for item, count in other.items():
            self[item] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for item, count in other.items():
            if count > self[item]:
                self[item] = count
        return self._keep_positive()

    def __iand__(self, other):
        for item, count in self.items():
            other_count = other[item]
            if other_count < count:
                self[item] = other_count
        return self._keep_positive()

    __class_getitem__ = classmethod(_GenericAlias)


################################################################################
### ChainMap
################################################################################

class ChainMap(_abc.MutableMapping):
    """Several mappings seen as one.

    Looking a key up searches the mappings of the list self.maps in order
    and the first one that has it wins; setting and deleting keys only
    touch the first mapping. new_child() puts a new mapping in front (a
    nested scope), parents drops the first one.
    """

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            # Not "key in mapping": a defaultdict creates missing keys.
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Each key once, in the order it appears scanning from the last
        # mapping to the first.
        keys = {}
        for mapping in reversed(self.maps):
            keys.update(dict.fromkeys(mapping))
        return iter(keys)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap of one new dict with the given keys."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap with a copy of the first mapping and the others shared."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new ChainMap with m (or a new dict) in front of these mappings;
        keyword arguments are added to it."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A new ChainMap of all the mappings but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return a (key, value) pair of the first mapping."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from the first mapping and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empty the first mapping; the others are left alone."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return self.__class__(merged)


################################################################################
### UserDict, UserList, UserString
################################################################################

# Each wraps a real dict, list or str in the attribute data, so that a
# subclass can override any method and know that the others go through
# the public methods rather than through C shortcuts.

class UserDict(_abc.MutableMapping):
    """A dict-like class whose items live in the dict self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(self.__class__, '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        # Same class and attributes, but its own copy of the data.
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            result = copy.copy(self)
        finally:
            self.data = data
        result.update(self)
        return result

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result


def _unwrap(value, cls):
    # The data of a User* object, other values as they are.
    return value.data if isinstance(value, cls) else value


class UserList(_abc.MutableSequence):
    """A list-like class whose items live in the list self.data."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            self.data = list(_unwrap(initlist, UserList))

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _unwrap(other, UserList)

    def __le__(self, other):
        return self.data <= _unwrap(other, UserList)

    def __eq__(self, other):
        return self.data == _unwrap(other, UserList)

    def __gt__(self, other):
        return self.data > _unwrap(other, UserList)

    def __ge__(self, other):
        return self.data >= _unwrap(other, UserList)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        other = _unwrap(other, UserList)
        return self.__class__(self.data + (other if isinstance(other, list) else list(other)))

    def __radd__(self, other):
        other = _unwrap(other, UserList)
        return self.__class__((other if isinstance(other, list) else list(other)) + self.data)

    def __iadd__(self, other):
        self.data += _unwrap(other, UserList)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_unwrap(other, UserList))


class UserString(_abc.Sequence):
    """A str-like class whose text lives in the str self.data.

    The str methods are forwarded to self.data (see the table below the
    class); those that return a new string return it as this class.
    """

    def __init__(self, seq):
        if isinstance(seq, UserString):
            self.data = seq.data
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _unwrap(string, UserString)

    def __lt__(self, string):
        return self.data < _unwrap(string, UserString)

    def __le__(self, string):
        return self.data <= _unwrap(string, UserString)

    def __gt__(self, string):
        return self.data > _unwrap(string, UserString)

    def __ge__(self, string):
        return self.data >= _unwrap(string, UserString)

    def __contains__(self, char):
        return _unwrap(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        other = _unwrap(other, UserString)
        return self.__class__(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return self.__class__((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    maketrans = str.maketrans


def _forward_str_method(name, rewrap):
    # A UserString method that calls the str method on self.data, with
    # UserString arguments unwrapped; rewrap makes a str result a
    # UserString of the same class again.
    method = getattr(str, name)

    def forward(self, /, *args, **kwargs):
        args = [_unwrap(arg, UserString) for arg in args]
        result = method(self.data, *args, **kwargs)
        return self.__class__(result) if rewrap else result

    forward.__name__ = name
    forward.__qualname__ = f'UserString.{name}'
    forward.__doc__ = method.__doc__
    return forward


for _name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'lower', 'lstrip',
              'removeprefix', 'removesuffix', 'replace', 'rjust', 'rstrip', 'strip',
              'swapcase', 'title', 'translate', 'upper', 'zfill'):
    setattr(UserString, _name, _forward_str_method(_name, True))
for _name in ('count', 'encode', 'endswith', 'find', 'format', 'format_map', 'index',
              'isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier',
              'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper',
              'join', 'partition', 'rfind', 'rindex', 'rpartition', 'rsplit', 'split',
              'splitlines', 'startswith'):
    setattr(UserString, _name, _forward_str_method(_name, False))
del _name
