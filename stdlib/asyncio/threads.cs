"""asyncio.to_thread: run a blocking function without blocking the loop."""

from asyncio import events

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in the loop's default thread pool and
    returns its result; the loop goes on meanwhile."""
    loop = events.get_running_loop()
    return await loop.run_in_executor(None, lambda: func(*args, **kwargs))
