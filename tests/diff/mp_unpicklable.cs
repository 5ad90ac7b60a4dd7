# Results and arguments that cannot be pickled: ProcessPoolExecutor's future
# raises the pickling error (also for an argument: submit itself succeeds);
# Pool raises MaybeEncodingError for a result, the TypeError for an argument.
import concurrent.futures as cf
import multiprocessing as mp
import multiprocessing.pool


def gen_result():
    return (x for x in [])


def ident(x):
    return x


if __name__ == "__main__":
    with cf.ProcessPoolExecutor(1) as ex:
        f = ex.submit(gen_result)
        try:
            f.result(5)
        except Exception as e:
            print("result:", type(e).__name__, e)
        f = ex.submit(ident, (x for x in []))
        print("submitted")
        try:
            f.result(5)
        except Exception as e:
            print("argument:", type(e).__name__, e)
        print(ex.submit(ident, 5).result(5))

    p = mp.Pool(1)
    try:
        p.apply(gen_result)
    except Exception as e:
        print("pool result:", type(e).__name__, isinstance(e, mp.pool.MaybeEncodingError))
    try:
        p.apply(ident, ((x for x in []),))
    except Exception as e:
        print("pool argument:", type(e).__name__, e)
    print(p.apply(ident, (6,)))
    p.close()
    p.join()
