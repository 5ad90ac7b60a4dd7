"""Telling coroutines and coroutine functions apart."""

import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CO_COROUTINE = 0x80


def iscoroutinefunction(func):
    """True for a function defined with async def."""
    func = getattr(func, '__func__', func)
    while hasattr(func, 'func') and hasattr(func, 'args'):   # functools.partial
        func = func.func
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE)


def iscoroutine(obj):
    """True for a coroutine object; in 3.11 a generator counts as one, and
    so does any object with the Coroutine methods."""
    if isinstance(obj, (types.CoroutineType, types.GeneratorType)):
        return True
    t = type(obj)
    return all(hasattr(t, m) for m in ('send', 'throw', 'close', '__await__'))
