# multiprocessing.Pipe: duplex and one-way Connections between processes,
# send/recv/poll, send_bytes/recv_bytes, EOFError after the other end closes.
import multiprocessing as mp


def ponger(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            break
        conn.send(("pong", msg))
    conn.send_bytes(b"raw bytes")
    conn.close()


def writer(w, n):
    for i in range(n):
        w.send({"i": i, "sq": i * i})
    w.close()


def quiet(conn):
    conn.recv()


if __name__ == "__main__":
    a, b = mp.Pipe()
    print(a.readable, a.writable, b.readable, b.writable, a.closed)
    p = mp.Process(target=ponger, args=(b,))
    p.start()
    for msg in (1, "two", [3, (4,)], {"five": 5.0}, None, b"six"):
        a.send(msg)
        print(a.recv())
    print(a.poll(), a.poll(0))
    a.send("stop")
    print(a.recv_bytes())
    p.join()
    print("exit", p.exitcode)
    b.close()
    try:
        a.recv()
    except EOFError:
        print("EOFError")
    a.close()
    print(a.closed)
    try:
        a.send(1)
    except OSError as e:
        print("OSError", e)

    # one-way: the first end only receives, the second only sends
    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    p = mp.Process(target=writer, args=(w, 4))
    p.start()
    w.close()
    got = []
    while True:
        try:
            got.append(r.recv())
        except EOFError:
            break
    p.join()
    print(got)
    try:
        r.send(1)
    except OSError as e:
        print("OSError", e)
    r.close()

    # poll with a timeout, nothing to read
    x, y = mp.Pipe()
    print(x.poll(0.05))
    y.send("ready")
    print(x.poll(1), x.recv(), x.poll())
    y.send_bytes(b"0123456789", 2, 3)
    print(x.recv_bytes())
    with x, y:
        pass
    print(x.closed, y.closed)
