# Locks, Queues and shared Values travel only as Process arguments: pickling
# them anywhere else (pickle.dumps, Pipe.send, Pool arguments) raises
# RuntimeError.
import multiprocessing as mp
import pickle


def use(obj):
    return type(obj).__name__


def child(lock, q, value):
    with lock:
        value.value += 1
    q.put(("child saw", type(lock).__name__, value.value))


if __name__ == "__main__":
    lock, q, value = mp.Lock(), mp.Queue(), mp.Value("i", 41)
    a, b = mp.Pipe()
    for obj in (lock, q):
        try:
            pickle.dumps(obj)
        except RuntimeError as e:
            print("dumps:", e)
        try:
            a.send(obj)
        except RuntimeError as e:
            print("send:", e)
    pool = mp.Pool(1)
    for obj in (lock, q):
        try:
            pool.apply(use, (obj,))
        except RuntimeError as e:
            print("pool:", e)
    print(pool.apply(use, (1,)))
    pool.close()
    pool.join()
    p = mp.Process(target=child, args=(lock, q, value))
    p.start()
    print(q.get())
    p.join()
