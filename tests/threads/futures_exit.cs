# A ThreadPoolExecutor that is never shut down: at exit the interpreter
# still runs the work already submitted, then stops the workers; submitting
# from a worker at that point fails.
import threading
import time
from concurrent.futures import ThreadPoolExecutor
import concurrent.futures.thread as cft

go = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)


def task(i):
    go.wait()
    print("task", i, "done", flush=True)
    if i == 2:
        # Wait for the exit hook that marks the interpreter as shutting down.
        deadline = time.monotonic() + 5
        while not cft._shutdown and time.monotonic() < deadline:
            time.sleep(0.001)
        try:
            ex.submit(print, "too late")
        except RuntimeError as e:
            print("RuntimeError:", e, flush=True)


for i in range(3):
    ex.submit(task, i)
print("main module ends", flush=True)
go.set()
