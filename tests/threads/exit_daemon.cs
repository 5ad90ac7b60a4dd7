# A daemon thread blocked forever does not keep the program alive, nor do
# ones that are still busy; the program exits promptly with status 0.
import threading
import time

forever = threading.Lock()
forever.acquire()


def blocked():
    forever.acquire()
    print("never printed")


def spinning():
    while True:
        time.sleep(0.001)


def computing():
    n = 0
    while True:
        n += 1


threading.Thread(target=blocked, daemon=True).start()
threading.Thread(target=spinning, daemon=True).start()
threading.Thread(target=computing, daemon=True).start()
ev = threading.Event()
threading.Thread(target=ev.wait, daemon=True).start()
time.sleep(0.02)
print("main ends with", threading.active_count(), "threads")
