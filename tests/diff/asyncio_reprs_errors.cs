# reprs of Futures, Tasks, Handles, Timeouts and TaskGroups, the exact
# messages of InvalidStateError, and a few argument checks.
import asyncio


async def victim():
    await asyncio.sleep(10)


async def quick():
    return 1


def cb(fut):
    pass


def gen():
    yield 1


async def main():
    loop = asyncio.get_running_loop()

    # InvalidStateError messages (CPython's C Future).
    f = loop.create_future()
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError:', e)
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print('set twice:', e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print('set_exception after result:', e)
    c = loop.create_future()
    c.cancel()
    try:
        c.set_result(1)
    except asyncio.InvalidStateError as e:
        print('set_result after cancel:', e)

    # Future reprs with callbacks.
    f = loop.create_future()
    f.add_done_callback(cb)
    print(repr(f))
    f.add_done_callback(cb)
    f.add_done_callback(print)
    print(repr(f))
    f.add_done_callback(lambda x: 0)
    print(repr(f))
    f.cancel()

    # Task reprs through its life.
    t = asyncio.create_task(victim(), name='V')
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t).split(' cb=')[0])
    t.cancel()
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    t2 = asyncio.create_task(quick(), name='Q')
    await t2
    print(repr(t2))

    # Handles.
    h = loop.call_soon(cb, 1)
    print(repr(h))
    h.cancel()
    print(repr(h))
    h = loop.call_later(5, cb, 1)
    text = repr(h)
    print(text.split(' when=')[0], text.split(' when=')[1].split(' ', 1)[1])
    h.cancel()

    # Timeout states.
    tm = asyncio.timeout(None)
    print(repr(tm))
    async with tm:
        print(repr(tm))
    print(repr(tm))
    try:
        async with asyncio.timeout(0) as tm:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(tm))
    async with asyncio.timeout(5) as tm:
        print(repr(tm).split(' when=')[0])

    # TaskGroup.
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg))
    print(repr(tg))

    # wait() refuses bare coroutines in 3.11.
    coro = quick()
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print('TypeError:', e)
    coro.close()

    # A plain generator counts as a coroutine for asyncio.iscoroutine in 3.11.
    g = gen()
    print('iscoroutine(generator):', asyncio.iscoroutine(g))


asyncio.run(main())
