"""Callback handles, and which event loop runs in this thread.

A Handle is one callback with its arguments, queued on a loop's ready
deque by call_soon; a TimerHandle also has the time it is due at and sits
in the loop's timer heap until then. Each thread has at most one running
loop (get_running_loop) and one current loop (get_event_loop), which
asyncio.run sets.
"""

import _thread
import reprlib
import types

from asyncio.coroutines import iscoroutine, iscoroutinefunction

__all__ = ('Handle', 'TimerHandle', 'get_running_loop', 'get_event_loop',
           'set_event_loop', 'new_event_loop', 'AbstractEventLoop')


def _format_callback(cb, args=()):
    """A callback as CPython shows it in reprs: `qualname(args) at file:line`
    (the place only for plain functions)."""
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None) or repr(cb)
    text = name + '(' + ', '.join(reprlib.repr(a) for a in args) + ')'
    if isinstance(cb, types.FunctionType):
        code = cb.__code__
        text += f' at {code.co_filename}:{code.co_firstlineno}'
    return text


def _check_callback(callback, method):
    if iscoroutinefunction(callback) or iscoroutine(callback):
        raise TypeError(f'coroutines cannot be used with {method}()')
    if not callable(callback):
        raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')


class Handle:
    """A callback queued on an event loop by call_soon."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_scheduled')

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._scheduled = False

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return info

    def __repr__(self):
        return '<' + ' '.join(self._repr_info()) + '>'

    def get_context(self):
        return None

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback ' + _format_callback(self._callback, self._args),
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback due at a given loop time (call_later, call_at)."""

    __slots__ = ('_when',)

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop)
        self._when = when

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


# --- which loop ---------------------------------------------------------------------------

class _LoopSlots(_thread._local):
    running = None
    current = None
    made = False


_slots = _LoopSlots()
_main_ident = _thread.get_ident()


def _get_running_loop():
    """The loop running in this thread, or None."""
    return _slots.running


def _set_running_loop(loop):
    _slots.running = loop


def get_running_loop():
    """The loop running in this thread; RuntimeError when there is none."""
    loop = _slots.running
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    """The running loop, else this thread's current loop (the main thread
    gets one made on first use)."""
    loop = _slots.running
    if loop is not None:
        return loop
    loop = _slots.current
    if loop is None and not _slots.made and _thread.get_ident() == _main_ident:
        loop = new_event_loop()
        set_event_loop(loop)
    if loop is None:
        raise RuntimeError("There is no current event loop in thread %r."
                           % _current_thread_name())
    return loop


def _current_thread_name():
    import threading
    return threading.current_thread().name


_get_event_loop = get_event_loop


def set_event_loop(loop):
    """Makes loop this thread's current loop (None: no current loop)."""
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _slots.made = True
    _slots.current = loop


def new_event_loop():
    """A new event loop (not made current)."""
    from asyncio.base_events import BaseEventLoop
    return BaseEventLoop()


class AbstractEventLoop:
    """The base of every event loop class."""
