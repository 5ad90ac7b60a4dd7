# async def, await, async for, async with.
async def main():
    await sleep(1)
    x = await f()
    y = await a.b().c
    z = -await f() ** 2
    async for item in aiter():
        pass
    else:
        pass
    async with lock:
        pass
    async with a as b, c as d:
        pass
    return await g()

class C:
    async def method(self):
        pass
