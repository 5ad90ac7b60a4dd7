# atexit: a handler that raises is reported on stderr
# ("Exception ignored in atexit callback" and its traceback, as CPython
# prints it), the others still run, and the exit status stays 0.
import atexit


class Handler:
    def __init__(self, name, fail=None):
        self.name = name
        self.fail = fail

    def __call__(self):
        print("handler", self.name)
        if self.fail == "raise":
            raise ValueError("failed: " + self.name)

    def __repr__(self):
        return f"<Handler {self.name}>"


atexit.register(Handler("one"))
atexit.register(Handler("two", "raise"))
atexit.register(Handler("three"))
print("main done")
