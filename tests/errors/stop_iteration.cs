# StopIteration from next() on an exhausted iterator.
it = iter([])
next(it)
