# asyncio.run: return values, exceptions, argument checks, nesting, and the
# running-loop queries.
import asyncio


async def value(x):
    await asyncio.sleep(0)
    return x * 2


print(asyncio.run(value(21)))
print(asyncio.run(value('ab')))


async def nothing():
    pass


print(asyncio.run(nothing()))


async def boom():
    await asyncio.sleep(0)
    raise KeyError('k')


try:
    asyncio.run(boom())
except KeyError as e:
    print('KeyError', repr(e))


# A non-coroutine argument.
for bad in (42, None, value, 'x'):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print('ValueError:', str(e).split(' ')[:4])

# The message exactly for an int.
try:
    asyncio.run(5)
except ValueError as e:
    print(e)

# get_running_loop outside a loop.
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)


# asyncio.run inside a running loop.
async def nested():
    inner = value(1)
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print('nested:', e)
    inner.close()
    loop = asyncio.get_running_loop()
    print('running:', loop.is_running(), loop.is_closed())
    return loop


loop = asyncio.run(nested())
print('after:', loop.is_running(), loop.is_closed())

# current_task / all_tasks.
try:
    asyncio.current_task()
except RuntimeError as e:
    print('current_task outside:', e)


async def tasks_demo():
    me = asyncio.current_task()
    print('current is Task:', isinstance(me, asyncio.Task))

    async def child():
        await asyncio.sleep(0)
        return asyncio.current_task()

    t = asyncio.create_task(child(), name='kid')
    everything = asyncio.all_tasks()
    print('all_tasks count:', len(everything), me in everything, t in everything)
    got = await t
    print('child saw itself:', got is t, t.get_name())
    print('after child done:', len(asyncio.all_tasks()))
    print('main name:', me.get_name().startswith('Task-'))


asyncio.run(tasks_demo())


# The coroutine of the main task is closed when run ends, and run returns
# values through several awaits.
async def chain(n):
    if n == 0:
        return 'bottom'
    return await chain(n - 1) + str(n)


print(asyncio.run(chain(5)))


# Exceptions from the main coroutine keep their type and args, also
# BaseException subclasses other than CancelledError.
class MyExc(Exception):
    pass


async def raises_my():
    raise MyExc(1, 2)


try:
    asyncio.run(raises_my())
except MyExc as e:
    print('MyExc', e.args)


async def sysexit():
    raise SystemExit(3)


try:
    asyncio.run(sysexit())
except SystemExit as e:
    print('SystemExit', e.code)


# The loop used by asyncio.run is closed after; a new run gets a new loop.
async def get_loop():
    return asyncio.get_running_loop()


l1 = asyncio.run(get_loop())
l2 = asyncio.run(get_loop())
print('distinct loops:', l1 is not l2, l1.is_closed(), l2.is_closed())


# An uncaught exception from asyncio.run ends the program with status 1.
async def final():
    await asyncio.sleep(0.001)
    raise ZeroDivisionError('last')


print('before final')
asyncio.run(final())
print('not reached')
