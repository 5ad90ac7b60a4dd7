# An exception passing through a finally block.
def f():
    try:
        return 1 / 0
    finally:
        print("cleanup")
f()
