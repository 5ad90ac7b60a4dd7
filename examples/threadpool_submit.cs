from concurrent.futures import ThreadPoolExecutor

def worker():
    print("Hello from a thread!")

with ThreadPoolExecutor() as executor:
    executor.submit(worker)
