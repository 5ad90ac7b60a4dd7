# pickle: an exception comes back as cls(*args), so what __init__ sets
# (OSError.errno, StopIteration.value, SystemExit.code) survives.
import pickle


def rt(x):
    return pickle.loads(pickle.dumps(x))


e = rt(OSError(2, "No such file"))
print(type(e).__name__, e.args, e.errno, e.strerror, e.filename)
e = rt(FileNotFoundError(2, "No such file", "/nope"))
print(type(e).__name__, e.errno, e.filename, str(e))
e = rt(StopIteration(7))
print(e.args, e.value)
e = rt(SystemExit(3))
print(e.args, e.code)
e = rt(KeyboardInterrupt())
print(repr(e))


class WithInit(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.upper = msg.upper()


e = rt(WithInit("abc"))
print(e.args, e.upper)
