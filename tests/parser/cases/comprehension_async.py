# async for in comprehensions and await inside them.
async def f():
    a = [x async for x in aiter()]
    b = {x async for x in aiter() if await x}
    c = {k: v async for k, v in aitems()}
    d = (x async for x in aiter())
    e = [await x for x in y]
    g = [x for y in z async for x in y]
