import threading

def task():
    for i in range(5):
        print(f"Task running: {i}")

thread1 = threading.Thread(target=task)
thread2 = threading.Thread(target=task)

thread1.start()
thread2.start()

thread1.join()
thread2.join()
