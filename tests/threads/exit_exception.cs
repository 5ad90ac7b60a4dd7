# An uncaught exception in the main thread: the traceback is printed, the
# non-daemon worker still finishes, and the status is 1.
import threading
import time


go = threading.Event()


def worker():
    go.wait()
    time.sleep(0.1)
    print("worker finished", flush=True)


threading.Thread(target=worker).start()
go.set()
raise ValueError("main failed")
