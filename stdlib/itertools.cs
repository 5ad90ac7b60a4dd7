"""Iterator building blocks: infinite counters, combinators and combinatorics.

Every function here returns a lazy iterator: nothing is computed before it
is asked for, except that the arguments are checked (and iter() is called
on them) at once, as CPython does. For that, each public function checks
its arguments and then returns a generator made by a private generator
function (_accumulate for accumulate, and so on); a generator resumes much
faster than a __next__ method is called. count and repeat are small
classes, for their reprs (count(5)), and tee objects too, as they can be
copied.

The combinatoric generators (product, permutations, combinations...) keep
a list of indices into a tuple of the input items and advance it like an
odometer, in the lexicographic order of the positions.

Infinite:       count, cycle, repeat
Finite:         accumulate, chain, compress, dropwhile, filterfalse,
                groupby, islice, pairwise, starmap, takewhile, tee,
                zip_longest
Combinatoric:   product, permutations, combinations,
                combinations_with_replacement
"""

import sys as _sys


def _is_number(value):
    # What CPython accepts as a number for count(): anything with a numeric
    # conversion method.
    cls = type(value)
    return (isinstance(value, (int, float)) or hasattr(cls, '__index__')
            or hasattr(cls, '__int__') or hasattr(cls, '__float__')
            or hasattr(cls, '__complex__'))


def _index(value):
    # value.__index__(), with CPython's message for anything else.
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def _ssize_or_minus_one(value):
    # Like CPython's conversion to a C ssize_t for islice(): -1 when value
    # is not an integer or does not fit.
    try:
        value = _index(value)
    except TypeError:
        return -1
    if value > _sys.maxsize or value < -_sys.maxsize - 1:
        return -1
    return value


################################################################################
### Infinite iterators
################################################################################

class count:
    """count(start=0, step=1): start, start+step, start+2*step... forever."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if type(step) is int and step == 1:
            return f'{name}({self._value!r})'
        return f'{name}({self._value!r}, {step!r})'

    def __reduce__(self):
        return type(self), (self._value, self._step)


class repeat:
    """repeat(object, times=None): object, times times (forever without times)."""

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._remaining = None
        else:
            self._remaining = max(_index(times), 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._remaining is None:
            return self._object
        if self._remaining <= 0:
            raise StopIteration
        self._remaining -= 1
        return self._object

    def __length_hint__(self):
        if self._remaining is None:
            raise TypeError('len() of unsized object')
        return self._remaining

    def __repr__(self):
        name = type(self).__name__
        if self._remaining is None:
            return f'{name}({self._object!r})'
        return f'{name}({self._object!r}, {self._remaining})'

    def __reduce__(self):
        if self._remaining is None:
            return type(self), (self._object,)
        return type(self), (self._object, self._remaining)


def cycle(iterable, /):
    """The items of the iterable, then the same items again, forever."""
    return _cycle(iter(iterable))


def _cycle(iterator):
    saved = []
    for item in iterator:
        yield item
        saved.append(item)
    while saved:
        yield from saved


################################################################################
### Iterators that end with their input
################################################################################

def accumulate(iterable, func=None, *, initial=None):
    """Running totals: a, a+b, a+b+c... or with func, a, func(a, b),
    func(func(a, b), c)...; initial, when given, comes first."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(iterator, func, total):
    if total is None:
        for total in iterator:
            break
        else:
            return
    yield total
    if func is None:
        for item in iterator:
            total = total + item
            yield total
    else:
        for item in iterator:
            total = func(total, item)
            yield total


def chain(*iterables):
    """The items of the first iterable, then of the second, and so on."""
    return _chain(iter(iterables))


def _from_iterable(iterable, /):
    """Like chain(*iterable), but reads the iterables lazily."""
    return _chain(iter(iterable))

chain.from_iterable = _from_iterable


def _chain(sources):
    for source in sources:
        yield from source


def compress(data, selectors):
    """The items of data whose selector (taken in parallel) is true."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for item, selector in zip(data, selectors):
        if selector:
            yield item


def dropwhile(predicate, iterable, /):
    """Skip items while predicate(item) is true, then give all the rest."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, iterator):
    for item in iterator:
        if not predicate(item):
            yield item
            break
    yield from iterator


