# An event loop made with new_event_loop: call_soon / call_later / call_at
# ordering, handles, run_until_complete, run_forever/stop, closing.
import asyncio

loop = asyncio.new_event_loop()
print('is_running/is_closed:', loop.is_running(), loop.is_closed())
log = []

loop.call_later(0.02, log.append, 'later 0.02')
loop.call_later(0.01, log.append, 'later 0.01')
loop.call_soon(log.append, 'soon 1')
h = loop.call_soon(log.append, 'soon cancelled')
loop.call_soon(log.append, 'soon 2')
loop.call_at(loop.time() + 0.015, log.append, 'at +0.015')
loop.call_later(0, log.append, 'later 0')
h.cancel()
print('handle cancelled:', h.cancelled())

# (The order of timers with the same deadline is unspecified: CPython's
# heap does not keep it.)
loop.call_at(loop.time() + 0.005, log.append, 'at +0.005')

# A callback scheduling another callback: it runs on the next iteration.
def chain(n):
    log.append(f'chain {n}')
    if n < 2:
        loop.call_soon(chain, n + 1)

loop.call_soon(chain, 0)
loop.call_soon(log.append, 'soon 3')


async def main():
    await asyncio.sleep(0.03)
    return 'main result'


print(loop.run_until_complete(main()))
print(log)

# TimerHandle: when() and cancel.
log.clear()
th = loop.call_later(10, log.append, 'never')
print('TimerHandle:', type(th).__name__, th.when() > loop.time(), th.cancelled())
th.cancel()
print('cancelled:', th.cancelled())
print(loop.run_until_complete(asyncio.sleep(0, 'sleep result')))
print('log after cancel:', log)

# run_until_complete with a future, a task.
fut = loop.create_future()
loop.call_soon(fut.set_result, 'future result')
print(loop.run_until_complete(fut))
task = loop.create_task(main())
print('task type:', type(task).__name__)
print(loop.run_until_complete(task))

# An exception inside run_until_complete propagates.


async def bad():
    raise LookupError('bad')

try:
    loop.run_until_complete(bad())
except LookupError as e:
    print('propagated:', repr(e))

# call_soon with a non-callable.
try:
    loop.call_soon(42)
except TypeError as e:
    print('TypeError:', e)

# run_forever until stop().
def stopper():
    log.append('stopping')
    loop.stop()

log.clear()
loop.call_soon(log.append, 'forever 1')
loop.call_later(0.005, stopper)
loop.call_later(10, log.append, 'not run')
loop.run_forever()
print('run_forever returned:', log)


# run_until_complete while running.
async def reenter():
    coro = asyncio.sleep(0)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('RuntimeError:', e)

loop.run_until_complete(reenter())

# Callbacks get contexts from call_soon args; exceptions in callbacks go to
# the exception handler, and the loop carries on.
handled = []
loop.set_exception_handler(lambda lp, ctx: handled.append((ctx['message'].split(' at ')[0], repr(ctx.get('exception')))))


def failing():
    raise ArithmeticError('in callback')


loop.call_soon(failing)
loop.call_soon(log.append, 'after failing')
loop.run_until_complete(asyncio.sleep(0.001))
print('handled:', handled, log[-1])
print('get_exception_handler set:', loop.get_exception_handler() is not None)
loop.set_exception_handler(None)

# time() is monotonic.
t0 = loop.time()
print('time increases:', loop.time() >= t0)

# set_event_loop / get_event_loop.
asyncio.set_event_loop(loop)
print('get_event_loop:', asyncio.get_event_loop() is loop)
asyncio.set_event_loop(None)

loop.close()
print('closed:', loop.is_closed())
loop.close()   # closing twice is fine
coro = main()
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print('RuntimeError:', e)
coro.close()
try:
    loop.call_soon(print, 'x')
except RuntimeError as e:
    print('RuntimeError:', e)
