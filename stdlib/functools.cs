"""Higher-order functions: functions that act on or return functions.

reduce        fold an iterable into one value with a two-argument function
partial       a function with some arguments filled in (partialmethod for methods)
wraps         make a wrapper look like the function it wraps (update_wrapper)
lru_cache     remember the results of recent calls (cache: remember them all)
total_ordering  derive the missing comparison methods from one of them
cmp_to_key    turn an old-style cmp function into a key= function
cached_property  a property computed once per instance, then stored in it
singledispatch   a function that picks an implementation by its first
              argument's type (singledispatchmethod for methods)
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

import sys
from abc import get_cache_token
from collections import namedtuple
from reprlib import recursive_repr
from types import GenericAlias


################################################################################
### update_wrapper() and wraps()
################################################################################

# The attributes update_wrapper copies from the wrapped function, and those
# it merges (the wrapper's own __dict__ entries stay).
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped and return it.

    Copies the attributes named in assigned (name, qualified name, module,
    docstring, annotations) when wrapped has them, updates those named in
    updated (the attribute dict) with wrapped's, and sets
    wrapper.__wrapped__ = wrapped.
    """
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ does
    # not hide wrapped itself.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator that applies update_wrapper(wrapper, wrapped) to the
    function it decorates:

        def logged(func):
            @wraps(func)
            def wrapper(*args, **kwargs):
                ...
            return wrapper
    """
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


################################################################################
### total_ordering
################################################################################

# For each comparison a class may define (the root), how the three others
# follow from it and from ==. 'result' is what the root returned.
_DERIVED = {
    '__lt__': {'__gt__': lambda a, b, result: not result and a != b,
               '__le__': lambda a, b, result: result or a == b,
               '__ge__': lambda a, b, result: not result},
    '__le__': {'__ge__': lambda a, b, result: not result or a == b,
               '__lt__': lambda a, b, result: result and a != b,
               '__gt__': lambda a, b, result: not result},
    '__gt__': {'__lt__': lambda a, b, result: not result and a != b,
               '__ge__': lambda a, b, result: result or a == b,
               '__le__': lambda a, b, result: not result},
    '__ge__': {'__le__': lambda a, b, result: not result or a == b,
               '__gt__': lambda a, b, result: result and a != b,
               '__lt__': lambda a, b, result: not result},
}

_SYMBOLS = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}


def _derived_comparison(cls, root, name, combine):
    def compare(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        return combine(self, other, result)
    compare.__name__ = name
    compare.__qualname__ = f'_{name[2:-2]}_from_{root[2:-2]}'
    compare.__doc__ = (f'Return a {_SYMBOLS[name]} b.  Computed by @total_ordering '
                       f'from a {_SYMBOLS[root]} b and ==.')
    return compare


def total_ordering(cls):
    """Class decorator that fills in the missing ordering methods.

    The class defines __eq__ and one of __lt__, __le__, __gt__ or __ge__;
    the others are written in terms of it (the first of __lt__, __le__,
    __gt__, __ge__ that the class defines is the one used).
    """
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
             if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]
    for name, combine in _DERIVED[root].items():
        if name not in roots:
            setattr(cls, name, _derived_comparison(cls, root, name, combine))
    return cls


################################################################################
### cmp_to_key
################################################################################

def cmp_to_key(mycmp):
    """Turn a comparison function (negative, zero or positive for a < b,
    a == b, a > b) into a key function for sorted(), min(), max()..."""

    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    K.__name__ = K.__qualname__ = 'KeyWrapper'
    return K


################################################################################
### reduce
################################################################################

_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing, /):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of the
    iterable, from left to right: reduce(f, [a, b, c]) is f(f(a, b), c).
    initial, when given, comes before the items (and is the result for an
    empty iterable).
    """
    try:
        iterator = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _initial_missing:
        try:
            value = next(iterator)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in iterator:
        value = function(value, element)
    return value


################################################################################
### partial and partialmethod
################################################################################

class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.

    Calling it calls func with args followed by the call's own positional
    arguments, and with keywords updated by the call's keyword arguments.
    """

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A partial of a plain partial (no attributes of its own, calls as
        # a partial) is flattened into one.
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and set(func.__dict__) <= {'func', 'args', 'keywords'}):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    @recursive_repr()
    def __repr__(self):
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend(f'{key}={value!r}' for key, value in self.keywords.items())
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None, self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(state) != 4:
            raise TypeError(f'expected 4 items in state, got {len(state)}')
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError('invalid partial state')
        self.__dict__.update(namespace or {})
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(kwds) if kwds else {}

    __class_getitem__ = classmethod(GenericAlias)


class partialmethod:
    """A partial for methods: a descriptor that binds like the function it
    wraps, then fills in the arguments.

        class Cell:
            def set_state(self, state): ...
            set_alive = partialmethod(set_state, True)
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend(f'{key}={value!r}' for key, value in self.keywords.items())
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(parts)})"

    def _unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                # A function or classmethod: bind it, then fill in.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


