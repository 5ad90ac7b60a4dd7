# sys.exit() in the main thread while a non-daemon worker runs: the
# interpreter waits for the worker, then exits with the given status.
import sys
import threading
import time


go = threading.Event()


def worker():
    go.wait()
    time.sleep(0.1)
    print("worker finished", flush=True)


threading.Thread(target=worker).start()
print("main calls sys.exit(3)", flush=True)
go.set()
sys.exit(3)
