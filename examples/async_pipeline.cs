# Async generators without an event loop: a tiny scheduler runs several
# coroutines round-robin. Each `await Pause()` hands control back to it;
# `async for` pulls values from async generators and `async with` brackets
# a block with awaited setup and teardown.
from collections import deque


class Pause:
    """Awaiting this suspends the coroutine until the scheduler resumes it."""

    def __await__(self):
        yield


def run_all(*coros):
    """Runs the coroutines in turns until all have returned; their results
    in the order given."""
    ready = deque(enumerate(coros))
    results = [None] * len(coros)
    while ready:
        index, coro = ready.popleft()
        try:
            coro.send(None)
        except StopIteration as done:
            results[index] = done.value
        else:
            ready.append((index, coro))
    return results


async def numbers(label: str, count: int):
    for i in range(count):
        await Pause()
        print(f"{label} produces {i}")
        yield i


async def squares(source):
    async for n in source:
        yield n * n


class Section:
    def __init__(self, name: str):
        self.name = name

    async def __aenter__(self):
        await Pause()
        print(f"[{self.name}] open")
        return self

    async def __aexit__(self, *exc):
        await Pause()
        print(f"[{self.name}] close")


async def consumer(label: str, count: int) -> int:
    async with Section(label):
        total = 0
        async for sq in squares(numbers(label, count)):
            total += sq
        return total


async def firsts() -> list:
    # The first two values only: break leaves the generator suspended,
    # and aclose() runs its cleanup.
    gen = numbers("c", 10)
    got = []
    async for v in gen:
        got.append(v)
        if len(got) == 2:
            break
    await gen.aclose()
    return got


print(run_all(consumer("a", 3), consumer("b", 2), firsts()))
print(consumer.__annotations__)
