# Lock, Event, Condition, Semaphore, BoundedSemaphore: fairness order,
# errors, reprs (addresses masked).
import asyncio


def r(obj):
    text = repr(obj)
    i = text.find(' at 0x')
    if i >= 0:
        j = text.index(' ', i + 4)
        text = text[:i] + ' at ADDR' + text[j:]
    return text


async def lock_demo():
    lock = asyncio.Lock()
    print(r(lock), lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    print('acquire ->', await lock.acquire(), r(lock))
    lock.release()
    async with lock:
        print('in async with:', lock.locked())
    print('after async with:', lock.locked())

    # Waiters get the lock in FIFO order.
    order = []

    async def worker(name):
        async with lock:
            order.append(name + ' in')
            await asyncio.sleep(0)
            order.append(name + ' out')

    await lock.acquire()
    tasks = [asyncio.create_task(worker(n)) for n in 'abc']
    await asyncio.sleep(0)
    print('waiters:', r(lock))
    lock.release()
    await asyncio.gather(*tasks)
    print('lock order:', order)

    # A cancelled waiter does not get the lock.
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    lock.release()
    print('cancelled waiter:', t.cancelled(), lock.locked())

    # The with statement (synchronous) is not supported.
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print('sync with fails:', type(e).__name__)

    # An exception in the body releases the lock.
    try:
        async with lock:
            raise ValueError('in body')
    except ValueError:
        print('released after exception:', not lock.locked())


async def event_demo():
    ev = asyncio.Event()
    print(r(ev), ev.is_set())
    order = []

    async def waiter(name):
        order.append(name + ' waits')
        res = await ev.wait()
        order.append(f'{name} woke {res}')

    ts = [asyncio.create_task(waiter(n)) for n in ('w1', 'w2', 'w3')]
    await asyncio.sleep(0)
    print(r(ev))
    ev.set()
    print('set:', ev.is_set(), r(ev))
    await asyncio.gather(*ts)
    print(order)
    print('wait on set event:', await ev.wait())
    ev.clear()
    print('cleared:', ev.is_set(), r(ev))
    # wait with a timeout.
    try:
        await asyncio.wait_for(ev.wait(), 0.005)
    except TimeoutError:
        print('event wait timed out')


async def condition_demo():
    cond = asyncio.Condition()
    print(r(cond))
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        cond.release()
    except RuntimeError as e:
        print('RuntimeError:', e)

    order = []
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            order.append((name, items.pop(0)))

    async def plain_waiter(name):
        async with cond:
            order.append(name + ' waiting')
            res = await cond.wait()
            order.append(f'{name} notified {res} locked={cond.locked()}')

    ws = [asyncio.create_task(plain_waiter(n)) for n in ('p1', 'p2', 'p3')]
    await asyncio.sleep(0)
    async with cond:
        print('waiters:', r(cond))
        cond.notify()
    await asyncio.sleep(0)
    print(order)
    async with cond:
        cond.notify(5)
    await asyncio.gather(*ws)
    print(order)

    order.clear()
    cs = [asyncio.create_task(consumer(n)) for n in ('c1', 'c2')]
    await asyncio.sleep(0)
    async with cond:
        items.extend(['i1', 'i2'])
        cond.notify_all()
    await asyncio.gather(*cs)
    print('wait_for consumers:', order)

    # A Condition over a given lock shares it.
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print('shared lock:', c2.locked())


async def semaphore_demo():
    sem = asyncio.Semaphore(2)
    print(r(sem), sem.locked())
    running = []
    order = []

    async def worker(name):
        async with sem:
            running.append(name)
            order.append(f'{name} in ({len(running)} running)')
            await asyncio.sleep(0.001)
            running.remove(name)
            order.append(name + ' out')

    await asyncio.gather(*(worker(n) for n in ('a', 'b', 'c', 'd', 'e')))
    print(order)
    print('acquire:', await sem.acquire(), await sem.acquire(), sem.locked(), r(sem))
    sem.release()
    sem.release()
    sem.release()   # a plain Semaphore may go above its start value
    print('over-released:', r(sem))

    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)

    bs = asyncio.BoundedSemaphore(1)
    print(r(bs))
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError:', e)

    # Fairness: waiters acquire in FIFO order.
    s = asyncio.Semaphore(0)
    got = []

    async def taker(name):
        await s.acquire()
        got.append(name)

    ts = [asyncio.create_task(taker(n)) for n in ('t1', 't2', 't3')]
    await asyncio.sleep(0)
    print('waiting:', r(s))
    s.release()
    s.release()
    s.release()
    await asyncio.gather(*ts)
    print('fifo:', got)


