# await of a non-awaitable inside a coroutine.
async def f():
    await 1
f().send(None)
