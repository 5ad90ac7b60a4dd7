# No __main__ guard: a nested function whose closure holds a Queue, a Lock
# and a Value (they reach the children by inheritance, inside the closure
# cells), and a recursive nested function.
import multiprocessing as mp


def main():
    q = mp.Queue()
    lock = mp.Lock()
    total = mp.Value("i", 0)

    def work(n):
        for _ in range(n):
            with lock:
                total.value += 1
        q.put(n)

    ps = [mp.Process(target=work, args=(50 + i,)) for i in range(3)]
    for p in ps:
        p.start()
    got = sorted(q.get() for _ in ps)
    for p in ps:
        p.join()
    print(got, total.value, [p.exitcode for p in ps])

    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)

    p = mp.Process(target=lambda: q.put(fact(20)))
    p.start()
    p.join()
    print(q.get())


main()
