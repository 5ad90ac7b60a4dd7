# A generator with yield, one with yield from, and one receiving values.
def numbers(n):
    for i in range(n):
        yield i

def chained(a, b):
    yield from a
    yield from b

def echo():
    received = yield
    while received is not None:
        received = yield received
