# The argument errors of Lock.acquire and RLock.acquire: CPython 3.11 parses
# blocking as an int and the timeout as a number of seconds.
import threading

cases = [((True, -2), {}), ((), {"timeout": -0.5}), ((True, -1.0), {}),
         ((True, 1e20), {}), ((True, 10 ** 30), {}), ((True, float("nan")), {}),
         ((True, "x"), {}), ((True, None), {}), (("yes",), {}), ((2.5,), {}),
         ((None,), {}), ((0, 0), {}), ((0, -1), {}), ((2,), {"timeout": 0.001})]
for make in (threading.Lock, threading.RLock):
    lock = make()
    for args, kwargs in cases:
        try:
            got = lock.acquire(*args, **kwargs)
            print(args, kwargs, got)
            if got:
                lock.release()
        except Exception as e:
            print(args, kwargs, type(e).__name__, e)
