"""Reprs with size limits, and a guard for recursive reprs.

Repr().repr(x) is like repr(x), but containers show at most a few items
(maxlist, maxdict, ... items, then '...'), nesting stops at maxlevel, and
long strings, ints and other reprs are cut in the middle. reprlib.repr is
the method of a shared instance.

recursive_repr() decorates a __repr__ so that a container that contains
itself prints '...' for the inner occurrence instead of recursing forever.
"""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins

try:
    from _thread import get_ident
except ImportError:
    def get_ident():
        return 0


def recursive_repr(fillvalue='...'):
    """Decorate a __repr__ so that, called again for the same object while
    it runs (a container inside itself), it returns fillvalue."""

    def decorating_function(user_function):
        # The (object, thread) pairs whose repr is being computed.
        running = set()

        def wrapper(self):
            key = id(self), get_ident()
            if key in running:
                return fillvalue
            running.add(key)
            try:
                result = user_function(self)
            finally:
                running.discard(key)
            return result

        wrapper.__module__ = getattr(user_function, '__module__', None)
        wrapper.__doc__ = getattr(user_function, '__doc__', None)
        wrapper.__name__ = getattr(user_function, '__name__', 'wrapper')
        wrapper.__qualname__ = getattr(user_function, '__qualname__', 'wrapper')
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        return wrapper

    return decorating_function


class Repr:
    """Size-limited reprs; the max* attributes are the limits."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        # Dispatch on the type's name: repr_list, repr_dict, ...
        typename = '_'.join(type(x).__name__.split())
        method = getattr(self, 'repr_' + typename, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            s = self.fillvalue
        else:
            pieces = []
            for elem in x:
                if len(pieces) == maxiter:
                    break
                pieces.append(self.repr1(elem, level - 1))
            if n > maxiter:
                pieces.append(self.fillvalue)
            s = ', '.join(pieces)
            if n == 1 and trail:
                right = trail + right
        return f'{left}{s}{right}'

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return f'array({x.typecode!r})'
        header = f'array({x.typecode!r}, ['
        return self._repr_iterable(x, level, header, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_possibly_sorted(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_possibly_sorted(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pieces = []
        for key in _possibly_sorted(x):
            if len(pieces) == self.maxdict:
                break
            keyrepr = self.repr1(key, level - 1)
            valrepr = self.repr1(x[key], level - 1)
            pieces.append(f'{keyrepr}: {valrepr}')
        if n > self.maxdict:
            pieces.append(self.fillvalue)
        return '{' + ', '.join(pieces) + '}'

    def repr_str(self, x, level):
        s = builtins.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            i, j = self._halves(self.maxstring)
            s = builtins.repr(x[:i] + x[len(x) - j:])
            s = s[:i] + self.fillvalue + s[len(s) - j:]
        return s

    def repr_int(self, x, level):
        s = builtins.repr(x)
        if len(s) > self.maxlong:
            i, j = self._halves(self.maxlong)
            s = s[:i] + self.fillvalue + s[len(s) - j:]
        return s

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        if len(s) > self.maxother:
            i, j = self._halves(self.maxother)
            s = s[:i] + self.fillvalue + s[len(s) - j:]
        return s

    def _halves(self, limit):
        # How much to keep on each side of the filler for a given limit.
        i = max(0, (limit - 3) // 2)
        j = max(0, limit - 3 - i)
        return i, j


def _possibly_sorted(x):
    # Sorted when the items allow it, so that sets and dicts print stably.
    try:
        return sorted(x)
    except Exception:
        return list(x)


aRepr = Repr()
repr = aRepr.repr
