"""ProcessPoolExecutor: a pool of worker processes, each with its own GIL.

Calls and their arguments go to the workers through one multiprocessing
Queue and results come back through another (pickled: functions of the
main script travel by value). A thread of the parent, the manager, sets
each Future from its result, and notices a worker that died: then every
pending Future fails with BrokenProcessPool.
"""

import os
import queue
import threading
from concurrent.futures import _base

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process ended abruptly; the pool cannot be used any more."""


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
        work_id, fn, args, kwargs = item
        try:
            result = (True, fn(*args, **kwargs))
        except BaseException as exc:
            result = (False, exc)
        try:
            result_queue.put((work_id, result))
        except BaseException as exc:   # the result or exception did not pickle
            result_queue.put((work_id, (False, RuntimeError(
                f'the result of a call could not be sent back: {exc!r}'))))


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
        self._pending = {}
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
            self._pending[work_id] = future
        self._call_queue.put((work_id, fn, args, kwargs))
        return future

    def _manage(self):
        """The manager thread: results to Futures, and dead workers noticed."""
        while True:
            try:
                work_id, (ok, value) = self._result_queue.get(timeout=0.05)
            except queue.Empty:
                if self._shutdown and not self._pending:
                    return
                dead = [p for p in self._processes if p.exitcode not in (None, 0)]
                if dead or (not self._shutdown and any(p.exitcode is not None for p in self._processes)):
                    self._break()
                    return
                continue
            with self._lock:
                future = self._pending.pop(work_id, None)
            if future is None or not future.set_running_or_notify_cancel():
                continue
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)

    def _break(self):
        with self._lock:
            self._broken = ('A child process terminated abruptly, the process pool is not '
                            'usable anymore')
            pending, self._pending = self._pending, {}
        for future in pending.values():
            if future.set_running_or_notify_cancel():
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
                for work_id, future in list(self._pending.items()):
                    if future.cancel():
                        del self._pending[work_id]
        if self._manager is None:
            return
        if not already and not self._broken:
            for _ in self._processes:
                self._call_queue.put(None)
        if wait:
            self._manager.join()
            for p in self._processes:
                p.join()
            _executors.discard(self)
