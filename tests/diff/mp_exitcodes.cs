# Process.exitcode: os._exit, KeyboardInterrupt, signals, SystemExit codes
# out of range, True.
import multiprocessing as mp
import os
import signal
import time


def hard_exit():
    os._exit(7)


def interrupted():
    raise KeyboardInterrupt


def killed():
    os.kill(os.getpid(), signal.SIGKILL)


def hangup():
    os.kill(os.getpid(), signal.SIGHUP)
    time.sleep(1)


def big():
    raise SystemExit(300)


def negative():
    raise SystemExit(-1)


def true():
    raise SystemExit(True)


if __name__ == "__main__":
    for f in (hard_exit, interrupted, killed, hangup, big, negative, true):
        p = mp.Process(target=f)
        p.start()
        p.join()
        print(f.__name__, p.exitcode)
