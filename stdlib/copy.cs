"""Shallow and deep copy operations.

copy(x) makes a new object of the same type holding the same parts as x;
deepcopy(x) copies the parts too, recursively. deepcopy keeps a memo
dictionary, id(original) -> copy, so an object reached twice is copied
once and cycles are rebuilt as cycles.

Immutable atoms (numbers, strings, tuples of atoms, functions, classes)
are returned as they are. Lists, dicts and sets are copied directly.
A class can take over with __copy__(self) and __deepcopy__(self, memo),
with __reduce_ex__/__reduce__ as for pickling, or with __getstate__ and
__setstate__; otherwise an instance is rebuilt as object.__reduce_ex__
would describe it: cls.__new__(cls, *newargs), then its __dict__ (and
slot values), then list items or dict items for container subclasses.
"""

import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass

error = Error   # backward compatibility


# Types whose values are never copied, shallow or deep.
_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str, bytes,
           type, range, slice, property, types.BuiltinFunctionType, types.FunctionType,
           types.CodeType}
try:
    _atomic.add(complex)
except NameError:
    pass

# Types that cannot be copied at all (CPython refuses to pickle them).
_uncopyable = {types.GeneratorType, types.ModuleType, types.CoroutineType, types.TracebackType}


def copy(x):
    """A shallow copy of x: a new container holding the same items."""
    cls = type(x)
    if cls in _atomic or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _copy_by_reduction(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: its parts are copied too, recursively.

    memo maps id(original) to its copy; pass the same dict to several
    calls to share the copies between them.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    copier = _deep_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _copy_by_reduction(x, memo)
    # Atoms that came back as themselves need no memo entry.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple inside a cycle may have been copied while copying its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    return type(x)(deepcopy(list(x), memo))


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


def _deepcopy_method(x, memo):
    # A bound method is bound again to a copy of its object.
    return x.__func__.__get__(deepcopy(x.__self__, memo), None)


_deep_dispatch = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    set: _deepcopy_set,
    frozenset: _deepcopy_set,
    bytearray: _deepcopy_bytearray,
    types.MethodType: _deepcopy_method,
}


def _keep_alive(x, memo):
    # Keep the originals alive while the memo lives, so that their ids are
    # not reused by new objects during the copy.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _copy_by_reduction(x, memo):
    cls = type(x)
    if cls in _uncopyable:
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    reduction = _user_reduction(x)
    if reduction is None:
        reduction = _default_reduction(x)
    if isinstance(reduction, str):
        # A string names a global: the object is its own copy.
        return x
    return _reconstruct(x, memo, *reduction)


def _user_reduction(x):
    # __reduce_ex__ or __reduce__ if a class in the MRO defines one; None
    # to use the default behaviour of object.
    for klass in type(x).__mro__:
        if klass is object:
            break
        if '__reduce_ex__' in klass.__dict__:
            return x.__reduce_ex__(4)
        if '__reduce__' in klass.__dict__:
            return x.__reduce__()
    return None


def _default_reduction(x):
    # What object.__reduce_ex__(4) describes: how to make the object, its
    # state, and the items of a list or dict subclass.
    cls = type(x)
    if isinstance(x, (set, frozenset)):
        return cls, (list(x),), getattr(x, '__dict__', None) or None
    if isinstance(x, bytearray):
        return cls, (bytes(x),), getattr(x, '__dict__', None) or None
    args, kwargs = _new_arguments(x)
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and _defined_by_class(cls, '__getstate__'):
        state = getstate()
    else:
        state = _object_state(x)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _new_object, (cls, args, kwargs), state, listitems, dictitems


def _new_object(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _new_arguments(x):
    # The arguments that cls.__new__ needs to recreate x.
    if hasattr(x, '__getnewargs_ex__'):
        return x.__getnewargs_ex__()
    if hasattr(x, '__getnewargs__'):
        return x.__getnewargs__(), {}
    for base in (int, float, str, bytes, tuple):
        if isinstance(x, base):
            return (base(x),), {}
    return (), {}


def _defined_by_class(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def _object_state(x):
    # The instance dict, or (dict, slots) when slots hold values too.
    state = getattr(x, '__dict__', None) or None
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f'_{klass.__name__.lstrip("_")}{name}'
            if state is not None and name in state:
                continue
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return state, slots
    return state


def _set_state(y, state):
    # What object.__reduce_ex__'s state means (pickle uses it too):
    # __setstate__, else the instance dict, and slots given as (dict, slots).
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    else:
        slotstate = None
    if state is not None:
        y.__dict__.update(state)
    if slotstate is not None:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


del types
