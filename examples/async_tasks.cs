# Coroutines on one thread's event loop, and what that buys.
#
# 1. Tasks take turns: each `await` of something not ready hands the loop
#    to the next ready task, so their steps interleave.
# 2. Waiting is free: 1,000 tasks that each sleep 0.5 s finish in about
#    0.5 s, on one thread.
# 3. The loop sleeps with the GIL released (in epoll), so a thread runs
#    at full speed while every task waits.
# 4. A blocking call belongs in asyncio.to_thread: the loop keeps running
#    the other tasks meanwhile.
import asyncio
import threading
import time


async def worker(name, steps, log):
    for i in range(1, steps + 1):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * steps


async def turns():
    log = []
    results = await asyncio.gather(worker("A", 3, log), worker("B", 2, log), worker("C", 3, log))
    print("1. steps in the order they ran:", " ".join(log))
    print("   results, in the order given:", results)


async def many_sleepers():
    start = time.perf_counter()
    await asyncio.gather(*(asyncio.sleep(0.5) for _ in range(1000)))
    took = time.perf_counter() - start
    print("2. 1000 tasks sleeping 0.5 s each finished in about 0.5 s:", 0.45 < took < 0.9)


async def thread_beside_loop():
    counted = [0]
    stop = threading.Event()

    def count():
        while not stop.is_set():
            counted[0] += 1

    t = threading.Thread(target=count)
    t.start()
    await asyncio.sleep(0.3)
    stop.set()
    t.join()
    print("3. a thread ran while every task slept:", counted[0] > 1000)


async def blocking_in_thread():
    ticks = 0

    async def ticker():
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    tick_task = asyncio.create_task(ticker())
    await asyncio.to_thread(time.sleep, 0.3)   # time.sleep here would stop the loop
    tick_task.cancel()
    print("4. the loop kept ticking during a blocking call in to_thread:", ticks >= 10)


async def main():
    await turns()
    await many_sleepers()
    await thread_beside_loop()
    await blocking_in_thread()


asyncio.run(main())
