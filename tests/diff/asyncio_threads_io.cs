# to_thread, run_in_executor, run_coroutine_threadsafe, call_soon_threadsafe,
# and add_reader/add_writer with os.pipe.
import asyncio
import os
import threading
import time


def blocking(x, y=1, *, scale=1):
    time.sleep(0.001)
    return (x + y) * scale, threading.current_thread() is not threading.main_thread()


def raising():
    raise OSError('from thread')


async def thread_demo():
    print('to_thread:', await asyncio.to_thread(blocking, 2, 3, scale=10))
    try:
        await asyncio.to_thread(raising)
    except OSError as e:
        print('to_thread exception:', repr(e))

    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, blocking, 4)
    print('run_in_executor future:', isinstance(fut, asyncio.Future))
    print('run_in_executor:', await fut)

    # The loop keeps running while a thread blocks.
    ticks = []

    async def ticker():
        for i in range(3):
            ticks.append(i)
            await asyncio.sleep(0)

    def slow():
        time.sleep(0.02)
        return 'slow done'

    res = await asyncio.gather(asyncio.to_thread(slow), ticker())
    print('concurrent:', res, ticks)

    # Several at once, results in order.
    rs = await asyncio.gather(*(asyncio.to_thread(lambda i=i: i * i) for i in range(6)))
    print('many threads:', rs)

    # call_soon_threadsafe wakes the loop from another thread.
    done = loop.create_future()

    def in_thread():
        time.sleep(0.005)
        loop.call_soon_threadsafe(done.set_result, 'woken from thread')

    th = threading.Thread(target=in_thread)
    th.start()
    print(await done)
    th.join()

    # run_coroutine_threadsafe from another thread.
    async def add(a, b):
        await asyncio.sleep(0)
        return a + b

    out = []

    def submitter():
        cf = asyncio.run_coroutine_threadsafe(add(20, 22), loop)
        out.append(cf.result(timeout=5))

    await asyncio.to_thread(submitter)
    print('run_coroutine_threadsafe:', out)


asyncio.run(thread_demo())


async def reader_demo():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    got = []
    ready = loop.create_future()

    def on_readable():
        data = os.read(r, 100)
        got.append(data)
        if data.endswith(b'!') and not ready.done():
            ready.set_result(None)

    loop.add_reader(r, on_readable)
    loop.call_later(0.002, os.write, w, b'hello')
    loop.call_later(0.004, os.write, w, b' world!')
    await ready
    print('read:', b''.join(got))
    print('remove_reader:', loop.remove_reader(r), loop.remove_reader(r))

    # A writer callback on a pipe is ready at once.
    writable = loop.create_future()

    def on_writable(tag):
        loop.remove_writer(w)
        writable.set_result(tag)

    loop.add_writer(w, on_writable, 'tag')
    print('writer:', await writable)
    print('remove_writer again:', loop.remove_writer(w))

    # Reading from a thread-written pipe.
    def write_later():
        time.sleep(0.005)
        os.write(w, b'from thread')

    fut = loop.create_future()
    loop.add_reader(r, lambda: fut.set_result(os.read(r, 100)))
    th = threading.Thread(target=write_later)
    th.start()
    print('thread wrote:', await fut)
    loop.remove_reader(r)
    th.join()
    os.close(r)
    os.close(w)


asyncio.run(reader_demo())
