"""Starting a child: a fresh cs process that runs one Process object.

The parent pickles the Process (its target travels by value, see pickle)
with the state the child needs (sys.path, sys.argv, the working
directory), writes it to a pipe, and execs `cs -c` with a one-line
program that reads it back and runs it. The parent's own top-level code
never runs in the child, so scripts without an `if __name__ ==
"__main__":` guard work too.
"""

import os
import sys

import _process
from multiprocessing import reduction


def _child_command(fd):
    return [sys.executable, '-c',
            f'from multiprocessing.spawn import _main; _main({fd})']


def spawn_process(process_obj):
    """Starts a child running process_obj; returns its pid."""
    prep = {'sys_path': list(sys.path), 'sys_argv': list(sys.argv), 'cwd': os.getcwd(),
            'parent_pid': os.getpid(), 'parent_name': _current_name()}
    data, fds = reduction.dumps_for_child((prep, process_obj))
    # What the parent printed so far comes before what the child prints.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError):
            pass
    r, w = os.pipe()
    try:
        pid = _process.spawn(sys.executable, _child_command(r), [r] + fds)
    finally:
        os.close(r)
    try:
        view = data
        while view:
            n = os.write(w, view)
            view = view[n:]
    finally:
        os.close(w)
    return pid


def _current_name():
    from multiprocessing import process
    return process.current_process().name


def _main(fd):
    """The child's entry point: reads its Process from fd and runs it,
    then exits with its exit code."""
    import pickle
    chunks = []
    while True:
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    prep, process_obj = pickle.loads(b''.join(chunks))
    sys.path[:] = prep['sys_path']
    sys.argv[:] = prep['sys_argv']
    # As in CPython, a child does not read the parent's standard input.
    try:
        sys.stdin.close()
        sys.stdin = open(os.devnull)
    except (AttributeError, OSError, ValueError):
        pass
    try:
        os.chdir(prep['cwd'])
    except OSError:
        pass
    from multiprocessing import process
    process._set_parent(prep['parent_pid'], prep['parent_name'])
    code = process_obj._bootstrap()
    sys.exit(code)
