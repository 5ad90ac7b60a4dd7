# multiprocessing.Queue, SimpleQueue and JoinableQueue between a parent and
# several children.
import multiprocessing as mp
import queue


def producer(q, n, tag):
    for i in range(n):
        q.put((tag, i, {"sq": i * i, "list": [tag] * i}))


def echo(inq, outq):
    while True:
        item = inq.get()
        if item is None:
            break
        outq.put(item * 10)


def consumer(jq, results):
    while True:
        item = jq.get()
        try:
            if item is None:
                return
            results.put(item + 100)
        finally:
            jq.task_done()


def simple_child(sq):
    sq.put("from child")
    sq.put([1, (2, 3)])


if __name__ == "__main__":
    # the parent alone
    q = mp.Queue()
    print(q.empty(), q.qsize())
    q.put(1)
    q.put("two")
    q.put_nowait([3])
    # (CPython's put() hands the item to a feeder thread: get with a timeout)
    print(q.get(), q.get(), q.get(timeout=5))
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("Empty after timeout")
    try:
        q.get_nowait()
    except queue.Empty:
        print("Empty nowait")
    try:
        q.get(False)
    except queue.Empty:
        print("Empty non-blocking")

    # several producers, one consumer
    q = mp.Queue()
    ps = [mp.Process(target=producer, args=(q, 5, t)) for t in "abc"]
    for p in ps:
        p.start()
    got = [q.get() for _ in range(15)]
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
    for item in sorted(got):
        print(item)
    print(q.empty())

    # round trips through two queues
    inq, outq = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=echo, args=(inq, outq)) for _ in range(2)]
    for w in workers:
        w.start()
    for i in range(10):
        inq.put(i)
    for _ in workers:
        inq.put(None)
    print(sorted(outq.get(timeout=5) for _ in range(10)))
    for w in workers:
        w.join()
    print([w.exitcode for w in workers])

    # JoinableQueue: join() returns once every item is task_done()
    jq = mp.JoinableQueue()
    results = mp.Queue()
    cs = [mp.Process(target=consumer, args=(jq, results)) for _ in range(2)]
    for c in cs:
        c.start()
    for i in range(6):
        jq.put(i)
    jq.join()
    print("joined", sorted(results.get() for _ in range(6)))
    for c in cs:
        jq.put(None)
    jq.join()
    for c in cs:
        c.join()
    try:
        jq.task_done()
    except ValueError as e:
        print("ValueError:", e)

    # SimpleQueue
    sq = mp.SimpleQueue()
    print(sq.empty())
    p = mp.Process(target=simple_child, args=(sq,))
    p.start()
    print(sq.get(), sq.get())
    p.join()
    print(sq.empty())
    sq.close()

    # maxsize
    bq = mp.Queue(maxsize=2)
    bq.put(1)
    bq.put(2)
    print(bq.full())
    try:
        bq.put(3, timeout=0.05)
    except queue.Full:
        print("Full after timeout")
    try:
        bq.put_nowait(3)
    except queue.Full:
        print("Full nowait")
    print(bq.get(), bq.get())
