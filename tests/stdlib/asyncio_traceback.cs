# An exception escaping asyncio.run: the traceback goes through the
# embedded asyncio modules (CPython's C Task/Future show no frames there).
import asyncio


async def inner():
    await asyncio.sleep(0)
    raise ValueError('deep')


async def main():
    print('start')
    await inner()


asyncio.run(main())
print('not reached')
