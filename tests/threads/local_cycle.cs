# A threading.local kept alive only by its own per-thread dict (x.me = x)
# is freed when its thread ends, while the ending thread drops its dicts
# from every local object: that must not touch the freed object.
import threading
import time


def work():
    x = threading.local()
    x.me = x
    y = threading.local()
    y.me = y
    y.other = threading.local()


for _ in range(3):
    t = threading.Thread(target=work)
    t.start()
    t.join()
time.sleep(0.05)
print("ok")
