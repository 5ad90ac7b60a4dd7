# asyncio.timeout / timeout_at context managers and TaskGroup.
import asyncio


async def timeouts():
    # Finishing in time.
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print('in time: expired =', cm.expired())

    # Expiring: the body gets CancelledError, the with statement raises
    # TimeoutError.
    seen = []
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                seen.append('body cancelled')
                raise
    except TimeoutError as e:
        print('TimeoutError raised; expired =', cm.expired(), seen,
              type(e.__context__).__name__, e.args)
    print('task not left cancelling:', asyncio.current_task().cancelling())

    # None means no deadline; when() / reschedule().
    async with asyncio.timeout(None) as cm:
        print('when None:', cm.when())
        loop = asyncio.get_running_loop()
        cm.reschedule(loop.time() + 5)
        print('rescheduled:', cm.when() is not None)
        cm.reschedule(None)
        print('back to None:', cm.when())
        await asyncio.sleep(0)

    # timeout_at with a deadline in the past expires at the first await.
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print('past deadline -> TimeoutError')

    # An exception in the body passes through untouched.
    try:
        async with asyncio.timeout(1):
            raise KeyError('body')
    except KeyError as e:
        print('body exception:', repr(e))

    # Nested: the inner one fires first, the outer one is unaffected.
    async with asyncio.timeout(1) as outer:
        try:
            async with asyncio.timeout(0.005) as inner:
                await asyncio.sleep(1)
        except TimeoutError:
            print('inner expired:', inner.expired(), 'outer expired:', outer.expired())

    # Rescheduling to the past makes it expire.
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time())
            await asyncio.sleep(1)
    except TimeoutError:
        print('reschedule to now -> TimeoutError')

    # Using the same timeout twice.
    cm = asyncio.timeout(1)
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)


asyncio.run(timeouts())


async def job(name, delay, log, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise
    if fail:
        log.append(name + ' raises')
        raise fail
    log.append(name + ' done')
    return name


async def taskgroups():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job('a', 0.01, log))
        t2 = tg.create_task(job('b', 0, log))
        print('inside: not done yet', t1.done(), t2.done())
    print('success:', t1.result(), t2.result(), log)

    # One task fails: the others are cancelled, an ExceptionGroup is raised.
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('slow1', 10, log))
            tg.create_task(job('bad', 0.005, log, ValueError('boom')))
            tg.create_task(job('slow2', 10, log))
            tg.create_task(job('quick', 0, log))
    except ExceptionGroup as eg:
        print('ExceptionGroup:', repr(eg.exceptions))
    # The others are cancelled in the order of a set of tasks (by address).
    print('log:', log[:2], sorted(log[2:]))

    # The ExceptionGroup itself.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('x', 0, [], KeyError('k')))
            tg.create_task(job('y', 0, [], TypeError('t')))
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, str(eg), sorted(type(e).__name__ for e in eg.exceptions))

    # An error in the body cancels the tasks; the body error is in the group.
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('child', 10, log))
            await asyncio.sleep(0)
            raise RuntimeError('body error')
    except ExceptionGroup as eg:
        print('body error group:', repr(eg.exceptions), log)

    # A task created in a group gets the name given.
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(job('n', 0, []), name='given')
    print('name:', t.get_name())

    # Adding a task to a finished group.
    coro = job('late', 0, [])
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()

    # Empty group.
    async with asyncio.TaskGroup():
        pass
    print('empty group ok')

    # Nested task groups: the inner failure propagates through the outer.
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(job('outer child', 10, log))

            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(job('inner bad', 0, [], ZeroDivisionError('z')))

            outer.create_task(inner_group())
    except ExceptionGroup as eg:
        print('nested:', repr(eg))

    # The parent task is cancelled from outside while in the group.
    log = []

    async def parent():
        async with asyncio.TaskGroup() as g:
            g.create_task(job('p1', 10, log))
            g.create_task(job('p2', 10, log))
        log.append('not reached')

    p = asyncio.create_task(parent())
    await asyncio.sleep(0.005)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print('parent cancelled:', p.cancelled(), sorted(log))


asyncio.run(taskgroups())
