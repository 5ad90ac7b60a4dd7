"""Binary heaps on plain lists: the priority queue algorithms.

A heap is a plain list in which heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]
for every k for which both sides exist: heap[0] is always the smallest item.
Only the < operator is used to compare items, so a heap of tuples orders by
the first field, then the next.

Items move in two directions. Toward the root (_sift_up) when an item is
added at the end. Away from it (_sift_down) when the root is replaced: the
hole left at the top is first pushed all the way down to a leaf along the
smaller children, and the moved item then climbs back up. That takes fewer
comparisons than stopping at the right level on the way down, because an
item taken from the end of the heap usually belongs near the bottom. The
layout of the list after each operation is therefore exactly CPython's.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, func, which):
    if not isinstance(heap, list):
        raise TypeError(f'{func}() argument{which} must be list, not {type(heap).__name__}')


def heappush(heap, item):
    """Add item to the heap."""
    _check_list(heap, 'heappush', ' 1')
    heap.append(item)
    _sift_up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Remove and return the smallest item of the heap."""
    _check_list(heap, 'heappop', '')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_down(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Remove and return the smallest item, and add item.

    The heap keeps its size; the result may be larger than item. Faster
    than heappop() then heappush().
    """
    _check_list(heap, 'heapreplace', ' 1')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Add item, then remove and return the smallest item.

    Faster than heappush() then heappop(): an item not larger than the
    root comes straight back.
    """
    _check_list(heap, 'heappushpop', ' 1')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x):
    """Rearrange the list x into a heap, in place, in linear time."""
    _check_list(x, 'heapify', '')
    # The leaves are heaps already: fix the inner nodes, deepest first.
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i)


def _sift_up(heap, top, pos):
    # Move heap[pos] toward heap[top] while it is smaller than its parent.
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_down(heap, pos):
    # Push the hole at pos down to a leaf along the smaller children, then
    # let the item that was there climb back to its place.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up(heap, start, pos)


# Max-heaps, used by nlargest-like code elsewhere (private, as in CPython).

def _sift_up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_down_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up_max(heap, start, pos)


def _heapify_max(x):
    """Rearrange x into a max-heap (heap[0] is the largest)."""
    for i in reversed(range(len(x) // 2)):
        _sift_down_max(x, i)


def _heappop_max(heap):
    """Remove and return the largest item of a max-heap."""
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_down_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    """Remove and return the largest item of a max-heap, and add item."""
    largest = heap[0]
    heap[0] = item
    _sift_down_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator.

    The result is sorted(chain(*iterables), key=key, reverse=reverse), but
    computed lazily, holding one item of each input. Among equal items,
    those of earlier inputs come first.
    """
    # Each entry is [sort key, input number, item, iterator]: the input
    # number breaks ties, so items themselves are never compared twice
    # and equal keys keep the order of the inputs.
    entries = []
    for number, iterable in enumerate(iterables):
        iterator = iter(iterable)
        for item in iterator:
            sort_key = item if key is None else key(item)
            entries.append([sort_key, number if not reverse else -number, item, iterator])
            break
    if reverse:
        # A max-heap on the key; negated input numbers keep the ties stable
        # because the larger (less negative) number is taken first.
        _heapify_max(entries)
        pop_top, replace_top = _heappop_max, _heapreplace_max
    else:
        heapify(entries)
        pop_top, replace_top = heappop, heapreplace
    while entries:
        entry = entries[0]
        yield entry[2]
        for item in entry[3]:
            entry[0] = item if key is None else key(item)
            entry[2] = item
            replace_top(entries, entry)
            break
        else:
            pop_top(entries)


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first: sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items, largest first: sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)


def _select(n, iterable, key, largest):
    if n <= 0:
        return []
    if hasattr(iterable, '__len__') and n >= len(iterable):
        return sorted(iterable, key=key, reverse=largest)
    if n == 1:
        sentinel = object()
        pick = max if largest else min
        if key is None:
            result = pick(iterable, default=sentinel)
        else:
            result = pick(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    # Keep the n best seen so far in a heap whose root is the worst of them,
    # so each new item needs one comparison to be rejected. Entries are
    # (key, order, item); the order number keeps equal keys in input order
    # and means items are never compared directly.
    iterator = iter(iterable)
    kept = []
    order = 0
    for item in iterator:
        k = item if key is None else key(item)
        kept.append((k, -order if largest else order, item))
        order += 1
        if order == n:
            break
    if largest:
        heapify(kept)
        for item in iterator:
            k = item if key is None else key(item)
            if kept[0][0] < k:
                heapreplace(kept, (k, -order, item))
            order += 1
        kept.sort(reverse=True)
    else:
        _heapify_max(kept)
        for item in iterator:
            k = item if key is None else key(item)
            if k < kept[0][0]:
                _heapreplace_max(kept, (k, order, item))
            order += 1
        kept.sort()
    return [entry[2] for entry in kept]
