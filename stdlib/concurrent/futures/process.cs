"""ProcessPoolExecutor: a pool of worker processes, each with its own GIL.

A call is pickled when it is submitted (an argument that cannot be pickled
fails its Future at once) and waits in the parent until a worker is about
to be free: at most max_workers + 1 calls are in the workers' queue, and
those are the "running" ones, which can no longer be cancelled, as in
CPython. A thread of the parent, the manager, sets each Future from its
result, feeds the queue, and notices a worker that died: then every
pending Future fails with BrokenProcessPool.
"""

import collections
import os
import pickle
import queue
import threading
from concurrent.futures import _base

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process ended abruptly; the pool cannot be used any more."""


class _RemoteTraceback(Exception):
    """The traceback of an exception raised in a worker, as text: it is the
    __cause__ of the exception result() raises, so both are printed."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _ExceptionWithTraceback:
    """How a worker sends an exception: with its traceback's text."""

    def __init__(self, exc):
        from multiprocessing.reduction import format_exception
        self.exc = exc
        self.tb = '\n"""\n' + format_exception(exc) + '"""'

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


def _rebuild_exc(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


def _process_worker(call_queue, result_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._print_exception('Exception in initializer:')
            return
    while True:
        item = call_queue.get()
        if item is None:
            return
        work_id, fn, args, kwargs = pickle.loads(item)
        try:
            result = (True, fn(*args, **kwargs))
        except BaseException as exc:
            result = (False, _ExceptionWithTraceback(exc))
        try:
            result_queue.put((work_id, result))
        except BaseException as exc:   # the result did not pickle: say why
            result_queue.put((work_id, (False, exc)))


_executors = set()


def _python_exit():
    for executor in list(_executors):
        executor.shutdown(wait=True)


threading._register_atexit(_python_exit)


class ProcessPoolExecutor(_base.Executor):
    """Runs calls in max_workers processes (default: the number of CPUs)."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._processes = []
        self._waiting = collections.deque()   # (work_id, future, pickled call)
        self._running = {}                    # work_id -> future, sent to the workers
        self._next_id = 0
        self._lock = threading.Lock()
        self._shutdown = False
        self._broken = False
        self._manager = None
        self._call_queue = None
        self._result_queue = None

    def _start(self):
        from multiprocessing import Process, SimpleQueue
        self._call_queue = SimpleQueue()
        self._result_queue = SimpleQueue()
        for _ in range(self._max_workers):
            p = Process(target=_process_worker,
                        args=(self._call_queue, self._result_queue, self._initializer,
                              self._initargs))
            p.name = p.name.replace('Process', 'SpawnProcess')
            p.start()
            self._processes.append(p)
        self._manager = threading.Thread(target=self._manage, daemon=True)
        self._manager.start()
        _executors.add(self)

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if self._manager is None:
                self._start()
            future = _base.Future()
            work_id = self._next_id
            self._next_id += 1
            try:
                call = pickle.dumps((work_id, fn, args, kwargs))
            except BaseException as exc:
                future.set_exception(exc)
                return future
            self._waiting.append((work_id, future, call))
            self._feed()
        return future

    def _feed(self):
        """Moves waiting calls to the workers' queue, up to one more than
        there are workers. Called with the lock held."""
        while self._waiting and len(self._running) <= self._max_workers:
            work_id, future, call = self._waiting.popleft()
            if future.set_running_or_notify_cancel():
                self._running[work_id] = future
                self._call_queue.put(call)

    def _manage(self):
        """The manager thread: results to Futures, and dead workers noticed."""
        while True:
            try:
                work_id, (ok, value) = self._result_queue.get(timeout=0.05)
            except queue.Empty:
                if self._shutdown and not self._running and not self._waiting:
                    return
                if any(p.exitcode is not None for p in self._processes) and (
                        self._running or self._waiting or not self._shutdown):
                    self._break()
                    return
                continue
            with self._lock:
                future = self._running.pop(work_id, None)
                self._feed()
            if future is None:
                continue
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)

    def _break(self):
        with self._lock:
            self._broken = ('A child process terminated abruptly, the process pool is not '
                            'usable anymore')
            futures = list(self._running.values()) + [f for _, f, _ in self._waiting]
            self._running = {}
            self._waiting.clear()
        for future in futures:
            if future.done():
                continue
            if future.running() or future.set_running_or_notify_cancel():
                future.set_exception(BrokenProcessPool(
                    'A process in the process pool was terminated abruptly while the '
                    'future was running or pending.'))
        for p in self._processes:
            if p.exitcode is None:
                p.terminate()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No new calls; the workers exit when the queued ones are done."""
        with self._lock:
            already = self._shutdown
            self._shutdown = True
            if cancel_futures:
                for _, future, _ in self._waiting:
                    future.cancel()
                self._waiting.clear()
        if self._manager is None:
            return
        if wait:
            self._manager.join()   # until every call has its result
        if not already and not self._broken:
            for _ in self._processes:
                self._call_queue.put(None)
        if wait:
            for p in self._processes:
                p.join()
            _executors.discard(self)
