"""Process: run a function in a child interpreter with its own GIL."""

import os
import signal
import sys

import _process

__all__ = ['BaseProcess', 'Process', 'current_process', 'parent_process', 'active_children']

_started = 0   # Process objects made here (for their default names)
# The children started here and not yet joined.
_children = set()


def current_process():
    """The Process object of this process."""
    return _current_process


def parent_process():
    """The Process object of the parent, or None in the main process."""
    return _parent_process


def active_children():
    """The children that are still running (joining those that ended)."""
    _cleanup()
    return list(_children)


def _cleanup():
    for p in list(_children):
        if p._exitcode is None and p._pid is not None:
            p._poll(block=False)
        if p._exitcode is not None:
            _children.discard(p)


class BaseProcess:
    """A function run in a child process: start(), then join()."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        global _started
        _started += 1
        count = _started
        self._identity = _current_process._identity + (count,)
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._pid = None
        self._exitcode = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or (type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity))
        self._daemonic = _current_process._daemonic if daemon is None else bool(daemon)

    def run(self):
        """What the child runs: the target, unless a subclass says otherwise."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Starts the child process."""
        self._check_closed()
        assert self._pid is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not _current_process._daemonic, 'daemonic processes are not allowed to have children'
        _cleanup()
        from multiprocessing import spawn
        self._pid = spawn.spawn_process(self)
        _children.add(self)

    def _poll(self, block):
        if self._exitcode is None:
            self._exitcode = _process.waitpid(self._pid, block)
        return self._exitcode

    def join(self, timeout=None):
        """Waits until the child ends (or timeout seconds pass)."""
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._pid is not None, 'can only join a started process'
        if timeout is None:
            self._poll(block=True)
        else:
            import time
            deadline = time.monotonic() + timeout
            while self._poll(block=False) is None:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                time.sleep(min(left, 0.005))
        if self._exitcode is not None:
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._pid is None:
            return False
        return self._poll(block=False) is None

    def terminate(self):
        """Ends the child with SIGTERM."""
        self._signal(signal.SIGTERM)

    def kill(self):
        """Ends the child with SIGKILL."""
        self._signal(signal.SIGKILL)

    def _signal(self, sig):
        self._check_closed()
        if self._pid is not None and self._exitcode is None and self._poll(block=False) is None:
            try:
                os.kill(self._pid, sig)
            except ProcessLookupError:
                pass

    def close(self):
        """Releases the Process object; ValueError while it runs."""
        if self._pid is not None and self._poll(block=False) is None:
            raise ValueError('Cannot close a process while it is still running. '
                             'You should first call join() or terminate().')
        _children.discard(self)
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError('process object is closed')

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._pid is None, 'process has already started'
        self._daemonic = bool(daemonic)

    @property
    def exitcode(self):
        """None while running, else the exit status (minus the signal number
        when a signal ended it)."""
        self._check_closed()
        if self._pid is None:
            return None
        return self._poll(block=False)

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._pid

    pid = ident

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._pid is None:
            status = 'initial'
        else:
            exitcode = self._poll(block=False)
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._pid is not None and self is not _current_process:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % _exitcode_to_name.get(exitcode, exitcode))
        if self._daemonic:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self):
        """Runs in the child: run(), then the exit code (1 after an
        uncaught exception, reported as CPython does)."""
        global _current_process, _children
        _children = set()
        _current_process = self
        self._pid = os.getpid()
        try:
            self.run()
            code = 0
        except SystemExit as e:
            if e.code is None:
                code = 0
            elif isinstance(e.code, int):
                code = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                code = 1
        except BaseException as exc:
            code = 1
            sys.stderr.write('Process %s:\n' % self.name)
            sys.__excepthook__(type(exc), exc, exc.__traceback__)
        finally:
            _exit_function()
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (AttributeError, ValueError):
            pass
        return code


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._pid = None
        self._exitcode = None
        self._closed = False
        self._daemonic = False
        self._target = None


class _ParentProcess(BaseProcess):
    def __init__(self, pid, name):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._exitcode = None
        self._closed = False
        self._daemonic = False

    def is_alive(self):
        try:
            os.kill(self._pid, 0)
        except OSError:
            return False
        return True

    def join(self, timeout=None):
        import time
        start = time.monotonic()
        while self.is_alive() and (timeout is None or time.monotonic() - start < timeout):
            time.sleep(0.01)


# A child killed by a signal shows as -SIGTERM rather than -15.
_exitcode_to_name = {-sig: '-' + name for name, sig in vars(signal).items()
                     if name.startswith('SIG') and '_' not in name and isinstance(sig, int)}

_current_process = _MainProcess()
_parent_process = None


def _set_parent(pid, name):
    global _parent_process
    _parent_process = _ParentProcess(pid, name)


def _exit_function():
    """At exit: daemonic children are terminated, the others joined."""
    for p in list(_children):
        if p._daemonic and p._exitcode is None:
            p.terminate()
    for p in list(_children):
        p.join()


import atexit
atexit.register(_exit_function)
