# multiprocessing.Pool: terminate() right after a result arrives (what
# `with Pool() as pool:` does on exit) returns, however the workers were
# interrupted.
import multiprocessing as mp


def square(x):
    return x * x


if __name__ == "__main__":
    for i in range(8):
        with mp.Pool(2) as pool:
            r = pool.map(square, [i])
        print(i, r)
    pool = mp.Pool(2)
    print(pool.apply(square, (9,)))
    pool.terminate()
    pool.join()
    print("terminated")