async def newcomer_demo():
    # Newcomers wait behind woken waiters that have not run yet.
    lock = asyncio.Lock()
    order = []
    async def w(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0)
    await lock.acquire()
    t1 = asyncio.create_task(w('t1'))
    await asyncio.sleep(0)
    lock.release()
    # newcomer while t1 was woken but has not run yet
    t2 = asyncio.create_task(w('t2'))
    await w('main')
    await asyncio.gather(t1, t2)
    print(order)
    sem = asyncio.Semaphore(1)
    order.clear()
    async def s(n):
        async with sem:
            order.append(n)
            await asyncio.sleep(0)
    await sem.acquire()
    ts = [asyncio.create_task(s(n)) for n in 'ab']
    await asyncio.sleep(0)
    sem.release()
    print('locked after release w/ waiters:', sem.locked())
    await s('main')
    await asyncio.gather(*ts)
    print(order)
    # cancelled waiter then release
    await sem.acquire()
    t = asyncio.create_task(s('c'))
    u = asyncio.create_task(s('d'))
    await asyncio.sleep(0)
    sem.release()
    t.cancel()
    await asyncio.gather(t, u, return_exceptions=True)
    print(order, t.cancelled(), sem.locked(), sem._value)


asyncio.run(lock_demo())
asyncio.run(newcomer_demo())
asyncio.run(event_demo())
asyncio.run(condition_demo())
asyncio.run(semaphore_demo())


# Waiters cancelled right after being woken: the wake-up passes on.
async def lock_woken_cancel():
    lock = asyncio.Lock()
    await lock.acquire()
    order = []
    async def w(n):
        try:
            async with lock:
                order.append(n)
        except asyncio.CancelledError:
            order.append(n + ' cancelled')
    t1 = asyncio.create_task(w('a'))
    t2 = asyncio.create_task(w('b'))
    await asyncio.sleep(0)
    lock.release()       # wakes a
    t1.cancel()          # a is cancelled before it runs: b must get the lock
    await asyncio.gather(t1, t2)
    print(order, lock.locked())

async def sem_woken_cancel():
    sem = asyncio.Semaphore(0)
    order = []
    async def w(n):
        try:
            async with sem:
                order.append(n)
        except asyncio.CancelledError:
            order.append(n + ' cancelled')
    ts = [asyncio.create_task(w(n)) for n in 'abc']
    await asyncio.sleep(0)
    sem.release()
    ts[0].cancel()
    await asyncio.sleep(0.001)
    print(order, sem._value if hasattr(sem, '_value') else None, sem.locked())
    sem.release(); sem.release()
    await asyncio.gather(*ts)
    print(order, sem.locked())

async def event_cancel():
    ev = asyncio.Event()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(repr(ev).split('[')[1])

async def cond_cancel_notify():
    c = asyncio.Condition()
    order = []
    async def w(n):
        async with c:
            try:
                await c.wait()
                order.append(n + ' woke')
            except asyncio.CancelledError:
                order.append(n + ' cancelled, locked=%s' % c.locked())
    ts = [asyncio.create_task(w(n)) for n in 'ab']
    await asyncio.sleep(0)
    async with c:
        c.notify(1)
        ts[0].cancel()
    await asyncio.sleep(0.001)
    print(order)
    async with c:
        c.notify_all()
    await asyncio.gather(*ts)
    print(order)

for f in (lock_woken_cancel, sem_woken_cancel, event_cancel, cond_cancel_notify):
    asyncio.run(f())
