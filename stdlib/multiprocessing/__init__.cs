"""Processes: run functions in child interpreters, each with its own GIL.

CPU-bound work in processes runs truly in parallel. Children are always
started fresh (spawn): the target and its arguments travel by value
(pickle), so a script needs no `if __name__ == "__main__":` guard, though
it may have one.
"""

import os

from multiprocessing.process import (Process, current_process, parent_process,
                                     active_children)
from multiprocessing.context import (ProcessError, BufferTooShort, TimeoutError,
                                     AuthenticationError, cpu_count, get_start_method,
                                     set_start_method, get_all_start_methods,
                                     get_context, freeze_support)
from multiprocessing.synchronize import Lock, RLock
from multiprocessing.sharedctypes import Value, Array, RawValue, RawArray
from multiprocessing.queues import Queue, SimpleQueue, JoinableQueue
from multiprocessing.connection import Pipe
from multiprocessing.pool import Pool

__all__ = ['Process', 'current_process', 'parent_process', 'active_children',
           'ProcessError', 'BufferTooShort', 'TimeoutError', 'AuthenticationError',
           'cpu_count', 'get_start_method', 'set_start_method', 'get_all_start_methods',
           'get_context', 'freeze_support', 'Lock', 'RLock', 'Value', 'Array',
           'RawValue', 'RawArray', 'Queue', 'SimpleQueue', 'JoinableQueue', 'Pipe', 'Pool']
