# iscoroutinefunction / iscoroutine / ensure_future / awaitables, and the
# exceptions module.
import asyncio
import functools


async def coro_fn(x=1):
    return x


def plain():
    return 1


def gen():
    yield 1


async def agen():
    yield 1


class Methods:
    async def am(self):
        return 'am'

    def m(self):
        return 'm'

    @staticmethod
    async def sam():
        return 'sam'

    @classmethod
    async def cam(cls):
        return 'cam'


print('iscoroutinefunction:')
for f in (coro_fn, plain, gen, agen, Methods.am, Methods().am, Methods.m,
          Methods.sam, Methods.cam, functools.partial(coro_fn, 2),
          functools.partial(plain), lambda: None, print, 42, None):
    name = getattr(f, '__name__', None) or type(f).__name__
    print(' ', name, asyncio.iscoroutinefunction(f))

c = coro_fn()
a = agen()
print('iscoroutine:', asyncio.iscoroutine(c),
      asyncio.iscoroutine(a), asyncio.iscoroutine(coro_fn), asyncio.iscoroutine(1))
c.close()

# Exceptions.
print('hierarchy:')
for name in ('CancelledError', 'InvalidStateError', 'TimeoutError', 'QueueEmpty',
             'QueueFull', 'BrokenBarrierError'):
    cls = getattr(asyncio, name)
    print(' ', name, [k.__name__ for k in cls.__mro__[1:]])
print('TimeoutError is builtin:', asyncio.TimeoutError is TimeoutError)
print('CancelledError module:', asyncio.CancelledError.__module__)


# Awaitable objects with __await__.
class Awaitable:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.value


async def main():
    print('custom awaitable:', await Awaitable('v'))
    print('gather custom awaitable:', await asyncio.gather(Awaitable(1), Awaitable(2)))
    t = asyncio.ensure_future(Awaitable('wrapped'))
    print('ensure_future wraps into Task:', isinstance(t, asyncio.Task), await t)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError:', e)
    # Awaiting inside a comprehension and with a generator expression.
    print('comprehension:', [await coro_fn(i) for i in range(3)])
    # async for / async with from user classes inside tasks.

    class Counter:
        def __init__(self, n):
            self.n = n

        def __aiter__(self):
            return self

        async def __anext__(self):
            if self.n == 0:
                raise StopAsyncIteration
            self.n -= 1
            await asyncio.sleep(0)
            return self.n

    print('async for:', [x async for x in Counter(3)])

    async def agen2():
        for i in range(3):
            await asyncio.sleep(0)
            yield i

    print('async generator:', [x async for x in agen2()])

    class CM:
        async def __aenter__(self):
            await asyncio.sleep(0)
            return 'entered'

        async def __aexit__(self, *exc):
            await asyncio.sleep(0)
            return False

    async with CM() as v:
        print('async with:', v)

    # Awaiting a coroutine twice.
    co = coro_fn(5)
    print('first await:', await co)
    try:
        await co
    except RuntimeError as e:
        print('RuntimeError:', e)

    # A task awaiting itself is an error.
    async def self_await():
        return await asyncio.current_task()

    t = asyncio.create_task(self_await())
    try:
        await t
    except RuntimeError as e:
        # (The callback's name differs: CPython's C Task says task_wakeup.)
        print('RuntimeError:', str(e).split(' cb=')[0])

    # yield inside a task's coroutine (bare yield of a non-future) is an error.
    class BadAwait:
        def __await__(self):
            yield 'not a future'

    async def bad():
        await BadAwait()

    t = asyncio.create_task(bad())
    try:
        await t
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(':')[0])


asyncio.run(main())
