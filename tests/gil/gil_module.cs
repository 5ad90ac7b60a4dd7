# The gil module: per-thread statistics, switch count, chaos mode.
import gil
import threading
import time


def spin():
    n = 0
    for i in range(200_000):
        n += i


def nap():
    time.sleep(0.01)


threads = [threading.Thread(target=spin, name="spin-%d" % i) for i in range(2)]
threads.append(threading.Thread(target=nap, name="nap"))
for t in threads:
    t.start()
for t in threads:
    t.join()

rows = {row["name"]: row for row in gil.stats()}
print(sorted(rows))
print(sorted(rows["MainThread"]))
print(rows["MainThread"]["alive"], rows["spin-0"]["alive"])
for name in ("MainThread", "spin-0", "spin-1", "nap"):
    row = rows[name]
    print(name, row["acquisitions"] >= 1, row["held_ms"] >= 0, row["waited_ms"] >= 0,
          row["max_wait_ms"] <= row["waited_ms"] + 1e-9, isinstance(row["native_id"], int))
print("nap released the GIL to sleep:", rows["nap"]["io_releases"] >= 1)
print("the GIL moved between threads:", gil.switches() >= 3)
print(gil.chaos(), gil.chaos(True), gil.chaos(), gil.chaos(False), gil.chaos())
try:
    gil.stats(1)
except TypeError as e:
    print("TypeError:", e)
