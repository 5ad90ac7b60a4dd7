"""Value and Array: numbers in memory shared with child processes.

The typecodes are the array module's ('i' int, 'd' double, 'c' char,
...). Value and Array come with an RLock (get_lock()); RawValue and
RawArray without. `counter.value += 1` is a read and a write: hold the
lock around it when several processes update the same Value.
"""

import _process
from multiprocessing import reduction
from multiprocessing.synchronize import RLock

__all__ = ['RawValue', 'RawArray', 'Value', 'Array']

_SIZES = {'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
          'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
# ctypes names people write instead of typecodes.
_CTYPES = {'c_char': 'c', 'c_byte': 'b', 'c_ubyte': 'B', 'c_bool': '?', 'c_short': 'h',
           'c_ushort': 'H', 'c_int': 'i', 'c_uint': 'I', 'c_long': 'l', 'c_ulong': 'L',
           'c_longlong': 'q', 'c_ulonglong': 'Q', 'c_float': 'f', 'c_double': 'd'}


# The ctypes names CPython's reprs show (on 64-bit Linux).
_CTYPE_NAMES = {'c': 'c_char', 'b': 'c_byte', 'B': 'c_ubyte', '?': 'c_bool', 'h': 'c_short',
                'H': 'c_ushort', 'i': 'c_int', 'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong',
                'q': 'c_long', 'Q': 'c_ulong', 'f': 'c_float', 'd': 'c_double'}


def _typecode(t):
    t = _CTYPES.get(t, t)
    if t not in _SIZES:
        raise TypeError(f'bad typecode {t!r} (expected one of {"".join(_SIZES)})')
    return t


def _zero(tc):
    return b'\x00' if tc == 'c' else 0.0 if tc in 'fd' else False if tc == '?' else 0


class _Shared:
    def _reduce_shm(self, *more):
        fd = self._shm.fileno()
        reduction.keep_fd(fd, type(self).__name__)
        return (self._typecode, self._length, fd) + more


def _rebuild_value(tc, length, fd, lock):
    v = RawValue.__new__(RawValue) if lock is None else Synchronized.__new__(Synchronized)
    v._typecode, v._length = tc, length
    v._shm = _process.Shm(_SIZES[tc], fd)
    if lock is not None:
        v._lock = lock
    return v


def _rebuild_array(tc, length, fd, lock):
    a = RawArray.__new__(RawArray) if lock is None else SynchronizedArray.__new__(SynchronizedArray)
    a._typecode, a._length = tc, length
    a._shm = _process.Shm(_SIZES[tc] * length, fd)
    if lock is not None:
        a._lock = lock
    return a


class RawValue(_Shared):
    """One shared number, without a lock."""

    def __init__(self, typecode_or_type, *args):
        self._typecode = _typecode(typecode_or_type)
        self._length = 1
        self._shm = _process.Shm(_SIZES[self._typecode])
        self.value = args[0] if args else _zero(self._typecode)

    @property
    def value(self):
        return self._shm.read(self._typecode, 0)

    @value.setter
    def value(self, v):
        self._shm.write(self._typecode, 0, v)

    def __reduce__(self):
        return _rebuild_value, self._reduce_shm(None)

    def __repr__(self):
        return f'{_CTYPE_NAMES[self._typecode]}({self.value!r})'


class Synchronized(RawValue):
    """A shared number with an RLock; reading or writing .value takes it."""

    def __init__(self, typecode_or_type, *args, lock=True):
        self._lock = RLock() if lock is True else lock
        super().__init__(typecode_or_type, *args)

    @property
    def value(self):
        with self._lock:
            return self._shm.read(self._typecode, 0)

    @value.setter
    def value(self, v):
        with self._lock:
            self._shm.write(self._typecode, 0, v)

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self.value

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        return _rebuild_value, self._reduce_shm(self._lock)

    def __repr__(self):
        return f'<Synchronized wrapper for {_CTYPE_NAMES[self._typecode]}({self.value!r})>'


class RawArray(_Shared):
    """A fixed-size shared array of numbers, without a lock."""

    def __init__(self, typecode_or_type, size_or_initializer):
        self._typecode = _typecode(typecode_or_type)
        if isinstance(size_or_initializer, int):
            init = None
            self._length = size_or_initializer
        else:
            init = list(size_or_initializer)
            if self._typecode == 'c':   # bytes give ints: one-byte bytes are wanted
                init = [bytes([b]) if isinstance(b, int) else b for b in init]
            self._length = len(init)
        self._shm = _process.Shm(_SIZES[self._typecode] * self._length)
        if init is not None:
            for i, v in enumerate(init):
                self._shm.write(self._typecode, i, v)

    def __len__(self):
        return self._length

    def _indices(self, index):
        if isinstance(index, slice):
            return range(*index.indices(self._length))
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError('invalid index')
        return index

    def __getitem__(self, index):
        i = self._indices(index)
        if isinstance(i, range):
            items = [self._shm.read(self._typecode, j) for j in i]
            return b''.join(items) if self._typecode == 'c' else items
        return self._shm.read(self._typecode, i)

    def __setitem__(self, index, value):
        i = self._indices(index)
        if isinstance(i, range):
            values = list(value)
            if len(values) != len(i):
                raise ValueError("Can only assign sequence of same size")
            for j, v in zip(i, values):
                self._shm.write(self._typecode, j, v)
        else:
            self._shm.write(self._typecode, i, value)

    def __iter__(self):
        return iter(self[:])

    # A char array also reads and writes as a C string, as ctypes' do.
    @property
    def raw(self):
        self._check_chars()
        return self[:]

    @raw.setter
    def raw(self, data):
        self._check_chars()
        if len(data) > self._length:
            raise ValueError('byte string too long')
        self[:len(data)] = [bytes([b]) for b in data]

    @property
    def value(self):
        return self.raw.split(b'\x00', 1)[0]

    @value.setter
    def value(self, data):
        if len(data) > self._length:
            raise ValueError('byte string too long')
        self.raw = data + (b'\x00' if len(data) < self._length else b'')

    def _check_chars(self):
        if self._typecode != 'c':
            raise AttributeError(f"'{type(self).__name__}' object has no attribute 'value'")

    def __reduce__(self):
        return _rebuild_array, self._reduce_shm(None)

    def __repr__(self):
        return f'<{_CTYPE_NAMES[self._typecode]}_Array_{self._length} {self[:]!r}>'


class SynchronizedArray(RawArray):
    """A shared array with an RLock; each item access takes it."""

    def __init__(self, typecode_or_type, size_or_initializer, lock=True):
        super().__init__(typecode_or_type, size_or_initializer)
        self._lock = RLock() if lock is True else lock

    def __getitem__(self, index):
        with self._lock:
            return super().__getitem__(index)

    def __setitem__(self, index, value):
        with self._lock:
            super().__setitem__(index, value)

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self[:]

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        return _rebuild_array, self._reduce_shm(self._lock)

    def __repr__(self):
        return f'<SynchronizedArray wrapper for {RawArray.__repr__(self)}>'


def Value(typecode_or_type, *args, lock=True):
    """A shared number; with lock=True (the default) wrapped with an RLock."""
    if lock is False:
        return RawValue(typecode_or_type, *args)
    return Synchronized(typecode_or_type, *args, lock=lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    """A shared array; with lock=True (the default) wrapped with an RLock."""
    if lock is False:
        return RawArray(typecode_or_type, size_or_initializer)
    return SynchronizedArray(typecode_or_type, size_or_initializer, lock=lock)
