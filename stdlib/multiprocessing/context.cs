"""Start methods and the exceptions of multiprocessing.

cs starts every child with spawn: a fresh interpreter that inherits no
threads and no held locks. 'fork' and 'forkserver' are not offered.
"""

import os
import sys


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


def get_start_method(allow_none=False):
    return 'spawn'


def set_start_method(method, force=False):
    if method != 'spawn':
        raise ValueError(f'cannot find context for {method!r}')


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