def takewhile(predicate, iterable, /):
    """Give items while predicate(item) is true, and stop at the first false."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, iterator):
    for item in iterator:
        if not predicate(item):
            return
        yield item


def filterfalse(function, iterable, /):
    """The items for which function(item) is false (the false items if function is None)."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, iterator):
    if function is None:
        for item in iterator:
            if not item:
                yield item
    else:
        for item in iterator:
            if not function(item):
                yield item


_unset = object()


class _GroupbyState:
    # What a groupby and its groups share: the input, the item read but not
    # yet handed out (current, or _unset) and its key, the key of the
    # current group (target), and a token identifying the live group.

    __slots__ = ('iterator', 'keyfunc', 'current', 'current_key', 'target', 'token')

    def __init__(self, iterator, keyfunc):
        self.iterator = iterator
        self.keyfunc = keyfunc
        self.current = self.current_key = self.target = _unset
        self.token = None

    def advance(self):
        # Read one item and compute its key; False at the end of the input.
        for item in self.iterator:
            self.current = item
            self.current_key = item if self.keyfunc is None else self.keyfunc(item)
            return True
        return False


def groupby(iterable, key=None):
    """Runs of consecutive items with the same key, as (key, group) pairs.

    key(item) gives the key (the item itself when key is None). Each group
    is an iterator over its run that shares the input with the groupby:
    moving to the next pair ends the previous group.
    """
    return _groupby(_GroupbyState(iter(iterable), key))


def _groupby(state):
    while True:
        state.token = None
        # Skip what is left of the previous group.
        while True:
            if state.current is _unset:
                pass
            elif state.target is _unset or not state.target == state.current_key:
                break
            if not state.advance():
                return
        state.target = state.current_key
        token = state.token = object()
        yield state.target, _grouper(state, state.target, token)


def _grouper(state, key, token):
    # One group: items while their key equals the group's, as long as the
    # groupby has not moved on.
    while state.token is token:
        if state.current is _unset and not state.advance():
            return
        if not key == state.current_key:
            return
        item = state.current
        state.current = _unset
        yield item


