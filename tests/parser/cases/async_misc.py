# Async constructs in different positions.
async def f(x, *, y=await_):
    async with a as (b, c):
        await b
    async for i, j in k():
        yield i
    return [await z async for z in w]
