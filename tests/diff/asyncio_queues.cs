# Queue, LifoQueue, PriorityQueue: ordering, maxsize, task_done/join,
# QueueEmpty/QueueFull, repr/str, several producers and consumers.
import asyncio


def r(obj):
    # repr with the address masked.
    text = repr(obj)
    i = text.find(' at 0x')
    if i >= 0:
        j = text.index(' ', i + 4)
        text = text[:i] + ' at ADDR' + text[j:]
    return text


async def basics():
    q = asyncio.Queue()
    print(r(q), str(q))
    print('empty/full/qsize/maxsize:', q.empty(), q.full(), q.qsize(), q.maxsize)
    for i in range(3):
        q.put_nowait(i)
    print(r(q))
    print('get order:', [q.get_nowait() for _ in range(3)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))

    b = asyncio.Queue(maxsize=2)
    print(r(b))
    b.put_nowait('a')
    b.put_nowait('b')
    print('full:', b.full(), b.qsize())
    try:
        b.put_nowait('c')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print(str(b))

    # maxsize <= 0 means unbounded.
    u = asyncio.Queue(0)
    for i in range(100):
        u.put_nowait(i)
    print('unbounded full():', u.full(), u.qsize())
    n = asyncio.Queue(-1)
    n.put_nowait(1)
    print('negative maxsize full():', n.full())

    lq = asyncio.LifoQueue()
    for x in 'abc':
        await lq.put(x)
    print('lifo:', [await lq.get() for _ in range(3)], r(lq))

    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A'), (0, 'z')]:
        pq.put_nowait(item)
    print('priority:', [pq.get_nowait() for _ in range(5)], r(pq))

    # task_done / join.
    j = asyncio.Queue()
    try:
        j.task_done()
    except ValueError as e:
        print('ValueError:', e)
    for i in range(3):
        j.put_nowait(i)
    print(r(j))
    log = []

    async def worker():
        while True:
            item = await j.get()
            await asyncio.sleep(0.001)
            log.append(item)
            j.task_done()

    w = asyncio.create_task(worker())
    await j.join()
    print('join returned after', log)
    w.cancel()
    # join on a queue with no unfinished tasks returns at once.
    await asyncio.Queue().join()
    print('join on empty queue ok')


async def blocking():
    # get blocks until something is put; waiters are served in order.
    q = asyncio.Queue()
    got = []

    async def getter(name):
        item = await q.get()
        got.append((name, item))

    gs = [asyncio.create_task(getter(n)) for n in ('g1', 'g2', 'g3')]
    await asyncio.sleep(0)
    print('getters waiting:', r(q))
    for item in ('x', 'y', 'z'):
        q.put_nowait(item)
    await asyncio.gather(*gs)
    print('getters served in order:', got)

    # put blocks while full; putters resume in order.
    q = asyncio.Queue(maxsize=1)
    log = []

    async def putter(name):
        await q.put(name)
        log.append('put ' + name)

    ps = [asyncio.create_task(putter(n)) for n in ('p1', 'p2', 'p3')]
    await asyncio.sleep(0)
    print('putters waiting:', r(q), log)
    while len(log) < 3 or not q.empty():
        log.append('got ' + await q.get())
        await asyncio.sleep(0)
    await asyncio.gather(*ps)
    print(log)

    # A cancelled getter does not swallow an item.
    q = asyncio.Queue()
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g.cancel()
    await asyncio.sleep(0)
    q.put_nowait('kept')
    print('after cancelled getter:', q.qsize(), q.get_nowait())


async def producers_consumers():
    q = asyncio.Queue(maxsize=2)
    consumed = []

    async def producer(name, n):
        for i in range(n):
            await q.put(f'{name}{i}')
            await asyncio.sleep(0)

    async def consumer(name):
        while True:
            item = await q.get()
            consumed.append((name, item))
            q.task_done()
            await asyncio.sleep(0)

    consumers = [asyncio.create_task(consumer(f'c{i}')) for i in range(2)]
    await asyncio.gather(producer('a', 4), producer('b', 3), producer('c', 2))
    await q.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print('consumed count:', len(consumed))
    print('items:', sorted(item for _, item in consumed))
    print('per producer order kept:',
          all([i for _, i in consumed if i[0] == p] == sorted(i for _, i in consumed if i[0] == p)
              for p in 'abc'))
    print('sequence:', consumed)


asyncio.run(basics())
asyncio.run(blocking())
asyncio.run(producers_consumers())
