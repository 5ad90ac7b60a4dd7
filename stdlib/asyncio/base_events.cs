"""The event loop.

One iteration (_run_once): wait in the C poller until a file descriptor is
ready or the first timer is due (with the GIL released), move the due
timers to the ready deque, then run every callback that was ready when
the iteration began. Callbacks queued while they run wait for the next
iteration, so that a task that keeps yielding cannot starve the others or
the poll.
"""

import _loop
import _thread
import sys
import time
from _collections import deque

from asyncio import events
from asyncio import futures
from asyncio import tasks

__all__ = ('BaseEventLoop',)

# Rebuild the timer heap once this many cancelled timers are in it and
# they are more than half of it.
_MIN_CANCELLED_TIMERS = 100


def _run_until_complete_cb(fut):
    fut.get_loop().stop()


class BaseEventLoop(events.AbstractEventLoop):
    """An event loop on an epoll poller and a timer heap (module _loop)."""

    def __init__(self):
        self._ready = deque()
        self._scheduled = _loop.TimerHeap()
        self._timer_cancelled_count = 0
        self._poller = _loop.Poller()
        self._readers = {}
        self._writers = {}
        self._stopping = False
        self._closed = False
        self._thread_id = None
        self._current_task = None
        self._default_executor = None
        self._exception_handler = None
        self._debug = False
        self._task_factory = None

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self._closed} debug={self._debug}>')

    # --- running ---------------------------------------------------------------------------

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Runs iterations until stop() is called."""
        self._check_closed()
        self._check_running()
        self._thread_id = _thread.get_ident()
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)

    def run_until_complete(self, future):
        """Runs until the future (or coroutine, wrapped in a Task) is done;
        returns its result or raises its exception."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stops run_forever after the current iteration."""
        self._stopping = True

    def close(self):
        """Closes the loop; the pending callbacks are dropped."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._readers.clear()
        self._writers.clear()
        self._poller.close()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def _run_once(self):
        scheduled = self._scheduled
        if (self._timer_cancelled_count > _MIN_CANCELLED_TIMERS and
                self._timer_cancelled_count * 2 > len(scheduled)):
            scheduled.discard_cancelled()
            self._timer_cancelled_count = 0
        ready = self._ready
        if ready or self._stopping:
            timeout = 0
        else:
            first = scheduled.first()
            timeout = None if first is None else max(0.0, first - time.monotonic())
        if timeout != 0 or self._readers or self._writers:
            for fd, mask in self._poller.poll(timeout):
                if mask & 1:
                    handle = self._readers.get(fd)
                    if handle is not None:
                        ready.append(handle)
                if mask & 2:
                    handle = self._writers.get(fd)
                    if handle is not None:
                        ready.append(handle)
        if scheduled:
            scheduled.pop_due(time.monotonic(), ready)
        for _ in range(len(ready)):
            handle = ready.popleft()
            if handle._cancelled:
                if handle._scheduled:
                    handle._scheduled = False
                    self._timer_cancelled_count -= 1
                continue
            handle._scheduled = False
            handle._run()

    # --- scheduling callbacks --------------------------------------------------------------

    def call_soon(self, callback, *args, context=None):
        """Runs callback(*args) on the next iteration; returns its Handle."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            events._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        """Runs callback(*args) after delay seconds; returns its TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(time.monotonic() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        """Runs callback(*args) at loop time `when`."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            events._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self)
        self._scheduled.push(when, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon from another thread: also wakes the loop if it sleeps."""
        self._check_closed()
        if self._debug:
            events._check_callback(callback, 'call_soon_threadsafe')
        handle = events.Handle(callback, args, self)
        self._ready.append(handle)
        self._poller.wakeup()
        return handle

    # --- futures and tasks -----------------------------------------------------------------

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Wraps the coroutine in a Task scheduled on this loop."""
        self._check_closed()
        if self._task_factory is not None:
            task = self._task_factory(self, coro)
            if name is not None:
                task.set_name(name)
            return task
        return tasks.Task(coro, loop=self, name=name)

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # --- threads ---------------------------------------------------------------------------

    def run_in_executor(self, executor, func, *args):
        """Runs func(*args) in a thread pool (the loop's default one when
        executor is None); returns an asyncio Future of its result."""
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                from concurrent.futures import ThreadPoolExecutor
                executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def shutdown_default_executor(self):
        """Waits for the default executor's threads to finish."""
        executor = self._default_executor
        if executor is None:
            return
        self._default_executor = None
        done = self.create_future()

        def shut_down():
            try:
                executor.shutdown(wait=True)
            finally:
                if not self.is_closed():
                    self.call_soon_threadsafe(futures._set_result_unless_cancelled, done, None)

        import threading
        thread = threading.Thread(target=shut_down)
        thread.start()
        try:
            await done
        finally:
            thread.join()

    async def shutdown_asyncgens(self):
        """Async generators are closed when they are freed here."""

    # --- file descriptors ------------------------------------------------------------------

    def _watch(self, fd, table, other, mask, callback, args):
        self._check_closed()
        fd = _fileno(fd)
        old = table.get(fd)
        table[fd] = events.Handle(callback, args, self)
        both = mask | (3 - mask if fd in other else 0)
        if old is None and fd not in other:
            self._poller.register(fd, both)
        else:
            self._poller.modify(fd, both)
            if old is not None:
                old.cancel()

    def _unwatch(self, fd, table, other, mask):
        fd = _fileno(fd)
        handle = table.pop(fd, None)
        if handle is None:
            return False
        handle.cancel()
        if self._closed:
            return True
        if fd in other:
            self._poller.modify(fd, 3 - mask)
        else:
            self._poller.unregister(fd)
        return True

    def add_reader(self, fd, callback, *args):
        """Runs callback(*args) whenever fd is readable."""
        self._watch(fd, self._readers, self._writers, 1, callback, args)

    def remove_reader(self, fd):
        return self._unwatch(fd, self._readers, self._writers, 1)

    def add_writer(self, fd, callback, *args):
        """Runs callback(*args) whenever fd is writable."""
        self._watch(fd, self._writers, self._readers, 2, callback, args)

    def remove_writer(self, fd):
        return self._unwatch(fd, self._writers, self._readers, 2)

    # --- errors ----------------------------------------------------------------------------

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Writes the context to stderr, with the exception's traceback."""
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        err = sys.stderr
        if err is None:
            return
        err.write('\n'.join(lines) + '\n')
        exc = context.get('exception')
        if exc is not None:
            sys.__excepthook__(type(exc), exc, exc.__traceback__)
        err.flush()

    def call_exception_handler(self, context):
        """Reports an error no caller can see (a failing callback, an
        exception nobody retrieved) through the exception handler."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass


def _fileno(fd):
    if isinstance(fd, int):
        return fd
    try:
        return int(fd.fileno())
    except (AttributeError, TypeError, ValueError):
        raise ValueError(f'Invalid file object: {fd!r}') from None
