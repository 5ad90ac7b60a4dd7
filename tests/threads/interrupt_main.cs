# _thread.interrupt_main() from a worker raises KeyboardInterrupt in the
# main thread, also while it waits on a lock or an event. (Like CPython,
# it does not cut a time.sleep() short: no real signal is sent. CPython
# only sees it when the wait ends; cs at once.)
import _thread
import threading
import time


def interrupt_later():
    time.sleep(0.05)
    _thread.interrupt_main()


for what in ("event", "lock", "busy"):
    t = threading.Thread(target=interrupt_later)
    t.start()
    try:
        if what == "event":
            threading.Event().wait(1)
        elif what == "lock":
            lock = threading.Lock()
            lock.acquire()
            lock.acquire(timeout=1)
        else:
            end = time.monotonic() + 1
            while time.monotonic() < end:
                pass
        print(what, "not interrupted")
    except KeyboardInterrupt as e:
        print(what, "interrupted:", repr(e))
    t.join()
