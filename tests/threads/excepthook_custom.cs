# A custom threading.excepthook receives exc_type, exc_value, exc_traceback
# and thread; a hook that raises is reported on stderr through
# sys.excepthook; the original stays in threading.__excepthook__.
import sys
import threading

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None, type(args).__name__))


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook


def bad(n):
    raise KeyError(n)


ts = [threading.Thread(target=bad, args=(i,), name="bad%d" % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for c in sorted(caught):
    print(c)

# ExceptHookArgs unpacks like a 4-tuple.
unpacked = []


def hook2(args):
    exc_type, exc_value, tb, thread = args
    unpacked.append((exc_type, exc_value.args, thread.name))


threading.excepthook = hook2
t = threading.Thread(target=lambda: 1 / 0, name="div")
t.start()
t.join()
print(unpacked)

# SystemExit reaches a custom hook too (the default ignores it).
t = threading.Thread(target=sys.exit, args=(4,), name="exiter")
t.start()
t.join()
print(unpacked[-1])
args = threading.ExceptHookArgs([KeyError, KeyError("k"), None, None])
print(args, len(args), args.exc_value, args[0])
try:
    threading.ExceptHookArgs([1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)


def broken_hook(args):
    raise RuntimeError("hook failed")


threading.excepthook = broken_hook
t = threading.Thread(target=bad, args=("x",), name="bad-hook")
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print("end")
