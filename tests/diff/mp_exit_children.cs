# At exit the main process joins its non-daemonic children (their output
# comes before the exit) and terminates the daemonic ones (which never
# print); a child's buffered output is flushed when it ends.
import multiprocessing as mp
import time


def late(msg, delay):
    time.sleep(delay)
    print(msg)


if __name__ == "__main__":
    d = mp.Process(target=late, args=("daemon: never printed", 3), daemon=True)
    d.start()
    n = mp.Process(target=late, args=("non-daemon: printed before exit", 0.2))
    n.start()
    print("main returns", sorted(p.name for p in mp.active_children()), flush=True)
