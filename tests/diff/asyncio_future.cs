# The Future API: states, errors, callbacks, cancel, repr.
import asyncio


def show(label, f):
    # Strip the address-free parts only: repr of a Future has no id in 3.11.
    print(label, repr(f))


async def main():
    loop = asyncio.get_running_loop()

    f = loop.create_future()
    show('pending:', f)
    print('done/cancelled:', f.done(), f.cancelled())
    print('get_loop is loop:', f.get_loop() is loop)
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError')

    f.set_result(42)
    show('finished:', f)
    print('result:', f.result(), 'exception:', f.exception())
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print('set twice: InvalidStateError')
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print('set_exception after result: InvalidStateError')
    print('cancel finished:', f.cancel())

    # Results of various types in the repr.
    for v in ('s', None, [1, 2], (3,)):
        g = loop.create_future()
        g.set_result(v)
        show('result repr:', g)

    # Exceptions.
    e = loop.create_future()
    e.set_exception(ValueError('bad'))
    show('exception:', e)
    print('exception():', repr(e.exception()))
    try:
        e.result()
    except ValueError as exc:
        print('result() raised:', repr(exc))
    # An exception class is instantiated.
    e2 = loop.create_future()
    e2.set_exception(KeyError)
    print('class instantiated:', repr(e2.exception()))
    # StopIteration is refused.
    e3 = loop.create_future()
    try:
        e3.set_exception(StopIteration('x'))
    except TypeError as exc:
        print('TypeError:', exc)
    e3.cancel()

    # Cancel.
    c = loop.create_future()
    print('cancel:', c.cancel(), c.cancel())
    show('cancelled:', c)
    print('cancelled():', c.cancelled(), c.done())
    try:
        c.result()
    except asyncio.CancelledError as exc:
        print('result() CancelledError args:', exc.args)
    try:
        c.exception()
    except asyncio.CancelledError as exc:
        print('exception() CancelledError args:', exc.args)
    try:
        c.set_result(1)
    except asyncio.InvalidStateError as exc:
        print('set_result after cancel: InvalidStateError')

    c2 = loop.create_future()
    c2.cancel(msg='because')
    try:
        c2.result()
    except asyncio.CancelledError as exc:
        print('cancel msg:', exc.args)
    try:
        await c2
    except asyncio.CancelledError as exc:
        print('await cancelled msg:', exc.args)

    # Callbacks: run via call_soon in registration order, with the future.
    order = []
    cb = loop.create_future()

    def cb1(fut):
        order.append(('cb1', fut.result()))

    def cb2(fut):
        order.append(('cb2', fut is cb))

    cb.add_done_callback(cb1)
    cb.add_done_callback(cb2)
    cb.add_done_callback(cb1)
    print('remove cb1:', cb.remove_done_callback(cb1))
    print('remove cb1 again:', cb.remove_done_callback(cb1))
    cb.add_done_callback(cb1)
    cb.set_result('R')
    print('right after set_result:', order)
    await asyncio.sleep(0)
    print('after a loop turn:', order)

    # A callback added to a done future is scheduled, not called at once.
    cb.add_done_callback(lambda fut: order.append('late'))
    print('late not yet:', order[-1])
    await asyncio.sleep(0)
    print('late ran:', order[-1])

    # A callback on a cancelled future.
    cc = loop.create_future()
    cc.add_done_callback(lambda fut: order.append(('cancelled cb', fut.cancelled())))
    cc.cancel()
    await asyncio.sleep(0)
    print(order[-1])

    # Awaiting a future from a coroutine.
    w = loop.create_future()
    loop.call_later(0.001, w.set_result, 'woke')
    print('await future:', await w)
    w2 = loop.create_future()
    loop.call_soon(w2.set_exception, RuntimeError('from cb'))
    try:
        await w2
    except RuntimeError as exc:
        print('await raised:', repr(exc))

    # Future() made without a loop argument inside a running loop.
    f3 = asyncio.Future()
    print('Future() loop:', f3.get_loop() is loop)
    f3.set_result(0)
    print('isfuture:', asyncio.isfuture(f3), asyncio.isfuture(42), asyncio.isfuture(loop))

    # __await__ / __iter__ on a done future returns its result.
    f4 = loop.create_future()
    f4.set_result('it')
    print('yield from result:', await f4, await f4)

    # ensure_future on a future returns it.
    print('ensure_future same:', asyncio.ensure_future(f4) is f4)


asyncio.run(main())
