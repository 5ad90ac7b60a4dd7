# contextlib.asynccontextmanager and AsyncExitStack over async generators.
import contextlib
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

@contextlib.asynccontextmanager
async def managed(name):
    print("setup", name)
    try:
        yield name.upper()
    finally:
        print("teardown", name)

async def main():
    async with managed("db") as conn:
        print("using", conn)
    try:
        async with managed("bad"):
            raise ValueError("oops")
    except ValueError as e:
        print("caught", e)
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(managed("one"))
        b = await stack.enter_async_context(managed("two"))
        print("stack", a, b)
    return "ok"
print(run(main()))
