# atexit: SystemExit raised by a handler is reported like any other
# exception ("Exception ignored in atexit callback"), the remaining handlers
# run, and the exit status is not changed.
import atexit
import sys


class Handler:
    def __init__(self, name, code=None):
        self.name = name
        self.code = code

    def __call__(self):
        print("handler", self.name)
        if self.code is not None:
            sys.exit(self.code)

    def __repr__(self):
        return f"<Handler {self.name}>"


atexit.register(Handler("first"))
atexit.register(Handler("exits", 5))
atexit.register(Handler("last"))
print("main done")
