# multiprocessing Semaphore, BoundedSemaphore and Event shared with
# children: at most 2 workers inside at once, a bounded release error, and
# children that wait for an Event set by the parent.
import multiprocessing as mp
import time


def worker(sem, inside, most, lock):
    with sem:
        with lock:
            inside.value += 1
            most.value = max(most.value, inside.value)
        time.sleep(0.02)
        with lock:
            inside.value -= 1


def waiter(event, done):
    if event.wait(5):
        with done.get_lock():
            done.value += 1


if __name__ == "__main__":
    sem = mp.Semaphore(2)
    inside, most, lock = mp.Value("i", 0), mp.Value("i", 0), mp.Lock()
    ps = [mp.Process(target=worker, args=(sem, inside, most, lock)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("never more than 2 inside:", 1 <= most.value <= 2, "value after:", sem.get_value())

    s = mp.Semaphore(0)
    print(s.acquire(False), s.acquire(timeout=0.01))
    s.release()
    s.release()
    print(s.get_value(), s.acquire(), s.get_value())

    b = mp.BoundedSemaphore(1)
    b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        mp.Semaphore(-1)
    except OSError as e:
        print("OSError:", e)

    event = mp.Event()
    done = mp.Value("i", 0)
    print(event.is_set(), event.wait(0.01))
    ps = [mp.Process(target=waiter, args=(event, done)) for _ in range(3)]
    for p in ps:
        p.start()
    time.sleep(0.05)
    event.set()
    for p in ps:
        p.join()
    print("woken:", done.value, event.is_set(), event.wait())
    event.clear()
    print(event.is_set())
