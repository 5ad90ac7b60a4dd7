"""Pipe: two Connections that send picklable objects between processes.

Each direction is an OS pipe; a message is its length (8 bytes) followed
by its pickled bytes. A Connection reaches a child by inheritance (as a
Process argument).
"""

import os

import _process
import pickle
from multiprocessing import reduction

__all__ = ['Pipe', 'Connection']


def write_message(fd, data):
    """Writes one framed message (blocking until all of it is written)."""
    view = len(data).to_bytes(8, 'little') + data
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _read_exactly(fd, n):
    chunks = []
    while n:
        chunk = os.read(fd, n)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        n -= len(chunk)
    return b''.join(chunks)


def read_message(fd):
    """Reads one framed message; EOFError when the other end is closed."""
    n = int.from_bytes(_read_exactly(fd, 8), 'little')
    return _read_exactly(fd, n)


def _rebuild_connection(rfd, wfd):
    c = Connection.__new__(Connection)
    c._rfd, c._wfd = rfd, wfd
    return c


class Connection:
    """One end of a Pipe."""

    def __init__(self, rfd, wfd):
        self._rfd = rfd
        self._wfd = wfd

    def _check(self, fd, what):
        if self._rfd is None and self._wfd is None:
            raise OSError('handle is closed')
        if fd is None:
            raise OSError(f'connection is {what}')

    @property
    def closed(self):
        return self._rfd is None and self._wfd is None

    @property
    def readable(self):
        return self._rfd is not None

    @property
    def writable(self):
        return self._wfd is not None

    def fileno(self):
        self._check(self._rfd if self._rfd is not None else self._wfd, 'closed')
        return self._rfd if self._rfd is not None else self._wfd

    def send_bytes(self, buf, offset=0, size=None):
        self._check(self._wfd, 'read-only')
        data = bytes(buf)
        end = len(data) if size is None else offset + size
        write_message(self._wfd, data[offset:end])

    def send(self, obj):
        """Sends a picklable object."""
        self._check(self._wfd, 'read-only')
        write_message(self._wfd, pickle.dumps(obj))

    def recv_bytes(self, maxlength=None):
        self._check(self._rfd, 'write-only')
        data = read_message(self._rfd)
        if maxlength is not None and len(data) > maxlength:
            raise OSError('bad message length')
        return data

    def recv(self):
        """Waits for an object sent from the other end; EOFError when that
        end is closed and nothing is left."""
        self._check(self._rfd, 'write-only')
        return pickle.loads(read_message(self._rfd))

    def poll(self, timeout=0.0):
        """Whether there is anything to read (waits up to timeout seconds)."""
        self._check(self._rfd, 'write-only')
        return _process.wait_readable(self._rfd, timeout)

    def close(self):
        for fd in {self._rfd, self._wfd} - {None}:
            os.close(fd)
        self._rfd = self._wfd = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        if getattr(self, '_rfd', None) is not None or getattr(self, '_wfd', None) is not None:
            try:
                self.close()
            except OSError:
                pass

    def __reduce__(self):
        for fd in (self._rfd, self._wfd):
            if fd is not None:
                reduction.keep_fd(fd, 'Connection')
        return _rebuild_connection, (self._rfd, self._wfd)


def Pipe(duplex=True):
    """(conn1, conn2): with duplex, each end sends and receives; else conn1
    only receives and conn2 only sends."""
    r1, w1 = os.pipe()
    if not duplex:
        return Connection(r1, None), Connection(None, w1)
    r2, w2 = os.pipe()
    return Connection(r1, w2), Connection(r2, w1)
