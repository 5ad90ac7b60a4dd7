# Task cancellation: CancelledError inside the coroutine, messages,
# cancelled(), cancelling()/uncancel(), catching and suppressing, repr.
import asyncio

log = []


async def victim(delay=10):
    try:
        log.append('victim start')
        await asyncio.sleep(delay)
        log.append('victim not cancelled')
    except asyncio.CancelledError as e:
        log.append('victim got CancelledError ' + repr(e.args))
        raise
    finally:
        log.append('victim finally')


async def basic():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print('cancel() ->', t.cancel(), 'cancelling:', t.cancelling())
    print('done right after cancel:', t.done(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print('await raised CancelledError', e.args)
    print('cancelled():', t.cancelled(), 'done():', t.done())
    print('cancel again ->', t.cancel())
    print(log)
    log.clear()
    try:
        t.result()
    except asyncio.CancelledError:
        print('result() raises CancelledError')
    try:
        t.exception()
    except asyncio.CancelledError:
        print('exception() raises CancelledError')

    # Cancel with a message.
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError as e:
        print('message seen by awaiter:', e.args)
    print(log)
    log.clear()

    # Cancel before the task ever ran: the coroutine never starts.
    t = asyncio.create_task(victim())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled before start; log:', log)

    # A task that swallows the CancelledError finishes normally.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return 'swallowed'

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print('stubborn result:', await t, t.cancelled(), t.cancelling())

    # cancelling() counts requests; uncancel() decrements.
    async def counting():
        me = asyncio.current_task()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('  inside: cancelling =', me.cancelling())
            print('  uncancel ->', me.uncancel())
            print('  uncancel ->', me.uncancel())
            print('  now cancelling =', me.cancelling())
        await asyncio.sleep(0)
        return 'recovered'

    t = asyncio.create_task(counting())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print('requests:', t.cancelling())
    print('counting result:', await t)

    # Cancelling a done task does nothing.
    t = asyncio.create_task(asyncio.sleep(0, 'fin'))
    await t
    print('cancel done task ->', t.cancel(), t.cancelled())

    # Cancelling the task while it awaits another task cancels the inner one.
    inner = asyncio.create_task(victim())

    async def outer():
        return await inner

    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print('outer cancelled:', o.cancelled(), 'inner cancelled:', inner.cancelled())
    log.clear()

    # Cancelling an awaited future propagates into the task.
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    async def waiter():
        try:
            await fut
        except asyncio.CancelledError as e:
            return 'waiter saw cancel ' + repr(e.args)

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    fut.cancel('fut msg')
    print(await w)

    # A task raising a CancelledError by itself ends cancelled.
    async def self_cancel():
        raise asyncio.CancelledError('mine')

    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print('self-cancel:', t.cancelled(), e.args)

    # The task's repr in various states.
    async def quick():
        return 5

    t = asyncio.create_task(quick(), name='Q')
    print(repr(t).split(' coro=')[0])
    await t
    print(repr(t).split(' coro=')[0])
    t = asyncio.create_task(victim(), name='V')
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(repr(t).split(' coro=')[0])

    async def raiser():
        raise OSError(2, 'nope')

    t = asyncio.create_task(raiser(), name='R')
    try:
        await t
    except OSError:
        pass
    print(repr(t).split(' coro=')[0], repr(t).endswith("exception=FileNotFoundError(2, 'nope')>"))

    # CancelledError is a BaseException, not an Exception.
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))


asyncio.run(basic())


# Cancelling the main task from inside: asyncio.run raises CancelledError.
async def cancel_main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
    print('not reached')

try:
    asyncio.run(cancel_main())
except asyncio.CancelledError as e:
    print('main cancelled:', type(e).__name__)


# Tasks left pending when the main coroutine returns are cancelled by run().
async def leftover():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('leftover cancelled at shutdown')
        raise


async def main_leaves():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    return 'main done'


print(asyncio.run(main_leaves()))
