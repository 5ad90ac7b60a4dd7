# Cancelling a task that is inside wait_for: wait_for cancels the inner
# awaitable, waits for it, then re-raises with a bare `raise`. In cs the
# bare raise fails ("No active exception to reraise") because a generator
# thrown into from inside an except block loses its own handled exception
# across the next suspension (core bug, not asyncio).
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('inner cancelled')
        raise


async def main():
    w = asyncio.create_task(asyncio.wait_for(inner(), 5))
    await asyncio.sleep(0.001)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('wait_for task cancelled:', w.cancelled())


asyncio.run(main())


# The same without asyncio.
def gen():
    try:
        yield 1
    except KeyError:
        yield 2
        raise


g = gen()
next(g)
try:
    raise KeyError('x')
except KeyError as exc:
    g.throw(exc)
try:
    next(g)
except KeyError as e:
    print('re-raised:', repr(e))
