# current_thread, main_thread, enumerate, active_count, get_ident and
# get_native_id, seen from the main thread and from workers.
import threading
import _thread

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon)
print(repr(main).split(" ")[0], repr(main).startswith("<_MainThread(MainThread, started "))
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(type(threading.get_ident()).__name__, threading.get_ident() == main.ident)
print(type(threading.get_native_id()).__name__, threading.get_native_id() == main.native_id)
print(threading.get_ident() == _thread.get_ident())
print(main.is_alive())

seen = {}
go = threading.Event()
ready = threading.Barrier(4)


def worker(i):
    me = threading.current_thread()
    seen[i] = (me.name, me.ident == threading.get_ident(), me is not main,
               threading.main_thread() is main, me in threading.enumerate())
    ready.wait()
    go.wait()


ts = [threading.Thread(target=worker, args=(i,), name="w%d" % i) for i in range(3)]
for t in ts:
    t.start()
ready.wait()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
idents = {t.ident for t in ts}
print(len(idents), all(isinstance(i, int) for i in idents))
go.set()
for t in ts:
    t.join()
for k in sorted(seen):
    print(k, seen[k])
print(threading.active_count(), [t.name for t in threading.enumerate()])


# A thread started with _thread directly gets a dummy Thread object.
out = []
done = threading.Lock()
done.acquire()


def raw():
    t = threading.current_thread()
    out.append((type(t).__name__, t.name.startswith("Dummy-"), t.daemon, t.is_alive()))
    done.release()


_thread.start_new_thread(raw, ())
done.acquire()
print(out)
print(threading.TIMEOUT_MAX > 1e6, threading.ThreadError is RuntimeError)
print(sorted(n for n in threading.__all__))


def tracer(frame, event, arg):
    return None


print(threading.gettrace(), threading.getprofile())
threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
print(threading.Lock.__name__, type(threading.Lock()).__name__)
