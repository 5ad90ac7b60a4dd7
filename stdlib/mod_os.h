// The os module's shared parts: how a path argument becomes a C string,
// and how a failed system call becomes the OSError subclass CPython raises
// ("[Errno 2] No such file or directory: 'x'", with errno and filename).
//
// The module is split by concept: mod_os.c has the process functions and
// makes the module; mod_os_fs.c the files and directories (stat, listdir,
// mkdir, walk...); mod_os_environ.c os.environ and getenv/putenv; and
// mod_os_path.c the os.path (posixpath) module.
#ifndef CS_STDLIB_MOD_OS_H
#define CS_STDLIB_MOD_OS_H

#include "runtime/obj_func.h"

// A path argument after conversion. `path` is NUL-terminated and valid
// until mod_os_path_release; `object` is the argument as given (borrowed),
// which errors name as the filename.
typedef struct OsPath {
    const char *path;        // NULL when an fd or None was given
    int64_t len;             // bytes in path
    Value object;            // the argument (borrowed)
    Value fspath;            // the str or bytes it stands for (new reference), or VNULL
    bool is_bytes;           // results that are paths should be bytes
    int fd;                  // an int argument, when allowed; else -1
} OsPath;

enum {
    OS_PATH_ALLOW_FD = 1,    // an int is a file descriptor
    OS_PATH_ALLOW_NONE = 2,  // None stands for the current directory
};

// Converts `v` (str, bytes or os.PathLike, and an int or None when flags
// allow) for argument `arg` of function `func`. false with TypeError or
// ValueError worded as CPython's ("stat: path should be string, bytes,
// os.PathLike or integer, not list").
bool mod_os_path_convert(ThreadState *ts, Value v, const char *func, const char *arg, int flags,
                         OsPath *out);
void mod_os_path_release(OsPath *p);

// os.fspath(v): the str or bytes of a path-like object. New reference, or
// VNULL with TypeError "expected str, bytes or os.PathLike object, not int".
Value mod_os_fspath(ThreadState *ts, Value v);

// Raises the OSError subclass for errno `err` with the given filenames
// (VNULL for none). Always returns VNULL.
Value mod_os_error(ThreadState *ts, int err, Value filename, Value filename2);

// A str or bytes (as is_bytes says) holding data[0..len). New reference.
Value mod_os_path_value(ThreadState *ts, const char *data, int64_t len, bool is_bytes);

// The functions of mod_os_fs.c and mod_os_environ.c (ended by a NULL name).
extern const MethodDef mod_os_fs_functions[];
extern const MethodDef mod_os_environ_functions[];

// Adds stat_result, DirEntry and the other types of mod_os_fs.c to the os module.
void mod_os_fs_init(ThreadState *ts, Obj *module);
// Creates os.environ from the process environment and adds it to the module.
bool mod_os_environ_init(ThreadState *ts, Obj *module);
// The os.path module object (posixpath), created on first use and
// registered in sys.modules as "posixpath" and "os.path". New reference.
Value mod_os_path_module(ThreadState *ts);

#endif
