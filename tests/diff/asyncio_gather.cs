# Sleep ordering, create_task and gather.
import asyncio

log = []


async def sleeper(name, delay):
    log.append('start ' + name)
    await asyncio.sleep(delay)
    log.append('end ' + name)
    return name


async def sleep_order():
    tasks = [asyncio.create_task(sleeper(n, d))
             for n, d in (('c', 0.03), ('a', 0.01), ('b', 0.02), ('z', 0))]
    print('created, nothing ran yet:', log)
    await asyncio.sleep(0)
    print('after sleep(0):', log)
    res = [await t for t in tasks]
    print('results:', res)
    print('log:', log)


asyncio.run(sleep_order())


async def sleep_result():
    print('sleep result:', await asyncio.sleep(0, 'r0'), await asyncio.sleep(0.001, result=7))


asyncio.run(sleep_result())


# sleep(0) round robin: tasks interleave in creation order.
async def stepper(name, n, out):
    for i in range(n):
        out.append(name + str(i))
        await asyncio.sleep(0)


async def round_robin():
    out = []
    await asyncio.gather(stepper('a', 3, out), stepper('b', 2, out), stepper('c', 3, out))
    print('round robin:', out)


asyncio.run(round_robin())


async def gathers():
    # Results in argument order, not completion order.
    r = await asyncio.gather(sleeper('slow', 0.02), sleeper('fast', 0), sleeper('mid', 0.01))
    print('gather order:', r, type(r).__name__)

    # gather of nothing.
    r = await asyncio.gather()
    print('empty gather:', r)

    # Same coroutine object twice is not allowed, but the same task is fine.
    t = asyncio.create_task(sleeper('t', 0))
    r = await asyncio.gather(t, t, t)
    print('same task thrice:', r)

    # Plain futures.
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, 'from future')
    print('future in gather:', await asyncio.gather(f, sleeper('x', 0)))

    # return_exceptions=True keeps the exceptions as results.
    async def fail(msg, delay=0):
        await asyncio.sleep(delay)
        raise ValueError(msg)

    r = await asyncio.gather(fail('one'), sleeper('ok', 0), fail('two', 0.01),
                             return_exceptions=True)
    print('return_exceptions:', [repr(x) for x in r])

    # Without return_exceptions the first exception propagates; the other
    # children keep running.
    done = []

    async def finisher():
        await asyncio.sleep(0.02)
        done.append('finisher ran')
        return 1

    fin = asyncio.ensure_future(finisher())
    try:
        await asyncio.gather(fail('first', 0.005), fin, fail('second', 0.01))
    except ValueError as e:
        print('propagated:', repr(e))
    print('finisher cancelled?', fin.cancelled(), fin.done())
    await asyncio.sleep(0.03)
    print('finisher:', done, fin.result())

    # Cancelling the gather future cancels the children.
    c1 = asyncio.create_task(sleeper('c1', 10))
    c2 = asyncio.create_task(sleeper('c2', 10))
    g = asyncio.gather(c1, c2)
    await asyncio.sleep(0)
    print('cancel gather:', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled:', g.cancelled(), c1.cancelled(), c2.cancelled())

    # A cancelled child with return_exceptions=True appears as a CancelledError.
    c3 = asyncio.create_task(sleeper('c3', 10))
    g = asyncio.gather(c3, sleeper('c4', 0), return_exceptions=True)
    await asyncio.sleep(0)
    c3.cancel()
    r = await g
    print('cancelled child:', [type(x).__name__ for x in r])

    # A cancelled child without return_exceptions cancels the gather.
    c5 = asyncio.create_task(sleeper('c5', 10))
    g = asyncio.gather(c5)
    await asyncio.sleep(0)
    c5.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather saw child cancel:', g.cancelled())

    # Non-awaitables are rejected.
    try:
        asyncio.gather(1)
    except TypeError as e:
        print('TypeError:', e)

    # gather's result future is a Future (not a Task).
    g = asyncio.gather(sleeper('g', 0))
    print('gather type:', isinstance(g, asyncio.Future), isinstance(g, asyncio.Task))
    await g


asyncio.run(gathers())


# create_task names and repr-ish bits.
async def names():
    t = asyncio.create_task(asyncio.sleep(0), name='named')
    print(t.get_name())
    t.set_name('renamed')
    print(t.get_name())
    await t
    print(t.done(), t.result())
    t2 = asyncio.create_task(asyncio.sleep(0))
    print(t2.get_name().startswith('Task-'))
    await t2
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(names())
coro = sleeper('outside', 0)
try:
    asyncio.create_task(coro)
except RuntimeError as e:
    print('RuntimeError:', e)
coro.close()
