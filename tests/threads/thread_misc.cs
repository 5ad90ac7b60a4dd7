# Smaller Thread behaviours: run() called directly, targets without a
# __name__, args as a list, kwargs=None, renaming, the main thread's name,
# and a thread that starts threads.
import threading


class Callable:
    def __call__(self, out):
        out.append("called")


out = []
t = threading.Thread(target=Callable(), args=[out])
print(t.name.startswith("Thread-"), "(" in t.name)
t.start()
t.join()
print(out)

# run() called directly runs the target in the calling thread.
where = []
t = threading.Thread(target=lambda: where.append(threading.current_thread().name))
t.run()
print(where, t.is_alive())
try:
    t.run()
except AttributeError as e:
    print("run twice:", type(e).__name__)

t = threading.Thread(target=out.append, args=("x",), kwargs=None)
t.start()
t.join()
print(out)

main = threading.current_thread()
main.name = "Boss"
print(threading.main_thread().name, repr(main).split(",")[0])
main.name = "MainThread"

names = []


def renamer():
    me = threading.current_thread()
    me.name = "renamed inside"
    names.append(me.name)


t = threading.Thread(target=renamer, name="before")
t.start()
t.join()
print(names, t.name)

# Threads started by threads.
results = []
lock = threading.Lock()


def spawn(depth):
    with lock:
        results.append(depth)
    if depth < 3:
        kids = [threading.Thread(target=spawn, args=(depth + 1,)) for _ in range(2)]
        for k in kids:
            k.start()
        for k in kids:
            k.join()


t = threading.Thread(target=spawn, args=(0,))
t.start()
t.join()
print(sorted(results), threading.active_count())

# A thread's return value is dropped; exceptions do not reach join().
t = threading.Thread(target=lambda: 42)
t.start()
print(t.join())

# Many short threads in a row.
count = [0]


def bump():
    with lock:
        count[0] += 1


for _ in range(50):
    t = threading.Thread(target=bump)
    t.start()
    t.join()
print(count[0], threading.active_count())

# stack_size: 0 is the default; a small size is refused.
print(threading.stack_size())
try:
    threading.stack_size(100)
except ValueError as e:
    print(type(e).__name__, e)
print(threading.stack_size(0))
