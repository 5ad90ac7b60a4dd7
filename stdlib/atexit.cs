"""Functions to run when the interpreter exits normally.

They run in the reverse order of registration, after the non-daemon
threads have finished (interp/main.c calls _run_exitfuncs), as in CPython.
"""

__all__ = ['register', 'unregister']

_exithandlers = []


def register(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) at exit; returns func (usable as a decorator)."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Forgets every registration of func."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    """Runs the registered functions, last first; an exception in one is
    reported and the rest still run."""
    import sys
    # Those registered while these run are not run (as in CPython).
    handlers = _exithandlers[:]
    del _exithandlers[:]
    while handlers:
        func, args, kwargs = handlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            print('Exception ignored in atexit callback:', repr(func), file=sys.stderr)
            # The traceback starts in func, as CPython's (its atexit is in C).
            sys.__excepthook__(type(exc), exc, exc.__traceback__.tb_next)
