import threading

def worker():
    print("Hello from a thread!")

thread = threading.Thread(target=worker)
thread.start()
