# wait_for, wait (FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED),
# as_completed and shield.
import asyncio


async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def wait_for_demo():
    print('wait_for no timeout:', await asyncio.wait_for(work('a', 0), None))
    print('wait_for in time:', await asyncio.wait_for(work('b', 0.001), 5))

    cancelled = []

    async def slow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            cancelled.append('slow cancelled')
            raise

    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError as e:
        print('TimeoutError:', type(e).__name__, type(e) is TimeoutError, cancelled)
    # Timeout <= 0 on a not yet done awaitable times out at once.
    try:
        await asyncio.wait_for(work('z', 1), 0)
    except TimeoutError:
        print('timeout 0 -> TimeoutError')
    # ... but a done future returns its result.
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result('ready')
    print('timeout 0 on done future:', await asyncio.wait_for(f, 0))
    # Exceptions pass through.
    try:
        await asyncio.wait_for(work('err', 0, fail=True), 1)
    except ValueError as e:
        print('wait_for passes exception:', repr(e))
    # The awaited task is cancelled on timeout.
    t = asyncio.create_task(work('t', 10))
    try:
        await asyncio.wait_for(t, 0.005)
    except TimeoutError:
        print('inner task cancelled:', t.cancelled())


async def wait_demo():
    t1 = asyncio.create_task(work('t1', 0.01), name='t1')
    t2 = asyncio.create_task(work('t2', 0.03), name='t2')
    t3 = asyncio.create_task(work('t3', 0), name='t3')
    done, pending = await asyncio.wait([t1, t2, t3], return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED:', names(done), names(pending), type(done).__name__)
    done, pending = await asyncio.wait([t1, t2, t3])
    print('ALL_COMPLETED:', names(done), names(pending))
    print('constants:', asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

    e1 = asyncio.create_task(work('e1', 0.005, fail=True), name='e1')
    e2 = asyncio.create_task(work('e2', 0.05), name='e2')
    e3 = asyncio.create_task(work('e3', 0), name='e3')
    done, pending = await asyncio.wait([e1, e2, e3], return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION:', names(done), names(pending))
    print('e1 exception:', repr(e1.exception()))
    # wait does not cancel the pending ones.
    print('e2 still pending:', not e2.done())
    e2.cancel()

    # FIRST_EXCEPTION with no exception behaves like ALL_COMPLETED.
    a = asyncio.create_task(work('a', 0), name='a')
    b = asyncio.create_task(work('b', 0.005), name='b')
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION no error:', names(done), names(pending))

    # A timeout returns what is done so far, and raises nothing.
    s = asyncio.create_task(work('s', 10), name='s')
    q = asyncio.create_task(work('q', 0), name='q')
    done, pending = await asyncio.wait({s, q}, timeout=0.01)
    print('with timeout:', names(done), names(pending))
    s.cancel()

    # Errors.
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError:', e)
    try:
        await asyncio.wait([q], return_when='bogus')
    except ValueError as e:
        print('ValueError:', e)


async def as_completed_demo():
    tasks = [asyncio.create_task(work(n, d)) for n, d in
             (('slow', 0.03), ('fast', 0.0), ('mid', 0.015))]
    order = []
    for fut in asyncio.as_completed(tasks):
        order.append(await fut)
    print('as_completed:', order)

    # Coroutines are accepted too; exceptions come out of the awaited item.
    order = []
    for fut in asyncio.as_completed([work('x', 0.01, fail=True), work('y', 0)]):
        try:
            order.append(await fut)
        except ValueError as e:
            order.append('error ' + str(e))
    print('as_completed with error:', order)

    # A timeout raises TimeoutError from the next awaited item.
    order = []
    try:
        for fut in asyncio.as_completed([work('p', 0), work('never', 10)], timeout=0.01):
            order.append(await fut)
    except asyncio.TimeoutError:
        order.append('timeout')
    print('as_completed timeout:', order)
    # Empty input.
    print('as_completed empty:', list(asyncio.as_completed([])))


async def shield_demo():
    log = []

    async def important():
        try:
            await asyncio.sleep(0.01)
            log.append('important finished')
            return 'kept'
        except asyncio.CancelledError:
            log.append('important cancelled')
            raise

    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        log.append('outer cancelled')
    print('inner after outer cancel:', inner.done(), inner.cancelled())
    print('inner result:', await inner)
    print(log)

    # Cancelling the awaiting task does not cancel the shielded one.
    log.clear()
    inner = asyncio.create_task(important())

    async def awaiter():
        return await asyncio.shield(inner)

    w = asyncio.create_task(awaiter())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        log.append('awaiter cancelled')
    print('shielded result:', await inner, log)

    # shield passes results and exceptions.
    print('shield result:', await asyncio.shield(work('r', 0)))
    try:
        await asyncio.shield(work('bad', 0, fail=True))
    except ValueError as e:
        print('shield exception:', repr(e))
    # Shielding a done future returns it as is.
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    print('shield done future is same:', asyncio.shield(f) is f)


asyncio.run(wait_for_demo())
asyncio.run(wait_demo())
asyncio.run(as_completed_demo())
asyncio.run(shield_demo())
