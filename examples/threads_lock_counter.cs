import threading

lock = threading.Lock()
count = 0

def increment():
    global count
    for _ in range(1000):
        with lock:
            count += 1

threads = [threading.Thread(target=increment) for _ in range(5)]

for t in threads: t.start()
for t in threads: t.join()

print(count)  # Always 5000 due to lock
