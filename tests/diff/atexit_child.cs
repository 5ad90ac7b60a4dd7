# atexit in a child process: handlers the child registers run when it ends
# (also after sys.exit), the parent's own handlers only in the parent.
# (CPython's default start method on Linux, fork, ends a child with
# os._exit and skips its handlers; cs always spawns.)
import atexit
import multiprocessing as mp
import sys


def child_handler(tag):
    print("child handler", tag, mp.current_process().name)


def child(tag, code):
    atexit.register(child_handler, tag)
    print("child body", tag)
    if code is not None:
        sys.exit(code)


def parent_handler():
    print("parent handler")


if __name__ == "__main__":
    mp.set_start_method("spawn")
    atexit.register(parent_handler)
    for tag, code in (("plain", None), ("exits", 4)):
        p = mp.Process(target=child, args=(tag, code))
        p.start()
        p.join()
        print("exitcode", p.exitcode)
    print("parent done")
