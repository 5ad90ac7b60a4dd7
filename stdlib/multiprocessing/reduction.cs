"""Pickling for child processes: which descriptors a child must inherit.

Objects that live in the operating system (a Lock's shared memory, a
Queue's pipe) travel to a child as descriptor numbers. While a Process is
being pickled for start(), their __reduce__ calls keep_fd(), and spawn
keeps exactly those descriptors open in the child. Anywhere else they
cannot travel, as in CPython.
"""

import pickle

_kept_fds = None


def keep_fd(fd, what):
    """Called by __reduce__ of `what` (a class name) with a descriptor the
    receiving process needs."""
    if _kept_fds is None:
        raise RuntimeError(f'{what} objects should only be shared between '
                           f'processes through inheritance')
    _kept_fds.append(fd)


def dumps_for_child(obj):
    """(bytes, descriptors to keep) for obj, pickled for a new child."""
    global _kept_fds
    _kept_fds = []
    try:
        data = pickle.dumps(obj)
        return data, _kept_fds
    finally:
        _kept_fds = None


def inheriting():
    """True while pickling for a new child (handles may travel)."""
    return _kept_fds is not None


def format_exception(exc):
    """The text of exc's traceback, as it would be printed (for sending to
    the parent: tracebacks themselves do not pickle)."""
    import sys

    class _Collect:
        def __init__(self):
            self.parts = []

        def write(self, text):
            self.parts.append(text)
            return len(text)

        def flush(self):
            pass

    sink = _Collect()
    saved = sys.stderr
    sys.stderr = sink
    try:
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
    finally:
        sys.stderr = saved
    return ''.join(sink.parts)
