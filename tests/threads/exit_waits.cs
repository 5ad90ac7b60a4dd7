# At exit the interpreter waits for the non-daemon threads: their output
# comes after the main module's last line.
import threading
import time

main_done = threading.Event()
workers = []


def slow(i):
    # Each worker waits for the main module to end and for the worker
    # before it, so the order of the lines is fixed.
    main_done.wait()
    time.sleep(0.05)
    if i:
        workers[i - 1].join()
    print("worker %d done" % i, flush=True)


for i in range(3):
    workers.append(threading.Thread(target=slow, args=(i,)))
    workers[-1].start()
print("main module ends", threading.active_count(), flush=True)
main_done.set()
