# multiprocessing.Pool(maxtasksperchild=1): each worker runs one task and is
# replaced by a new process.
import multiprocessing as mp
import os


def pid(_):
    return os.getpid()


if __name__ == "__main__":
    pool = mp.Pool(2, maxtasksperchild=1)
    print(len(set(pool.map(pid, range(4), chunksize=1))))
    pool.close()
    pool.join()
