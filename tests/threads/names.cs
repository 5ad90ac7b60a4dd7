# How the classes of threading, queue and concurrent.futures name
# themselves, generic aliases such as Queue[int], and which names are
# factory functions rather than classes.
import queue
import threading
import types
import concurrent.futures as cf
import concurrent.futures.thread as cft

print(queue.Empty, queue.Full, queue.SimpleQueue, queue.Queue, queue.LifoQueue, queue.PriorityQueue)
print(queue.Queue[int], queue.SimpleQueue[str], queue.PriorityQueue[tuple], cf.Future[int],
      cft._WorkItem[int])
print(isinstance(queue.Queue[int], types.GenericAlias), queue.Queue[int].__origin__ is queue.Queue)
print(cf.Future, cf.CancelledError, cf.TimeoutError, cf.InvalidStateError, cf.BrokenExecutor)
print(cf.ThreadPoolExecutor, cft.BrokenThreadPool, cf.Executor)
print(threading.Thread, threading.Barrier, threading.BrokenBarrierError, threading.local)
print(threading.Event, threading.Timer, threading.Semaphore, threading.BoundedSemaphore,
      threading.Condition, threading.ExceptHookArgs)
print(type(threading.RLock).__name__, threading.RLock.__name__, type(threading.RLock()))
print(type(threading.Lock()), threading.ThreadError)
print(threading.current_thread.__name__, threading.main_thread.__doc__ is not None)
print(cf.Future.__module__, cf.wait.__module__, cf.as_completed.__module__)
try:
    isinstance(1, threading.RLock)
except TypeError as e:
    print(type(e).__name__, e)
