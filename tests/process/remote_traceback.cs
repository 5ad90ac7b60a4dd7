# An exception raised in a worker comes back with the worker's traceback,
# as text, for its __cause__ (Pool and ProcessPoolExecutor), and an
# uncaught one prints both, as CPython does.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def divide(x):
    return 1 / x


with multiprocessing.Pool(1) as pool:
    try:
        pool.apply(divide, (0,))
    except ZeroDivisionError as e:
        print("Pool:", repr(e), type(e.__cause__).__name__)
        print("the cause names the worker's frame:", 'line 9, in divide' in str(e.__cause__))

with ProcessPoolExecutor(1) as ex:
    ex.submit(divide, 0).result()
