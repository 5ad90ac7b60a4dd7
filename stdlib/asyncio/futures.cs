"""Future: a result that arrives later, awaited by coroutines.

A coroutine that awaits a pending Future yields the Future itself up to
its Task (through __await__); the Task adds a done callback and is resumed
by the loop when the Future gets its result, exception or cancellation.
"""

import reprlib

from asyncio import events
from asyncio import exceptions

__all__ = ('Future', 'wrap_future', 'isfuture')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for an asyncio Future or anything that behaves as one."""
    return (hasattr(type(obj), '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


class Future:
    """A result that is set later, with callbacks run by the loop when it is."""

    # The fields as slots: less memory per Future, and the VM caches each
    # field's offset. A __dict__ still takes other attributes, as CPython's.
    __slots__ = ('_state', '_result', '_exception', '_exception_tb', '_loop', '_callbacks',
                 '_cancel_message', '_cancelled_exc', '_asyncio_future_blocking',
                 '_log_traceback', '__dict__')

    def __init__(self, *, loop=None):
        # Set before anything can fail: __del__ reads them.
        self._log_traceback = False
        self._state = _PENDING
        self._loop = None
        self._loop = events._get_event_loop() if loop is None else loop
        self._callbacks = []
        self._result = None
        self._exception = None
        self._exception_tb = None
        self._cancel_message = None
        self._cancelled_exc = None
        # True while a coroutine awaits it, for the Task that receives it.
        self._asyncio_future_blocking = False

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={reprlib.repr(self._result)}')
        if self._callbacks:
            cbs = [events._format_callback(cb) for cb in self._callbacks]
            if len(cbs) > 2:
                cbs = [cbs[0], f'<{len(cbs) - 2} more>', cbs[-1]]
            info.append('cb=[' + ', '.join(cbs) + ']')
        return info

    def __repr__(self):
        return '<' + type(self).__name__ + ' ' + ' '.join(self._repr_info()) + '>'

    def __del__(self):
        if not self._log_traceback:
            return
        self._loop.call_exception_handler({
            'message': f'{type(self).__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        })

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        """The CancelledError to raise for this cancelled future; the one
        that cancelled its coroutine, when there is one."""
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancels the future and schedules its callbacks; False when it is
        already done."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if callbacks:
            self._callbacks = []
            for cb in callbacks:
                self._loop.call_soon(cb, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        """The result, or raises the exception or CancelledError."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        """The exception (None when a result was set), or raises
        CancelledError."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """fn(future) runs on the loop once the future is done."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        """Removes every registration of fn; returns how many there were."""
        kept = [cb for cb in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        callbacks = self._callbacks
        if callbacks:
            self._callbacks = []
            for cb in callbacks:
                self._loop.call_soon(cb, self)

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
            if self._state == _PENDING:
                raise RuntimeError("await wasn't used with future")
        if self._state == _FINISHED and self._exception is None:
            return self._result
        return self.result()

    __iter__ = __await__


def _get_loop(fut):
    return fut.get_loop()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _copy_state(dest, source):
    """Copies a concurrent.futures.Future's outcome into an asyncio one."""
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exc = source.exception()
    if exc is not None:
        dest.set_exception(exc)
    else:
        dest.set_result(source.result())


def wrap_future(future, *, loop=None):
    """An asyncio Future that follows a concurrent.futures.Future (which
    completes in another thread); cancelling it cancels the other."""
    if isfuture(future):
        return future
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()

    def follow(source):
        if not loop.is_closed():
            loop.call_soon_threadsafe(_copy_state, new_future, source)

    def cancel_source(dest):
        if dest.cancelled():
            future.cancel()

    new_future.add_done_callback(cancel_source)
    future.add_done_callback(follow)
    return new_future
