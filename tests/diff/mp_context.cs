# multiprocessing contexts: get_context("spawn") offers the module's API;
# set_start_method may be called once (again only with force=True).
import concurrent.futures as cf
import multiprocessing as mp


def double(q, x):
    q.put(x * 2)


def square(x):
    return x * x


if __name__ == "__main__":
    mp.set_start_method("spawn")
    try:
        mp.set_start_method("spawn")
    except RuntimeError as e:
        print("RuntimeError:", e)
    mp.set_start_method("spawn", force=True)
    print(mp.get_start_method())
    ctx = mp.get_context("spawn")
    print(ctx.get_start_method(), "spawn" in mp.get_all_start_methods())
    q = ctx.Queue()
    p = ctx.Process(target=double, args=(q, 21))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode, isinstance(p, ctx.Process))
    pool = ctx.Pool(2)
    print(pool.map(square, range(4)))
    pool.close()
    pool.join()
    print(ctx.cpu_count() == mp.cpu_count(), type(ctx.Lock()).__name__, ctx.Value("i", 3).value)
    a, b = ctx.Pipe()
    a.send("through a context pipe")
    print(b.recv())
    with cf.ProcessPoolExecutor(2, mp_context=ctx) as ex:
        print(list(ex.map(square, [5, 6])))
    try:
        mp.get_context("no-such-method")
    except ValueError as e:
        print("ValueError:", e)