_STOP_MESSAGE = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])

    The items of the iterable that a slice [start:stop:step] would select,
    read lazily; start, stop and step cannot be negative. Items before
    start are read and dropped; nothing after stop is read.
    """
    if not 1 <= len(args) <= 3:
        count = len(args) + 1
        raise TypeError(f'islice expected at least 2 arguments, got {count}' if not args else
                        f'islice expected at most 4 arguments, got {count}')
    start, stop, step = 0, -1, 1
    if len(args) == 1:
        if args[0] is not None:
            stop = _ssize_or_minus_one(args[0])
            if stop == -1:
                raise ValueError(_STOP_MESSAGE)
    else:
        if args[0] is not None:
            start = _ssize_or_minus_one(args[0])
        if args[1] is not None:
            stop = _ssize_or_minus_one(args[1])
            if stop == -1:
                raise ValueError(_STOP_MESSAGE)
    if start < 0 or stop < -1:
        raise ValueError('Indices for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    if len(args) == 3 and args[2] is not None:
        step = _ssize_or_minus_one(args[2])
    if step < 1:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, None if stop == -1 else stop, step)


def _islice(iterator, wanted, stop, step):
    # wanted is the position of the next item to give; position counts the
    # items read so far.
    position = 0
    while stop is None or wanted < stop:
        for item in iterator:
            position += 1
            if position > wanted:
                break
        else:
            return
        yield item
        wanted += step
    # With a step, the last stretch up to stop is still read, as CPython
    # does (islice(it, 0, 5, 2) consumes five items).
    if stop is not None:
        while position < stop:
            for item in iterator:
                position += 1
                break
            else:
                return


def pairwise(iterable, /):
    """Overlapping pairs of successive items: (s0, s1), (s1, s2), (s2, s3)..."""
    return _pairwise(iter(iterable))


def _pairwise(iterator):
    for previous in iterator:
        break
    else:
        return
    for item in iterator:
        yield previous, item
        previous = item


def starmap(function, iterable, /):
    """function(*args) for each tuple args of the iterable."""
    return _starmap(function, iter(iterable))


def _starmap(function, iterator):
    for args in iterator:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


class _tee:
    """One of the independent iterators made by tee()."""

    # Readers share a singly linked chain of cells [value, next_cell] that
    # grows as the source is read; each reader holds the cell it reads next,
    # so cells every reader has passed are freed.

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._source = iterable._source
            self._cell = iterable._cell
        else:
            self._source = iter(iterable)
            self._cell = [None, None]

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        if cell[1] is None:
            cell[0] = next(self._source)
            cell[1] = [None, None]
        self._cell = cell[1]
        return cell[0]

    def __copy__(self):
        return _tee(self)


def tee(iterable, n=2, /):
    """n independent iterators over the same iterable.

    The items read by one iterator and not yet by the others are kept.
    """
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    # An iterator that can copy itself (a tee object) is used as it is.
    first = iter(iterable)
    if not hasattr(first, '__copy__'):
        first = _tee(first)
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


def zip_longest(*iterables, fillvalue=None):
    """Like zip(), but goes on until the longest iterable is exhausted,
    putting fillvalue in place of the missing items."""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        row = []
        for i, iterator in enumerate(iterators):
            if iterator is None:
                row.append(fillvalue)
                continue
            for item in iterator:
                row.append(item)
                break
            else:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                row.append(fillvalue)
        yield tuple(row)


################################################################################
### Combinatoric iterators
################################################################################

def product(*iterables, repeat=1):
    """The cartesian product of the iterables, as tuples.

    product(A, B) gives the same as ((x, y) for x in A for y in B): the
    last position changes fastest. repeat=n uses each iterable n times:
    product(A, repeat=2) is product(A, A).
    """
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    return _product([tuple(pool) for pool in iterables] * repeat)


def _product(pools):
    if any(len(pool) == 0 for pool in pools):
        return
    n = len(pools)
    indices = [0] * n
    current = [pool[0] for pool in pools]
    yield tuple(current)
    while True:
        # Turn the odometer: the rightmost wheel that is not at its end
        # moves on, and the wheels right of it go back to zero.
        i = n - 1
        while i >= 0 and indices[i] + 1 == len(pools[i]):
            indices[i] = 0
            current[i] = pools[i][0]
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        current[i] = pools[i][indices[i]]
        yield tuple(current)


def _check_r(r, name):
    if not isinstance(r, int):
        if name == 'permutations':
            raise TypeError('Expected int as r')
        r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    """All orderings of r items chosen from the iterable (all of them
    when r is None), in lexicographic order of their positions."""
    pool = tuple(iterable)
    r = len(pool) if r is None else _check_r(r, 'permutations')
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    # indices is a permutation of range(n) whose first r entries are the
    # positions to give. Reversing the tail makes it the last arrangement
    # with that prefix, so the next permutation of the whole list is the
    # next prefix in lexicographic order.
    indices = list(range(n))
    get = pool.__getitem__
    yield tuple(map(get, indices[:r]))
    while True:
        indices[r:] = indices[:r - 1:-1] if r else indices[::-1]
        # The next permutation: find the last ascent i, swap indices[i]
        # with the last larger entry after it, reverse the rest.
        i = n - 2
        while i >= 0 and indices[i] > indices[i + 1]:
            i -= 1
        if i < 0:
            return
        j = n - 1
        while indices[j] < indices[i]:
            j -= 1
        indices[i], indices[j] = indices[j], indices[i]
        indices[i + 1:] = indices[:i:-1]
        yield tuple(map(get, indices[:r]))


def combinations(iterable, r):
    """All choices of r items from the iterable, as tuples in the order
    of the input, without repeating an item."""
    pool = tuple(iterable)
    return _combinations(pool, _check_r(r, 'combinations'))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    get = pool.__getitem__
    indices = list(range(r))
    yield tuple(map(get, indices))
    while True:
        # Indices are increasing; position i can hold at most i + n - r.
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(map(get, indices))


def combinations_with_replacement(iterable, r):
    """Like combinations(), but an item can be chosen more than once."""
    pool = tuple(iterable)
    return _combinations_with_replacement(pool, _check_r(r, 'combinations_with_replacement'))


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    get = pool.__getitem__
    indices = [0] * r
    yield tuple(map(get, indices))
    while True:
        # Indices never decrease from left to right.
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(map(get, indices))
