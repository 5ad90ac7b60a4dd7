# 8 threads append to one list, set keys of one dict and add to one set,
# 10000 times each; these single operations are atomic under the GIL, so
# nothing is lost, with the default switch interval and with a tiny one.
import sys
import threading

N_THREADS, N_ITEMS = 8, 10000


def run_round(interval):
    old = sys.getswitchinterval()
    sys.setswitchinterval(interval)
    shared_list = []
    shared_dict = {}
    shared_set = set()
    counts = {}
    start = threading.Barrier(N_THREADS)

    def worker(k):
        start.wait()
        base = k * N_ITEMS
        for i in range(N_ITEMS):
            shared_list.append(base + i)
            shared_dict[base + i] = k
            shared_set.add(base + i)
            counts.setdefault(i % 7, []).append(k)
        # Deleting and popping are atomic too.
        for i in range(0, N_ITEMS, 2):
            del shared_dict[base + i]
            shared_set.discard(base + i)

    ts = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    sys.setswitchinterval(old)
    total = N_THREADS * N_ITEMS
    print("list:", len(shared_list), sorted(shared_list) == list(range(total)))
    print("dict:", len(shared_dict), sorted(shared_dict) == list(range(1, total, 2)),
          all(shared_dict[v] == v // N_ITEMS for v in shared_dict))
    print("set:", len(shared_set), shared_set == set(range(1, total, 2)))
    print("setdefault:", sum(len(v) for v in counts.values()), sorted(counts))
    # Each thread's own appends stay in its order.
    per_thread = [[v for v in shared_list if v // N_ITEMS == k] for k in range(N_THREADS)]
    print("order kept:", all(p == sorted(p) for p in per_thread))


run_round(sys.getswitchinterval())
run_round(1e-6)
print(sys.getswitchinterval())
