"""Locks, semaphores and events shared between processes, in shared
memory (_process.Shm: a process-shared semaphore and flag).

A child gets them by inheritance: as an argument of Process (or inside
one), never through a Queue or a Pipe.
"""

import _thread

import _process
from multiprocessing import reduction

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Event']


def _rebuild(cls, fd):
    obj = cls.__new__(cls)
    obj._shm = _process.Shm(0, fd)
    obj._owner = None
    obj._count = 0
    return obj


class Lock:
    """A lock that any process holding it may release (like threading.Lock)."""

    def __init__(self):
        self._shm = _process.Shm(0)

    def acquire(self, block=True, timeout=None):
        return self._shm.acquire(block, timeout)

    def release(self):
        self._shm.release()

    def __enter__(self):
        return self._shm.acquire()

    def __exit__(self, *exc):
        self._shm.release()

    def __reduce__(self):
        fd = self._shm.fileno()
        reduction.keep_fd(fd, type(self).__name__)
        return _rebuild, (type(self), fd)

    def __repr__(self):
        from multiprocessing import process
        if self._shm.locked():
            name = process.current_process().name
            return f'<Lock(owner={name if _thread.get_ident() else "SomeOtherProcess"})>'
        return '<Lock(owner=None)>'


class RLock(Lock):
    """A lock its owner (one thread of one process) may take again."""

    def __init__(self):
        super().__init__()
        self._owner = None
        self._count = 0

    def acquire(self, block=True, timeout=None):
        me = _thread.get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if not self._shm.acquire(block, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != _thread.get_ident():
            raise AssertionError('attempt to release recursive lock not owned by thread')
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._shm.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        if self._owner is not None:
            from multiprocessing import process
            return f'<RLock({process.current_process().name}, {self._count})>'
        if self._shm.locked():
            return '<RLock(SomeOtherProcess, nonzero)>'
        return '<RLock(None, 0)>'


class Semaphore(Lock):
    """A counter of free slots shared between processes: acquire takes one
    (waiting while there is none), release gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise OSError(22, 'Invalid argument')   # what CPython's sem_init gives
        super().__init__()
        self._shm.permits(value)

    def release(self):
        self._shm.release(None)

    def __exit__(self, *exc):
        self.release()

    def get_value(self):
        return self._shm.permits()

    def __repr__(self):
        return f'<{type(self).__name__}(value={self.get_value()})>'


class BoundedSemaphore(Semaphore):
    """A Semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._bound = value

    def release(self):
        self._shm.release(self._bound)

    def __reduce__(self):
        fd = self._shm.fileno()
        reduction.keep_fd(fd, type(self).__name__)
        return _rebuild_bounded, (fd, self._bound)

    def __repr__(self):
        return f'<BoundedSemaphore(value={self.get_value()}, maxvalue={self._bound})>'


def _rebuild_bounded(fd, bound):
    obj = _rebuild(BoundedSemaphore, fd)
    obj._bound = bound
    return obj


class Event:
    """A flag shared between processes: wait() returns once set() is called."""

    def __init__(self):
        self._shm = _process.Shm(0)

    def is_set(self):
        return self._shm.flag()

    def set(self):
        self._shm.flag(True)

    def clear(self):
        self._shm.flag(False)

    def wait(self, timeout=None):
        """Waits until the flag is set (or timeout seconds); returns it."""
        return self._shm.wait_flag(timeout)

    def __reduce__(self):
        fd = self._shm.fileno()
        reduction.keep_fd(fd, 'Event')
        return _rebuild, (Event, fd)

    def __repr__(self):
        return f"<Event({'set' if self.is_set() else 'unset'})>"
