# async for: GET_AITER, then GET_ANEXT and an await per step, with a
# handler whose END_ASYNC_FOR ends the loop on StopAsyncIteration.
# async with: BEFORE_ASYNC_WITH, and __aenter__/__aexit__ awaited.
# A yield in an async generator is wrapped (ASYNC_GEN_WRAP).
async def consume(source, lock):
    async with lock as held:
        async for item in source:
            yield item
