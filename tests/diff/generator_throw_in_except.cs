# A generator keeps the exception it is handling across a yield, even
# when that is the very exception its caller handles (thrown in with
# throw() from an except block); and one handling nothing of its own
# sees its current caller's.
import sys
def gen():
    try: yield 1
    except KeyError:
        yield 2
        print("inside", sys.exc_info()[1])
        raise
g = gen(); next(g)
try: raise KeyError('x')
except KeyError as exc: print(g.throw(exc))
try: next(g)
except KeyError as e: print("got", repr(e))
def g2():
    print("sees caller's", sys.exc_info()[1])
    yield
    print("after yield sees", sys.exc_info()[1])
    yield
it = g2()
try: raise ValueError("v")
except ValueError: next(it)
try: raise TypeError("t")
except TypeError: next(it)
