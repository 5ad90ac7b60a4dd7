# signal: handlers set with signal.signal run in the main thread at the
# next safe point after the signal; SIG_IGN/SIG_DFL; getsignal;
# default_int_handler raises KeyboardInterrupt; raise_signal, alarm,
# setitimer and pause; and the errors of bad calls.
import os
import signal
import time

print(signal.SIGINT, signal.SIGTERM, signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM, signal.SIGKILL,
      signal.SIGCHLD, signal.SIGHUP, signal.SIG_DFL, signal.SIG_IGN, signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM),
      signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGPIPE))

got = []
def handler(signum, frame):
    got.append(signum)

print(signal.signal(signal.SIGUSR1, handler), signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(1000):
    pass
print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler, signal.getsignal(signal.SIGUSR1))
signal.raise_signal(signal.SIGUSR1)
print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL), signal.getsignal(signal.SIGUSR1))

def failing(signum, frame):
    raise RuntimeError("from handler %d" % signum)

signal.signal(signal.SIGUSR2, failing)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print("caught", e)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    time.sleep(0.5)
    print("not reached")
except RuntimeError as e:
    print("caught during sleep", e)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)

try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    signal.raise_signal(signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt from SIGINT")
old = signal.signal(signal.SIGINT, handler)
signal.raise_signal(signal.SIGINT)
print(got, old is signal.default_int_handler)
signal.signal(signal.SIGINT, signal.default_int_handler)

print(signal.alarm(0), signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))
signal.signal(signal.SIGALRM, lambda s, f: got.append("alarm"))
print(signal.setitimer(signal.ITIMER_REAL, 0.05))
signal.pause()
print(got)
print(signal.getitimer(signal.ITIMER_REAL))
valid = signal.valid_signals()
print(signal.SIGINT in valid, signal.SIGKILL in valid, 0 in valid, len(valid) > 30)

for args in [(0, handler), (65, handler), (signal.SIGKILL, handler), (signal.SIGSTOP, signal.SIG_IGN),
             (signal.SIGUSR1, 5), (signal.SIGUSR1, "x"), ("a", handler), (signal.SIGUSR1,)]:
    try:
        signal.signal(*args)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
for bad in [0, 100, -1, "x"]:
    try:
        signal.getsignal(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for call in [lambda: signal.signal(), lambda: signal.signal(1, 2, 3), lambda: signal.getsignal(),
             lambda: signal.getsignal(1, 2), lambda: signal.signal(signalnum=signal.SIGUSR1, handler=signal.SIG_DFL),
             lambda: signal.signal(signal.SIGUSR1, hdl=1)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
