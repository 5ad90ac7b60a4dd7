"""Tools for making and combining context managers (with statements).

contextmanager     write a context manager as a generator: the code before
                   its single yield is __enter__, the code after is
                   __exit__, and an exception in the with block is raised
                   at the yield
suppress           ignore the given exceptions in the with block
closing            call thing.close() at the end of the block
nullcontext        a context manager that does nothing
ExitStack          enter any number of context managers and callbacks and
                   exit them all, last in first out, as nested with
                   statements would
redirect_stdout    send sys.stdout (redirect_stderr: sys.stderr) elsewhere
ContextDecorator   lets a context manager also decorate functions
chdir              change the current directory for the block

Async variants: asynccontextmanager, aclosing, AsyncExitStack.
"""

import abc
import sys
from collections import deque
from functools import wraps
from types import GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


class AbstractContextManager(abc.ABC):
    """The base of context managers: __enter__ returns self, __exit__ is
    abstract. Any class with both methods counts as a subclass."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            from collections.abc import _has_methods
            return _has_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """The base of asynchronous context managers: __aenter__ returns self,
    __aexit__ is abstract."""

    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            from collections.abc import _has_methods
            return _has_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator:
    """A base class that lets a context manager decorate a function: the
    function then runs inside a with statement on the context manager."""

    def _recreate_cm(self):
        # The context manager to use for one call. One that cannot be
        # entered twice (a generator-based one) makes a fresh copy.
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator:
    """Like ContextDecorator, for asynchronous context managers and
    coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            # "async with self._recreate_cm(): return await func(...)",
            # spelled out.
            cm = self._recreate_cm()
            await cm.__aenter__()
            try:
                result = await func(*args, **kwds)
            except BaseException as exc:
                if not await cm.__aexit__(type(exc), exc, exc.__traceback__):
                    raise
                return None
            await cm.__aexit__(None, None, None)
            return result
        return inner


class _GeneratorContextManagerBase:
    # What both generator-based context managers share: the generator made
    # by calling the decorated function, and how to make another one.

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """The context manager that a @contextmanager function returns."""

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # The block ended normally: the generator must end too.
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # The with statement may pass only the type.
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator caught the exception and returned: the exception
            # is suppressed, unless it was a StopIteration raised in the
            # block itself.
            return exc is not value
        except RuntimeError as exc:
            # A StopIteration raised in the block comes out of the generator
            # turned into RuntimeError (PEP 479): that is not a new error.
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            # The exception came back out of the generator: let the with
            # statement re-raise the original (not a copy of it). A new
            # exception raised by the generator replaces it.
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager, AsyncContextDecorator):
    """The context manager that an @asynccontextmanager function returns."""

    async def __aenter__(self):
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """@contextmanager decorator: turn a generator function into a factory
    of context managers.

        @contextmanager
        def opened(path):
            f = open(path)
            try:
                yield f          # the value bound by "as"
            finally:
                f.close()

        with opened("data.txt") as f:
            ...

    The generator must yield exactly once. An exception in the with block
    is raised inside the generator at the yield; if the generator catches
    it and finishes, the exception is suppressed.
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """Like contextmanager, for an async generator function, giving
    context managers for "async with"."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Call thing.close() when the block ends, however it ends.

        with closing(connect(address)) as conn:
            ...
    """

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context manager that awaits thing.aclose() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that the same object can be entered again while active.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Make sys.stdout the given file-like object for the block, so that
    print() writes there:

        with redirect_stdout(log):
            print("to the log")
    """

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Like redirect_stdout, for sys.stderr."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Ignore the given exceptions: the block stops where one is raised
    and execution goes on after the with statement.

        with suppress(KeyError):
            del cache[key]
    """

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing: "with nullcontext(x) as y"
    binds y to x. Stands in for an optional context manager."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Change the current working directory for the block, and change it
    back afterwards."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


################################################################################
### ExitStack
################################################################################

def _protocol_error(cls, kind):
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support "
                     f"the {kind} protocol")


class _BaseExitStack:
    # The callbacks are kept in a deque of (is_sync, callback) pairs; each
    # callback takes (exc_type, exc, traceback) as __exit__ does and returns
    # true to suppress the exception.

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move the callbacks to a new stack of the same type and return it:
        this one will then do nothing when it exits."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Register an exit callback: a context manager's __exit__ method
        (given the context manager itself or any object with __exit__),
        or a function with the same signature. Returns it, so that push
        can decorate a function."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            # Not a context manager: assume it is a callback itself.
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter a context manager and push its __exit__; returns what its
        __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise _protocol_error(cls, 'context manager') from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to be called at exit; it does
        not see the exception. Returns callback, so that it can decorate."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._push_exit_callback(_exit_wrapper, True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


def _chain_context(new_exc, old_exc, frame_exc):
    # An exception raised by a callback while old_exc was being handled
    # gets old_exc as its __context__, as if the callbacks had been nested
    # with statements. Exceptions of the surrounding code (frame_exc) end
    # the walk down the chain.
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A with statement over any number of context managers and callbacks.

        with ExitStack() as stack:
            files = [stack.enter_context(open(name)) for name in names]
            # all the files are closed when the block ends, even if one of
            # the opens failed

    The callbacks run last in first out, each seeing the exception the
    previous ones left (or none if one suppressed it).
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            try:
                if callback(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _chain_context(new_exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending_raise:
            # Raising sets __context__ to the exception being handled here;
            # keep the one computed above instead.
            exc = exc_details[1]
            fixed_context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_context
                raise
        return received_exc and suppressed_exc

    def close(self):
        """Run the exit callbacks now, as leaving the with block would."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Like ExitStack, for "async with": it also accepts asynchronous
    context managers and coroutine callbacks."""

    async def enter_async_context(self, cm):
        """Enter an asynchronous context manager and push its __aexit__."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise _protocol_error(cls, 'asynchronous context manager') from None
        result = await enter(cm)
        self._push_async_cm_exit(cm, exit)
        return result

    def push_async_exit(self, exit):
        """Register an __aexit__ method or a coroutine function with the
        same signature."""
        exit_method = getattr(type(exit), '__aexit__', None)
        if exit_method is None:
            self._push_exit_callback(exit, False)
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register a coroutine function to be awaited at exit."""
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper, False)
        return callback

    async def aclose(self):
        """Run the exit callbacks now, as leaving the with block would."""
        await self.__aexit__(None, None, None)

    def _push_async_cm_exit(self, cm, cm_exit):
        async def _exit_wrapper(exc_type, exc, tb):
            return await cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._push_exit_callback(_exit_wrapper, False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            try:
                if is_sync:
                    result = callback(*exc_details)
                else:
                    result = await callback(*exc_details)
                if result:
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _chain_context(new_exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending_raise:
            exc = exc_details[1]
            fixed_context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_context
                raise
        return received_exc and suppressed_exc
