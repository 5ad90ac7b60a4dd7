"""Queue: a FIFO between processes, on an OS pipe.

put() pickles the item and writes it as one framed message, under a
lock shared by the writers; get() reads one under a lock shared by the
readers. The number of items waiting is kept in shared memory. A Queue
reaches a child by inheritance (as a Process argument).
"""

import os
import time

import _process
import pickle
from queue import Empty, Full
from multiprocessing import reduction
from multiprocessing.connection import read_message, write_message
from multiprocessing.synchronize import Lock

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


def _count(shm, n, floor=None):
    """Adds n to the counter in shm, under its lock; ValueError (and no
    change) when it would go below floor."""
    shm.acquire()
    try:
        value = shm.read('q', 0) + n
        if floor is not None and value < floor:
            raise ValueError('task_done() called too many times')
        shm.write('q', 0, value)
    finally:
        shm.release()


def _rebuild_queue(cls, state):
    q = cls.__new__(cls)
    q.__setstate__(state)
    return q


class Queue:
    """A process-safe FIFO queue of picklable objects."""

    def __init__(self, maxsize=0):
        if maxsize <= 0:
            maxsize = 2147483647
        self._maxsize = maxsize
        self._reader, self._writer = os.pipe()
        self._rlock = Lock()
        self._wlock = Lock()
        self._size = _process.Shm(8)   # items waiting; its lock guards it
        self._closed = False

    def __getstate__(self):
        for fd in (self._reader, self._writer, self._size.fileno()):
            reduction.keep_fd(fd, type(self).__name__)
        return (self._maxsize, self._reader, self._writer, self._rlock, self._wlock,
                self._size.fileno())

    def __setstate__(self, state):
        self._maxsize, self._reader, self._writer, self._rlock, self._wlock, size_fd = state
        self._size = _process.Shm(8, size_fd)
        self._closed = False

    def __reduce__(self):
        return _rebuild_queue, (type(self), self.__getstate__())

    def qsize(self):
        return self._size.read('q', 0)

    def empty(self):
        return self.qsize() <= 0

    def full(self):
        return self.qsize() >= self._maxsize

    def put(self, obj, block=True, timeout=None):
        """Puts obj; with a maxsize, waits (up to timeout) while full."""
        if self._closed:
            raise ValueError(f'Queue {self!r} is closed')
        if self.full():
            if not block:
                raise Full
            deadline = None if timeout is None else time.monotonic() + timeout
            while self.full():
                if deadline is not None and time.monotonic() >= deadline:
                    raise Full
                time.sleep(0.001)
        data = pickle.dumps(obj)
        with self._wlock:
            _count(self._size, 1)
            write_message(self._writer, data)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get(self, block=True, timeout=None):
        """Removes and returns an item; waits (up to timeout) while empty,
        then raises queue.Empty."""
        if self._closed:
            raise ValueError(f'Queue {self!r} is closed')
        if not block:
            timeout = 0.0
        deadline = None if timeout is None else time.monotonic() + max(timeout, 0.0)
        if not (self._rlock.acquire(True, timeout) if block else self._rlock.acquire(False)):
            raise Empty
        try:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            if not _process.wait_readable(self._reader, left):
                raise Empty
            data = read_message(self._reader)
            _count(self._size, -1)
        finally:
            self._rlock.release()
        return pickle.loads(data)

    def get_nowait(self):
        return self.get(False)

    def close(self):
        self._closed = True

    def join_thread(self):
        """Nothing to wait for: put() writes before it returns."""

    def cancel_join_thread(self):
        """Nothing to cancel: put() writes before it returns."""


class JoinableQueue(Queue):
    """A Queue with task_done() and join()."""

    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self._unfinished = _process.Shm(8)

    def __getstate__(self):
        reduction.keep_fd(self._unfinished.fileno(), type(self).__name__)
        return Queue.__getstate__(self) + (self._unfinished.fileno(),)

    def __setstate__(self, state):
        Queue.__setstate__(self, state[:-1])
        self._unfinished = _process.Shm(8, state[-1])

    def put(self, obj, block=True, timeout=None):
        _count(self._unfinished, 1)
        Queue.put(self, obj, block, timeout)

    def task_done(self):
        _count(self._unfinished, -1, floor=0)

    def join(self):
        """Waits until every item put has been marked done."""
        while self._unfinished.read('q', 0) > 0:
            time.sleep(0.001)


class SimpleQueue(Queue):
    """A Queue with only put, get, empty and close."""

    def __init__(self):
        super().__init__()
