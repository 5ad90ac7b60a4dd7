"""Processes: run functions in child interpreters, each with its own GIL.

CPU-bound work in processes runs truly in parallel. Children are always
started fresh (spawn): the target and its arguments travel by value
(pickle), so a script needs no `if __name__ == "__main__":` guard, though
it may have one.
"""

# The names are loaded on first use (PEP 562), so that a child, which
# needs only spawn, process and pickle, starts without the rest.
_SUBMODULE_OF = {
    'Process': 'process', 'current_process': 'process', 'parent_process': 'process',
    'active_children': 'process',
    'ProcessError': 'context', 'BufferTooShort': 'context', 'TimeoutError': 'context',
    'AuthenticationError': 'context', 'cpu_count': 'context', 'get_start_method': 'context',
    'set_start_method': 'context', 'get_all_start_methods': 'context',
    'get_context': 'context', 'freeze_support': 'context',
    'Lock': 'synchronize', 'RLock': 'synchronize', 'Semaphore': 'synchronize',
    'BoundedSemaphore': 'synchronize', 'Event': 'synchronize',
    'Value': 'sharedctypes', 'Array': 'sharedctypes', 'RawValue': 'sharedctypes',
    'RawArray': 'sharedctypes',
    'Queue': 'queues', 'SimpleQueue': 'queues', 'JoinableQueue': 'queues',
    'Pipe': 'connection', 'Pool': 'pool',
}

__all__ = list(_SUBMODULE_OF)


def __getattr__(name):
    sub = _SUBMODULE_OF.get(name)
    if sub is None:
        raise AttributeError(f"module 'multiprocessing' has no attribute '{name}'")
    import sys
    __import__('multiprocessing.' + sub)
    value = getattr(sys.modules['multiprocessing.' + sub], name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_SUBMODULE_OF))
