# multiprocessing.Process: the repr of a stopped process shows its exit code,
# also 0, and a signal by its name.
import multiprocessing as mp
import sys
import time


def quiet():
    pass


def leave():
    sys.exit(2)


def sleepy():
    time.sleep(10)


def clean(r):
    return " ".join(w for w in r.split() if not w.startswith(("pid=", "parent=")))


if __name__ == "__main__":
    p = mp.Process(target=quiet)
    print(clean(repr(p)))
    p.start()
    p.join()
    print(clean(repr(p)))
    p = mp.Process(target=leave, daemon=True)
    p.start()
    p.join()
    print(clean(repr(p)))
    p = mp.Process(target=sleepy, name="x")
    p.start()
    print(clean(repr(p)))
    p.terminate()
    p.join()
    print(clean(repr(p)))
    p = mp.Process(target=sleepy)
    p.start()
    p.kill()
    p.join()
    print(clean(repr(p)))
    p.close()
    print(clean(repr(p)))
