# Assorted asyncio behaviour: async generator finalization by run(),
# executors, wrap_future, Condition/Queue with timeouts and cancellation,
# timeouts interacting with cancellation, Runner.
import asyncio
import concurrent.futures

async def agen():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print('agen finally')

async def main():
    g = agen()
    async for x in g:
        if x == 1:
            break
    print('broke out')
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(2) as ex:
        print(await loop.run_in_executor(ex, sum, [1, 2, 3]))
        cf = ex.submit(pow, 2, 10)
        print(await asyncio.wrap_future(cf))
    await loop.shutdown_default_executor()
    print('shutdown ok')

asyncio.run(main())
print('after run')

async def cond_timeout():
    c = asyncio.Condition()
    async with c:
        try:
            await asyncio.wait_for(c.wait(), 0.005)
        except TimeoutError:
            print('cond timed out, locked:', c.locked())
    async with c:
        try:
            await asyncio.wait_for(c.wait_for(lambda: False), 0.005)
        except TimeoutError:
            print('wait_for pred timed out, locked:', c.locked())
asyncio.run(cond_timeout())

async def queue_cancel_putter():
    q = asyncio.Queue(1)
    q.put_nowait(0)
    p1 = asyncio.create_task(q.put(1))
    p2 = asyncio.create_task(q.put(2))
    await asyncio.sleep(0)
    p1.cancel()
    await asyncio.sleep(0)
    print(q.get_nowait())
    await asyncio.sleep(0)
    print(q.get_nowait(), p1.cancelled(), p2.done())
asyncio.run(queue_cancel_putter())

async def sleep_cancel():
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel('m')
    try:
        await t
    except asyncio.CancelledError as e:
        print('sleep cancelled', e.args)
asyncio.run(sleep_cancel())

async def gather_dup():
    async def one(): return 1
    c = one()
    print(await asyncio.gather(c, c))
asyncio.run(gather_dup())

async def stack():
    async def deep():
        await asyncio.sleep(0.01)
    t = asyncio.create_task(deep())
    await asyncio.sleep(0)
    print(len(t.get_stack()))
    await t
    print(len(t.get_stack()))
asyncio.run(stack())

async def eh():
    loop = asyncio.get_running_loop()
    ctx = []
    loop.set_exception_handler(lambda l, c: ctx.append(sorted(c)))
    loop.call_exception_handler({'message': 'hi'})
    print(ctx)
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print(e)
asyncio.run(eh())


async def ext_cancel_in_timeout():
    async def body():
        async with asyncio.timeout(10):
            await asyncio.sleep(10)
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('external cancel stays CancelledError')
    except TimeoutError:
        print('wrong: TimeoutError')

async def timeout_and_cancel_both():
    async def body():
        try:
            async with asyncio.timeout(0):
                await asyncio.sleep(10)
        except TimeoutError:
            print('timeout in body')
        await asyncio.sleep(0)
        return 'after'
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    print(await t)

async def nested_wait_for():
    async def inner():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('inner cancelled')
            raise
    try:
        await asyncio.wait_for(asyncio.wait_for(inner(), 0.005), 1)
    except TimeoutError:
        print('nested timeout; cancelling =', asyncio.current_task().cancelling())

async def timeout_swallow():
    # The body swallows the cancellation: no TimeoutError raised.
    async with asyncio.timeout(0.001) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('swallowed in body')
    print('expired:', cm.expired())

async def tg_with_gather():
    async with asyncio.TaskGroup() as tg:
        async def g():
            return await asyncio.gather(asyncio.sleep(0, 1), asyncio.sleep(0, 2))
        t = tg.create_task(g())
    print(t.result())

async def cancel_twice_messages():
    async def v():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            print('got', e.args)
            raise
    t = asyncio.create_task(v())
    await asyncio.sleep(0)
    t.cancel('first')
    t.cancel('second')
    try:
        await t
    except asyncio.CancelledError as e:
        print('outer got', e.args)

async def exc_chain():
    async def f():
        try:
            raise KeyError('a')
        except KeyError:
            raise ValueError('b')
    try:
        await asyncio.create_task(f())
    except ValueError as e:
        print(repr(e), repr(e.__context__))


for f in (ext_cancel_in_timeout, timeout_and_cancel_both, nested_wait_for, timeout_swallow,
          tg_with_gather, cancel_twice_messages, exc_chain):
    asyncio.run(f())


# asyncio.Runner.
with asyncio.Runner() as runner:
    print(runner.run(asyncio.sleep(0, 'r1')))
    print(runner.run(asyncio.sleep(0, 'r2')))
    loop = runner.get_loop()
    print('same loop both runs:', loop is runner.get_loop(), loop.is_closed())
print('closed after with:', loop.is_closed())
# close() before first use does nothing: the runner still works.
r = asyncio.Runner()
r.close()
print('run after early close():', r.run(asyncio.sleep(0, 'ok')))
r.close()
# After a real close it refuses.
coro = asyncio.sleep(0)
try:
    r.run(coro)
except RuntimeError as e:
    print('RuntimeError:', e)
coro.close()
with asyncio.Runner(debug=True) as runner:
    async def debug_flag():
        return asyncio.get_running_loop().get_debug()
    print('debug:', runner.run(debug_flag()))
