"""Start methods and the exceptions of multiprocessing.

cs starts every child with spawn: a fresh interpreter that inherits no
threads and no held locks. 'fork' and 'forkserver' are not offered.
"""

import os


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    """The number of CPUs (NotImplementedError when unknown)."""
    n = os.cpu_count()
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')
    return n


def get_all_start_methods():
    return ['spawn']


_start_method = None


def get_start_method(allow_none=False):
    """'spawn' (None with allow_none before any was set or used)."""
    global _start_method
    if _start_method is None and not allow_none:
        _start_method = 'spawn'
    return _start_method


def set_start_method(method, force=False):
    """Only 'spawn' is offered; a second call needs force=True."""
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method is None and force:
        _start_method = None
        return
    if method != 'spawn':
        raise ValueError(f'cannot find context for {method!r}')
    _start_method = method


def freeze_support():
    """Nothing to do: cs programs are not frozen."""


class _SpawnContext:
    """What get_context() returns: the module's API under one name."""

    _name = 'spawn'

    def __getattr__(self, name):
        import multiprocessing
        return getattr(multiprocessing, name)

    def get_start_method(self, allow_none=False):
        return 'spawn'


def get_context(method=None):
    if method not in (None, 'spawn'):
        raise ValueError(f'cannot find context for {method!r}')
    return _SpawnContext()
