# atexit: handlers also run after sys.exit(); their output follows the main
# program's, and the exit status stays the one sys.exit gave.
import atexit
import sys

counter = []


def first():
    counter.append(1)
    print("first handler", counter)


def second():
    counter.append(2)
    print("second handler", counter)


atexit.register(first)
atexit.register(second)
try:
    sys.exit(3)
finally:
    print("finally before the handlers")
