"""Pool: a fixed set of worker processes that run tasks from a queue.

Tasks go to the workers through one Queue and results come back through
another; a thread of the parent hands each result to its AsyncResult.
map() sends the items in chunks, so each message carries several.
"""

import itertools
import queue
import threading

from multiprocessing import context
from multiprocessing.process import Process
from multiprocessing.queues import SimpleQueue

__all__ = ['Pool', 'AsyncResult', 'ApplyResult', 'MapResult', 'MaybeEncodingError']

_job_counter = itertools.count()


def _worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None):
    """A worker's loop: run tasks until the None sentinel (or maxtasks
    of them: the pool then starts a fresh worker)."""
    if initializer is not None:
        initializer(*initargs)
    done = 0
    while maxtasks is None or done < maxtasks:
        done += 1
        task = inqueue.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, ExceptionWithTraceback(e))
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            outqueue.put((job, i, (False, MaybeEncodingError(e, result[1]))))


class RemoteTraceback(Exception):
    """The traceback of an exception raised in a worker, as text (the
    __cause__ of the exception get() raises)."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    """How a worker sends an exception: with its traceback's text."""

    def __init__(self, exc):
        from multiprocessing.reduction import format_exception
        self.exc = exc
        self.tb = '\n"""\n' + format_exception(exc) + '"""'

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class MaybeEncodingError(Exception):
    """A worker's result that could not be sent back (not picklable)."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__, self)


def _map_chunk(func, chunk):
    return [func(*args) for args in chunk]


class ApplyResult:
    """The result of apply_async: get(), wait(), ready(), successful()."""

    def __init__(self, pool, callback=None, error_callback=None):
        self._event = threading.Event()
        self._job = next(_job_counter)
        self._callback = callback
        self._error_callback = error_callback
        self._value = None
        self._success = None
        pool._cache[self._job] = self
        self._pool = pool

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError(f'{self!r} not ready')
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        """The result; the task's exception is raised here."""
        self.wait(timeout)
        if not self.ready():
            raise context.TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, result):
        self._success, self._value = result
        self._complete()

    def _complete(self):
        if self._success and self._callback is not None:
            self._callback(self._value)
        if not self._success and self._error_callback is not None:
            self._error_callback(self._value)
        self._event.set()
        del self._pool._cache[self._job]


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The result of map_async: a list, in the order of the items."""

    def __init__(self, pool, chunksize, length, callback=None, error_callback=None):
        super().__init__(pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        self._chunks_left = -(-length // chunksize) if length else 0
        if length == 0:
            self._event.set()
            del pool._cache[self._job]
            if callback is not None:
                callback(self._value)

    def _set(self, i, result):
        success, value = result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = value
        elif not success and self._success:
            self._success = False
            self._value = value
        self._chunks_left -= 1
        if self._chunks_left == 0:
            self._complete()


class IMapIterator:
    """What imap returns: next(timeout) waits at most timeout seconds."""

    def __init__(self, chunk_results):
        self._chunks = list(chunk_results)
        self._ready = []

    def __iter__(self):
        return self

    def next(self, timeout=None):
        while not self._ready:
            if not self._chunks:
                raise StopIteration
            chunk = self._chunks[0]
            chunk.wait(timeout)
            if not chunk.ready():
                raise context.TimeoutError
            self._chunks.pop(0)
            self._ready = list(chunk.get())
        return self._ready.pop(0)

    __next__ = next


class IMapUnorderedIterator(IMapIterator):
    """What imap_unordered returns: results in the order chunks finish."""

    def __init__(self):
        super().__init__([])
        self._done = queue.SimpleQueue()
        self._chunks = 0

    def _put(self, value):
        self._done.put(value)

    def next(self, timeout=None):
        while not self._ready:
            if not self._chunks:
                raise StopIteration
            try:
                value = self._done.get(timeout=timeout)
            except queue.Empty:
                raise context.TimeoutError from None
            self._chunks -= 1
            if isinstance(value, BaseException):
                raise value
            self._ready = list(value)
        return self._ready.pop(0)

    __next__ = next


class Pool:
    """processes worker processes (default: the number of CPUs)."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        if processes is None:
            processes = context_cpu_count()
        if processes < 1:
            raise ValueError('Number of processes must be at least 1')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if maxtasksperchild is not None and (not isinstance(maxtasksperchild, int) or
                                             maxtasksperchild <= 0):
            raise ValueError('maxtasksperchild must be a positive int or None')
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._inqueue = SimpleQueue()
        self._outqueue = SimpleQueue()
        self._cache = {}
        self._state = 'RUN'
        self._pool = []
        for _ in range(processes):
            self._add_worker()
        self._stop_handler = False
        self._handler = threading.Thread(target=self._handle_results, daemon=True)
        self._handler.start()

    def _add_worker(self):
        w = Process(target=_worker, args=(self._inqueue, self._outqueue, self._initializer,
                                          self._initargs, self._maxtasksperchild))
        w.name = w.name.replace('Process', 'SpawnPoolWorker')
        w.daemon = True
        w.start()
        self._pool.append(w)

    def _maintain_pool(self):
        """Replaces the workers that have exited (after maxtasksperchild
        tasks, or killed) while the pool runs."""
        for w in list(self._pool):
            if self._state == 'RUN' and w.exitcode is not None:
                w.join()
                self._pool.remove(w)
                self._add_worker()

    def _handle_results(self):
        # Stopped by a flag, not a message: a worker terminated in the
        # middle of a put may have left a message half written.
        while not self._stop_handler:
            try:
                job, i, result = self._outqueue.get(timeout=0.05)
            except queue.Empty:
                self._maintain_pool()
                continue
            entry = self._cache.get(job)
            if entry is not None:
                entry._set(i, result)

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError('Pool not running')

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        """Runs func(*args, **kwds) in a worker; returns an AsyncResult."""
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._inqueue.put((result._job, 0, func, tuple(args), dict(kwds)))
        return result

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def _map_async(self, func, iterable, chunksize, callback, error_callback):
        self._check_running()
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), len(self._pool) * 4)
            if extra:
                chunksize += 1
        chunksize = max(1, chunksize)
        result = MapResult(self, chunksize, len(items), callback, error_callback)
        for i in range(0, len(items), chunksize):
            self._inqueue.put((result._job, i // chunksize, _map_chunk,
                               (func, items[i:i + chunksize]), {}))
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, [(x,) for x in iterable], chunksize, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        """[func(x) for x in iterable], computed by the workers."""
        return self.map_async(func, iterable, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, [tuple(a) for a in iterable], chunksize, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        """[func(*args) for args in iterable], computed by the workers."""
        return self.starmap_async(func, iterable, chunksize).get()

    def imap(self, func, iterable, chunksize=1):
        """The results of func over iterable, in order, as they are ready."""
        self._check_running()
        return IMapIterator([self.apply_async(_map_chunk, (func, [(x,) for x in chunk]))
                             for chunk in _chunks(iterable, chunksize)])

    def imap_unordered(self, func, iterable, chunksize=1):
        """The results of func over iterable, in the order they finish."""
        self._check_running()
        it = IMapUnorderedIterator()
        for chunk in _chunks(iterable, chunksize):
            self.apply_async(_map_chunk, (func, [(x,) for x in chunk]),
                             callback=it._put, error_callback=it._put)
            it._chunks += 1
        return it

    def close(self):
        """No more tasks: the workers exit once the queue is empty."""
        if self._state == 'RUN':
            self._state = 'CLOSE'
            for _ in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        """Stops the workers at once."""
        self._state = 'TERMINATE'
        for w in self._pool:
            w.terminate()
        self._finish()

    def join(self):
        """Waits for the workers to exit (after close() or terminate())."""
        if self._state == 'RUN':
            raise ValueError('Pool is still running')
        for w in self._pool:
            w.join()
        self._finish()

    def _finish(self):
        for w in self._pool:
            w.join()
        self._stop_handler = True
        self._handler.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        return f'<multiprocessing.pool.Pool state={self._state} pool_size={len(self._pool)}>'


def context_cpu_count():
    return context.cpu_count()


def _chunks(iterable, size):
    it = iter(iterable)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk
