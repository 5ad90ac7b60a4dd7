from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

def worker():
    return "Worker executed"

# Using ThreadPoolExecutor
with ThreadPoolExecutor() as executor:
    future = executor.submit(worker)
    print(future.result())

# Using ProcessPoolExecutor
with ProcessPoolExecutor() as executor:
    future = executor.submit(worker)
    print(future.result())
