# What the default exception handler writes to stderr: an exception in a
# callback (the loop carries on) and a task whose exception nobody
# retrieved (reported when the task is freed).
import asyncio


def broken(x):
    return 1 / x


async def fails():
    raise KeyError('never retrieved')


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(broken, 0)
    await asyncio.sleep(0.001)
    print('loop survived')
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print('task done:', t.done())
    del t
    await asyncio.sleep(0)
    print('main done')


asyncio.run(main())
print('end')
