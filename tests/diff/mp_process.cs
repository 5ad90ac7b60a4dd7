# multiprocessing.Process: start/join, exit codes, terminate/kill, is_alive,
# name, daemon, repr states, and the usage errors (the repr of a stopped
# process is in mp_process_repr.cs).
import multiprocessing as mp
import sys
import time


def work(x, y=0, *, z=1):
    print("work", x, y, z, mp.current_process().name, flush=True)


def fail():
    raise ValueError("boom")


def leave(code):
    sys.exit(code)


def quiet():
    pass


def sleepy():
    time.sleep(10)


def clean(r):
    # pids vary: drop them
    return " ".join(w for w in r.split() if not w.startswith(("pid=", "parent=")))


class Worker(mp.Process):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        print("subclass run", self.n, self.name, flush=True)
        sys.exit(self.n)


if __name__ == "__main__":
    p = mp.Process(target=work, args=(1,), kwargs={"y": 2, "z": 3})
    print(p.name, p.daemon, p.exitcode, p.is_alive(), clean(repr(p)))
    try:
        p.join()
    except AssertionError as e:
        print("join before start:", e)
    p.start()
    p.join()
    print(p.exitcode, p.is_alive(), "stopped" in repr(p), type(p.pid).__name__)
    try:
        p.start()
    except AssertionError as e:
        print("twice:", e)
    p.join()
    print("joined again", p.exitcode)

    q = mp.Process(target=fail, name="failer")
    q.start()
    q.join()
    print(q.name, q.exitcode, "exitcode=1" in repr(q))

    for code in (0, 3, None, "text", 255):
        s = mp.Process(target=leave, args=(code,))
        s.start()
        s.join()
        print("sys.exit", repr(code), "->", s.exitcode)

    t = mp.Process(target=sleepy, daemon=True)
    print(t.daemon, clean(repr(t)))
    t.start()
    print(t.is_alive(), clean(repr(t)))
    t.join(0.05)
    print("after join(timeout)", t.exitcode, t.is_alive())
    t.terminate()
    t.join()
    print(t.exitcode, t.is_alive(), "stopped" in repr(t))
    k = mp.Process(target=sleepy, name="killed")
    k.start()
    k.kill()
    k.join()
    print(k.exitcode)

    w = Worker(4)
    w.start()
    w.join()
    print(type(w).__name__, w.exitcode, clean(repr(w)).split()[:2])

    c = mp.Process(target=quiet, name="renamed")
    c.name = "renamed2"
    c.daemon = True
    c.start()
    try:
        c.daemon = False
    except AssertionError as e:
        print("daemon after start:", e)
    c.join()
    c.close()
    print(clean(repr(c)))
    for f in (c.is_alive, c.join, c.start):
        try:
            f()
        except ValueError as e:
            print(f.__name__, e)
    print(mp.active_children())
    print(mp.current_process().name, mp.parent_process(), clean(repr(mp.current_process())))
    print(type(mp.cpu_count()).__name__, mp.cpu_count() >= 1)
