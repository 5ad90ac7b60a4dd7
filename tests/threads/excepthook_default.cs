# An exception that escapes a thread's run() is printed on stderr by
# threading.excepthook; the program goes on and exits with status 0.
import threading


def bad():
    raise ValueError("oops")


t = threading.Thread(target=bad)
t.start()
t.join()
print("main goes on", t.is_alive())


# SystemExit in a thread ends only that thread, silently.
def leave():
    raise SystemExit(3)


t = threading.Thread(target=leave, name="leaver")
t.start()
t.join()
print("after SystemExit")


class Crash(threading.Thread):
    def run(self):
        {}["key"]


c = Crash(name="crasher")
c.start()
c.join()
print("done")
