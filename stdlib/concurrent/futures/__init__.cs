"""Run callables asynchronously and collect their results as Futures.

ThreadPoolExecutor runs them on a pool of threads that share the GIL:
good for work that blocks (sleeping, reading, waiting), not for pure
computation, which the GIL runs one thread at a time. ProcessPoolExecutor
runs them in child processes, each with its own GIL: computation runs in
parallel.
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION,
                                      ALL_COMPLETED, CancelledError,
                                      TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor,
                                      wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'CancelledError', 'TimeoutError', 'BrokenExecutor',
    'Future', 'Executor', 'wait', 'as_completed', 'ThreadPoolExecutor',
    'ProcessPoolExecutor',
)
