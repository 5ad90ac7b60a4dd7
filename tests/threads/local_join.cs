# When join() returns, the thread is completely gone: what it stored in a
# threading.local has been freed (CPython releases the join lock only after
# the thread's state, locals included, has been cleared).
import threading
import time

freed = []


class Slow:
    def __del__(self):
        time.sleep(0.05)
        freed.append("slow")


store = threading.local()


def keep():
    store.obj = Slow()


t = threading.Thread(target=keep, name="keeper")
t.start()
t.join()
print("freed by join:", freed)
