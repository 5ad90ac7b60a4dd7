# Helper for sigint.sh: four CPU-bound threads run while the main thread
# blocks in the way named by argv[1] (asyncio: a task sleeps in
# asyncio.run; process: joins a child process); prints the time KeyboardInterrupt arrived.
import queue
import sys
import threading
import time

stop = False


def spin():
    n = 0
    while not stop:
        n += 1


workers = [threading.Thread(target=spin, daemon=True) for _ in range(4)]
for w in workers:
    w.start()
kind = sys.argv[1]
if kind == "process":
    import multiprocessing
    child = multiprocessing.Process(target=time.sleep, args=(60,), daemon=True)
if kind == "asyncio":
    import asyncio

    async def sleep_long():
        try:
            await asyncio.sleep(60)
        finally:
            print("task cleanup ran", flush=True)
try:
    print("ready", flush=True)
    if kind == "join":
        workers[0].join()
    elif kind == "queue":
        queue.Queue().get()
    elif kind == "event":
        threading.Event().wait()
    elif kind == "sleep":
        time.sleep(60)
    elif kind == "lock":
        lock = threading.Lock()
        lock.acquire()
        lock.acquire()
    elif kind == "asyncio":
        asyncio.run(sleep_long())
    elif kind == "process":
        child.start()
        child.join()
except KeyboardInterrupt:
    print("interrupted", time.time(), flush=True)
stop = True