################################################################################
### LRU cache
################################################################################

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])

# Separates the positional arguments from the keyword ones in a cache key.
_KEYWORD_MARK = (object(),)


def _make_key(args, kwds, typed):
    # A hashable key for a call: f(1, b=2) and f(1, 2) are different keys,
    # and with typed, f(1) and f(1.0) are too. A single int or str argument
    # is its own key (as in CPython, so f(1) and f(1.0) differ even then).
    if not kwds and not typed and len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    key = args
    if kwds:
        key += _KEYWORD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator that remembers the results of the last maxsize calls.

    A call with the same arguments as a remembered one returns the
    remembered result without calling the function. With maxsize=None the
    cache never forgets; with typed=True, arguments of different types
    (1 and 1.0) are cached separately. The arguments must be hashable.

    The decorated function has cache_info() (hits, misses, maxsize,
    currsize), cache_clear() and cache_parameters(), and __wrapped__ for
    the original function. @lru_cache can be used with or without
    arguments.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # @lru_cache without parentheses: maxsize is the function.
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    # The cache is a dict from keys to results. Dicts remember insertion
    # order, so keeping the most recently used key last (a hit pops it and
    # inserts it again) makes the first key the least recently used one,
    # which is the one evicted when the cache is full.
    cache = {}
    hits = misses = 0
    missing = object()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, missing)
            if result is not missing:
                hits += 1
                cache[key] = result
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key not in cache:
                # (A recursive call may have cached it meanwhile.)
                cache[key] = result
                if len(cache) > maxsize:
                    # Another thread may be evicting the same key: no
                    # error if it is gone already.
                    cache.pop(next(iter(cache), missing), None)
            return result

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    """Simple lightweight unbounded cache.  Sometimes called "memoize"."""
    return lru_cache(maxsize=None)(user_function)


################################################################################
### cached_property
################################################################################

_NOT_FOUND = object()


class cached_property:
    """A property computed on first access and then stored in the
    instance's __dict__ under the same name, where later lookups find it
    (it is not a data descriptor, so the instance attribute wins). Delete
    the attribute to have it computed again."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = getattr(func, '__module__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f'instance to cache {self.attrname!r} property.') from None
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} "
                                'instance does not support item assignment for caching '
                                f'{self.attrname!r} property.') from None
        return value

    __class_getitem__ = classmethod(GenericAlias)


################################################################################
### singledispatch
################################################################################

def _find_impl(cls, registry):
    # The implementation for cls: the first class of its MRO that is
    # registered; failing that (object aside), the most specific registered
    # ABC that cls is a virtual subclass of; failing that, object's.
    for base in cls.__mro__:
        if base is object:
            break
        if base in registry:
            return registry[base]
    best = None
    for candidate in registry:
        if candidate is object or candidate in cls.__mro__ or not issubclass(cls, candidate):
            continue
        if best is None or issubclass(candidate, best):
            best = candidate
        elif not issubclass(best, candidate):
            raise RuntimeError(f'Ambiguous dispatch: {best} or {candidate}')
    if best is not None:
        return registry[best]
    return registry.get(object)


def _is_union_type(cls):
    # A Union can only exist if typing has been imported.
    typing = sys.modules.get('typing')
    return typing is not None and getattr(cls, '__origin__', None) is typing.Union


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in cls.__args__)


def singledispatch(func):
    """Single-dispatch generic function decorator.

    The decorated function is the default implementation; register(cls)
    adds one for arguments of type cls (and its subclasses), chosen by the
    type of the first argument. register can be given the class, or read it
    from the annotation of the first parameter:

        @fun.register
        def _(arg: int): ...
    """
    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """The implementation that the registry chooses for type cls."""
        nonlocal cache_token
        if cache_token is not None:
            current_token = get_cache_token()
            if cache_token != current_token:
                dispatch_cache.clear()
                cache_token = current_token
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = registry.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func as the implementation for cls (a decorator when
        func is not given)."""
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. '
                                f'{cls!r} is not a class or union type.')
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. '
                                'Use either `@register(some_class)` or plain `@register` '
                                'on an annotated function.')
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(f'Invalid annotation for {argname!r}. '
                                    f'{cls!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        if _is_union_type(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    from types import MappingProxyType
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor: like singledispatch, but
    dispatching on the first argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register method as the implementation for cls."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
