import signal, os, time
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
def h(s, f):
    raise RuntimeError("handler")
signal.signal(signal.SIGUSR1, h)
try:
    os.kill(os.getpid(), signal.SIGUSR1)
    time.sleep(5)
    print("not caught")
except RuntimeError as e:
    print("caught", e)
