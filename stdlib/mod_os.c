// The os module: the process (getpid, kill, system, _exit...), file
// descriptors (open, read, write, pipe, close...), and the pieces shared
// by the rest of the module: path arguments and OSError.
//
// A path argument may be a str, bytes or an os.PathLike object (one with
// __fspath__); functions that accept a file descriptor also take an int.
// A failing call raises the OSError subclass that its errno stands for,
// with the argument as given as the filename, so the message reads as
// CPython's: "[Errno 2] No such file or directory: 'x'".
//
// Calls that may block (read, write, system, waiting) release the GIL
// around the system call only.
//
// See also: mod_os.h, mod_os_fs.c, mod_os_environ.c, mod_os_path.c.
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/obj_bytes.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_int.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/signals.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"
#include "stdlib/mod_os.h"
#include "stdlib/modules.h"

// An empty argument list: callees copy from it, so it must not be a null pointer.
#define NO_ARGS ((Value[1]){VNULL})

// --- paths and errors ---------------------------------------------------------------------

Value mod_os_fspath(ThreadState *ts, Value v) {
    if (val_is_str_like(v) || val_isinstance(v, &BytesType)) {
        return val_dup(v);
    }
    Value method = type_lookup_cstr(val_type(v), "__fspath__");
    if (val_is_null(method)) {
        return exc_raise(ts, &ExcTypeError, "expected str, bytes or os.PathLike object, not %s",
                         val_type_name(v));
    }
    Value r = obj_call_unbound(ts, method, v, NO_ARGS, 0);
    if (val_is_null(r)) {
        return VNULL;
    }
    if (!val_is_str_like(r) && !val_isinstance(r, &BytesType)) {
        exc_raise(ts, &ExcTypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                  val_type_name(v), val_type_name(r));
        val_decref(r);
        return VNULL;
    }
    return r;
}

static const char *expected_kinds(int flags) {
    switch (flags & (OS_PATH_ALLOW_FD | OS_PATH_ALLOW_NONE)) {
    case OS_PATH_ALLOW_FD: return "string, bytes, os.PathLike or integer";
    case OS_PATH_ALLOW_NONE: return "string, bytes, os.PathLike or None";
    case OS_PATH_ALLOW_FD | OS_PATH_ALLOW_NONE: return "string, bytes, os.PathLike, integer or None";
    default: return "string, bytes or os.PathLike";
    }
}

bool mod_os_path_convert(ThreadState *ts, Value v, const char *func, const char *arg, int flags,
                         OsPath *out) {
    memset(out, 0, sizeof *out);
    out->object = v;
    out->fd = -1;
    out->fspath = VNULL;
    if ((flags & OS_PATH_ALLOW_NONE) && val_is_none(v)) {
        out->path = ".";
        out->len = 1;
        return true;
    }
    if ((flags & OS_PATH_ALLOW_FD) && val_is_int_subclass(v)) {
        int64_t fd;
        if (!obj_index_i64(ts, v, &fd)) {
            return false;
        }
        if (fd < INT32_MIN || fd > INT32_MAX) {
            exc_raise(ts, &ExcOverflowError, "fd is greater than maximum");
            return false;
        }
        out->fd = (int)fd;
        return true;
    }
    Value p;
    if (val_is_str_like(v) || val_isinstance(v, &BytesType) ||
        !val_is_null(type_lookup_cstr(val_type(v), "__fspath__"))) {
        p = mod_os_fspath(ts, v);
        if (val_is_null(p)) {
            return false;
        }
    } else {
        exc_raise(ts, &ExcTypeError, "%s: %s should be %s, not %s", func, arg, expected_kinds(flags),
                  val_type_name(v));
        return false;
    }
    out->fspath = p;
    if (val_is_str_like(p)) {
        out->path = as_str(p)->data;
        out->len = as_str(p)->nbytes;
    } else {
        out->path = ((ObjBytes *)p.as.obj)->data;
        out->len = ((ObjBytes *)p.as.obj)->len;
        out->is_bytes = true;
    }
    if ((int64_t)strlen(out->path) != out->len) {
        if (out->is_bytes) {
            exc_raise(ts, &ExcValueError, "%s: embedded null character in %s", func, arg);
        } else {
            exc_raise(ts, &ExcValueError, "embedded null byte");
        }
        mod_os_path_release(out);
        return false;
    }
    return true;
}

void mod_os_path_release(OsPath *p) {
    val_clear(&p->fspath);
    p->path = NULL;
}

Value mod_os_error(ThreadState *ts, int err, Value filename, Value filename2) {
    Obj *msg = str_from_cstr(ts, strerror(err));
    if (!msg) {
        return VNULL;
    }
    Value args[5] = {val_int(err), val_obj(msg), filename, VNONE, filename2};
    int n = val_is_null(filename) ? 2 : val_is_null(filename2) ? 3 : 5;
    Value e = exc_new(ts, &ExcOSError, args, n);
    obj_decref(msg);
    if (val_is_null(e)) {
        return VNULL;
    }
    if (n == 5) {
        exc_set_attr(ts, e, "filename2", filename2);
    }
    exc_raise_object(ts, e);
    val_decref(e);
    return VNULL;
}

Value mod_os_path_value(ThreadState *ts, const char *data, int64_t len, bool is_bytes) {
    Obj *o = is_bytes ? bytes_new(ts, data, len) : str_decode_utf8(ts, data, len);
    return o ? val_obj(o) : VNULL;
}

static Value os_fspath(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"path"};
    Value a[1];
    if (!args_parse(ts, "fspath", args, nargs, kwnames, names, 1, 1, a)) {
        return VNULL;
    }
    return mod_os_fspath(ts, a[0]);
}

static Value os_fsencode(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "os", "fsencode", nargs, kwnames, 1, 1, ARGS_VARARGS)) {
        return VNULL;
    }
    Value p = mod_os_fspath(ts, args[0]);
    if (val_is_null(p) || !val_is_str_like(p)) {
        return p;
    }
    Obj *b = bytes_new(ts, as_str(p)->data, as_str(p)->nbytes);
    val_decref(p);
    return b ? val_obj(b) : VNULL;
}

static Value os_fsdecode(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "os", "fsdecode", nargs, kwnames, 1, 1, ARGS_VARARGS)) {
        return VNULL;
    }
    Value p = mod_os_fspath(ts, args[0]);
    if (val_is_null(p) || val_is_str_like(p)) {
        return p;
    }
    Value s = mod_os_path_value(ts, ((ObjBytes *)p.as.obj)->data, ((ObjBytes *)p.as.obj)->len, false);
    val_decref(p);
    return s;
}

// --- the process ----------------------------------------------------------------------------

#define ID_FN(name, call)                                                                     \
    static Value os_##name(ThreadState *ts, Value self, Value *args, int64_t nargs,           \
                           Obj *kwnames) {                                                    \
        (void)self;                                                                           \
        (void)args;                                                                           \
        if (!args_check(ts, "os", #name, nargs, kwnames, 0, 0, ARGS_FIXED)) {                 \
            return VNULL;                                                                     \
        }                                                                                     \
        return val_int((int64_t)call());                                                      \
    }

ID_FN(getpid, getpid)
ID_FN(getppid, getppid)
ID_FN(getuid, getuid)
ID_FN(geteuid, geteuid)
ID_FN(getgid, getgid)
ID_FN(getegid, getegid)
ID_FN(getpgrp, getpgrp)

static Value os_getlogin(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "os", "getlogin", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    char name[256];
    int err = getlogin_r(name, sizeof name);
    if (err != 0) {
        return mod_os_error(ts, err, VNULL, VNULL);
    }
    Obj *s = str_from_cstr(ts, name);
    return s ? val_obj(s) : VNULL;
}

static Value os_cpu_count(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "os", "cpu_count", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n >= 1 ? val_int(n) : VNONE;
}

static Value os_kill(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int64_t pid, sig;
    if (!args_check(ts, "os", "kill", nargs, kwnames, 2, 2, ARGS_CLINIC) ||
        !obj_index_i64(ts, args[0], &pid) || !obj_index_i64(ts, args[1], &sig)) {
        return VNULL;
    }
    if (kill((pid_t)pid, (int)sig) != 0) {
        return mod_os_error(ts, errno, VNULL, VNULL);
    }
    // A signal sent to this very process: its handler runs now, before
    // the script goes on, as it does in CPython.
    if (signals_pending() && !signals_run_handlers(ts)) {
        return VNULL;
    }
    return VNONE;
}

static Value os_exit(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int64_t status;
    if (!args_check(ts, "os", "_exit", nargs, kwnames, 1, 1, ARGS_CLINIC) ||
        !obj_index_i64(ts, args[0], &status)) {
        return VNULL;
    }
    // Output the script buffered through C stdio would be lost otherwise.
    fflush(stdout);
    fflush(stderr);
    _exit((int)status);
}

static Value os_system(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"command"};
    Value a[1];
    if (!args_parse(ts, "system", args, nargs, kwnames, names, 1, 1, a)) {
        return VNULL;
    }
    OsPath cmd;
    if (!mod_os_path_convert(ts, a[0], "system", "command", 0, &cmd)) {
        return VNULL;
    }
    // The command runs with a copy: no object is touched without the GIL.
    char *copy = cs_strdup(cmd.path);
    mod_os_path_release(&cmd);
    fflush(stdout);
    fflush(stderr);
    gil_release_for_io(ts);   // releases the GIL
    int status = system(copy);
    gil_acquire_after_io(ts);
    cs_free(copy);
    return val_int(status);
}

static Value os_strerror(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int64_t code;
    if (!args_check(ts, "os", "strerror", nargs, kwnames, 1, 1, ARGS_CLINIC) ||
        !obj_index_i64(ts, args[0], &code)) {
        return VNULL;
    }
    Obj *s = str_from_cstr(ts, strerror((int)code));
    return s ? val_obj(s) : VNULL;
}

static Value os_urandom(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int64_t n;
    if (!args_check(ts, "os", "urandom", nargs, kwnames, 1, 1, ARGS_CLINIC) ||
        !obj_index_i64(ts, args[0], &n)) {
        return VNULL;
    }
    if (n < 0) {
        return exc_raise(ts, &ExcValueError, "negative argument not allowed");
    }
    char *buf = cs_malloc_or_raise(ts, (size_t)(n ? n : 1));
    if (!buf) {
        return VNULL;
    }
    for (int64_t done = 0; done < n;) {
        ssize_t got = getrandom(buf + done, (size_t)(n - done), 0);
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            cs_free(buf);
            return mod_os_error(ts, errno, VNULL, VNULL);
        }
        done += got;
    }
    Obj *b = bytes_new(ts, buf, n);
    cs_free(buf);
    return b ? val_obj(b) : VNULL;
}

static Value os_umask(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int64_t mask;
    if (!args_check(ts, "os", "umask", nargs, kwnames, 1, 1, ARGS_CLINIC) ||
        !obj_index_i64(ts, args[0], &mask)) {
        return VNULL;
    }
    return val_int((int64_t)umask((mode_t)mask));
}

// --- struct sequences: times_result and terminal_size -------------------------------------

// A tuple whose items are also attributes, like CPython's struct sequences.
static Value struct_field(ThreadState *ts, Value v, Obj *name, const char *const *fields, int n) {
    for (int i = 0; i < n; i++) {
        if (str_eq_cstr(name, fields[i])) {
            return val_dup(tuple_get(v.as.obj, i));
        }
    }
    return generic_getattr(ts, v, name);
}

static Value struct_repr(ThreadState *ts, Value v, const char *type_name, const char *const *fields, int n) {
    StrBuf sb;
    strbuf_init(&sb);
    strbuf_printf(&sb, "%s(", type_name);
    for (int i = 0; i < n; i++) {
        Value r = obj_repr(ts, tuple_get(v.as.obj, i));
        if (val_is_null(r)) {
            strbuf_free(&sb);
            return VNULL;
        }
        strbuf_printf(&sb, "%s%s=%s", i ? ", " : "", fields[i], as_str(r)->data);
        val_decref(r);
    }
    strbuf_append_char(&sb, ')');
    Obj *s = str_new(ts, sb.data, (int64_t)sb.len);
    strbuf_free(&sb);
    return s ? val_obj(s) : VNULL;
}

static const char *const times_fields[] = {"user", "system", "children_user", "children_system", "elapsed"};
static const char *const terminal_fields[] = {"columns", "lines"};

static Value times_getattr(ThreadState *ts, Value v, Obj *name) {
    return struct_field(ts, v, name, times_fields, 5);
}
static Value times_repr(ThreadState *ts, Value v) {
    return struct_repr(ts, v, "posix.times_result", times_fields, 5);
}
static Value terminal_getattr(ThreadState *ts, Value v, Obj *name) {
    return struct_field(ts, v, name, terminal_fields, 2);
}
static Value terminal_repr(ThreadState *ts, Value v) {
    return struct_repr(ts, v, "os.terminal_size", terminal_fields, 2);
}

static Type TimesResultType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "times_result",
    .base_type = &TupleType,
    .basic_size = sizeof(ObjTuple),
    .repr = times_repr,
    .getattr = times_getattr,
};

static Type TerminalSizeType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "terminal_size",
    .base_type = &TupleType,
    .basic_size = sizeof(ObjTuple),
    .repr = terminal_repr,
    .getattr = terminal_getattr,
};

// A struct sequence of `type` holding n unboxed values.
static Value make_struct(ThreadState *ts, Type *type, const Value *items, int n) {
    ObjTuple *t = (ObjTuple *)obj_alloc(ts, type, sizeof(ObjTuple) + (size_t)n * sizeof(Value));
    if (!t) {
        return VNULL;
    }
    t->len = n;
    memcpy(t->items, items, (size_t)n * sizeof(Value));
    return val_obj(&t->base);
}

static Value os_times(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "os", "times", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    struct tms t;
    clock_t elapsed = times(&t);
    if (elapsed == (clock_t)-1) {
        return mod_os_error(ts, errno, VNULL, VNULL);
    }
    double tick = (double)sysconf(_SC_CLK_TCK);
    Value items[5] = {val_float((double)t.tms_utime / tick), val_float((double)t.tms_stime / tick),
                      val_float((double)t.tms_cutime / tick), val_float((double)t.tms_cstime / tick),
                      val_float((double)elapsed / tick)};
    return make_struct(ts, &TimesResultType, items, 5);
}

static Value os_get_terminal_size(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int64_t fd = STDOUT_FILENO;
    if (!args_check(ts, "os", "get_terminal_size", nargs, kwnames, 0, 1, ARGS_CLINIC) ||
        (nargs == 1 && !obj_index_i64(ts, args[0], &fd))) {
        return VNULL;
    }
    struct winsize w;
    if (ioctl((int)fd, TIOCGWINSZ, &w) != 0) {
        return mod_os_error(ts, errno, VNULL, VNULL);
    }
    Value items[2] = {val_int(w.ws_col), val_int(w.ws_row)};
    return make_struct(ts, &TerminalSizeType, items, 2);
}

// --- file descriptors -----------------------------------------------------------------------

static bool fd_arg(ThreadState *ts, Value v, int *fd) {
    int64_t n;
    if (!obj_index_i64(ts, v, &n)) {
        return false;
    }
    *fd = (int)n;
    return true;
}

// A system call was interrupted by a signal: runs the handlers, and says
// whether one of them raised.
static bool interrupted(ThreadState *ts) { return signals_pending() && !signals_run_handlers(ts); }

static Value os_open(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"path", "flags", "mode"};
    Value a[3];
    int64_t flags, mode = 0777;
    if (!args_parse(ts, "open", args, nargs, kwnames, names, 3, 2, a) || !obj_index_i64(ts, a[1], &flags) ||
        (!val_is_null(a[2]) && !obj_index_i64(ts, a[2], &mode))) {
        return VNULL;
    }
    OsPath p;
    if (!mod_os_path_convert(ts, a[0], "open", "path", 0, &p)) {
        return VNULL;
    }
    // Descriptors are not inherited by child processes, as in CPython.
    int fd;
    do {
        fd = open(p.path, (int)flags | O_CLOEXEC, (mode_t)mode);
    } while (fd < 0 && errno == EINTR);
    Value r = fd < 0 ? mod_os_error(ts, errno, a[0], VNULL) : val_int(fd);
    mod_os_path_release(&p);
    return r;
}

static Value os_close(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int fd;
    if (!args_check(ts, "os", "close", nargs, kwnames, 1, 1, ARGS_CLINIC) || !fd_arg(ts, args[0], &fd)) {
        return VNULL;
    }
    if (close(fd) != 0 && errno != EINTR) {
        return mod_os_error(ts, errno, VNULL, VNULL);
    }
    return VNONE;
}

static Value os_read(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int fd;
    int64_t n;
    if (!args_check(ts, "os", "read", nargs, kwnames, 2, 2, ARGS_CLINIC) || !fd_arg(ts, args[0], &fd) ||
        !obj_index_i64(ts, args[1], &n)) {
        return VNULL;
    }
    if (n < 0) {
        return mod_os_error(ts, EINVAL, VNULL, VNULL);
    }
    char *buf = cs_malloc_or_raise(ts, (size_t)(n ? n : 1));
    if (!buf) {
        return VNULL;
    }
    ssize_t got;
    for (;;) {
        gil_release_for_io(ts);   // releases the GIL
        got = read(fd, buf, (size_t)n);
        int err = errno;
        gil_acquire_after_io(ts);
        errno = err;
        if (got >= 0 || errno != EINTR) {
            break;
        }
        if (interrupted(ts)) {
            cs_free(buf);
            return VNULL;
        }
    }
    Obj *b = got < 0 ? NULL : bytes_new(ts, buf, got);
    Value r = got < 0 ? mod_os_error(ts, errno, VNULL, VNULL) : b ? val_obj(b) : VNULL;
    cs_free(buf);
    return r;
}

static Value os_write(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int fd;
    const char *data;
    int64_t len;
    if (!args_check(ts, "os", "write", nargs, kwnames, 2, 2, ARGS_CLINIC) || !fd_arg(ts, args[0], &fd) ||
        !bytes_view(ts, args[1], &data, &len)) {
        return VNULL;
    }
    // Copy first: a bytearray may change while the GIL is released.
    char *copy = cs_malloc_or_raise(ts, (size_t)(len ? len : 1));
    if (!copy) {
        return VNULL;
    }
    memcpy(copy, data, (size_t)len);
    ssize_t written;
    for (;;) {
        gil_release_for_io(ts);   // releases the GIL
        written = write(fd, copy, (size_t)len);
        int err = errno;
        gil_acquire_after_io(ts);
        errno = err;
        if (written >= 0 || errno != EINTR) {
            break;
        }
        if (interrupted(ts)) {
            cs_free(copy);
            return VNULL;
        }
    }
    cs_free(copy);
    return written < 0 ? mod_os_error(ts, errno, VNULL, VNULL) : val_int(written);
}

static Value os_pipe(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "os", "pipe", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        return mod_os_error(ts, errno, VNULL, VNULL);
    }
    Obj *t = tuple_pack(ts, 2, val_int(fds[0]), val_int(fds[1]));
    return t ? val_obj(t) : VNULL;
}

static Value os_dup(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int fd;
    if (!args_check(ts, "os", "dup", nargs, kwnames, 1, 1, ARGS_CLINIC) || !fd_arg(ts, args[0], &fd)) {
        return VNULL;
    }
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    return r < 0 ? mod_os_error(ts, errno, VNULL, VNULL) : val_int(r);
}

static Value os_dup2(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int fd, fd2;
    if (!args_check(ts, "os", "dup2", nargs, kwnames, 2, 3, ARGS_CLINIC) || !fd_arg(ts, args[0], &fd) ||
        !fd_arg(ts, args[1], &fd2)) {
        return VNULL;
    }
    // dup2 makes an inheritable descriptor by default, as CPython's does.
    int r = dup2(fd, fd2);
    return r < 0 ? mod_os_error(ts, errno, VNULL, VNULL) : val_int(r);
}

static Value os_lseek(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int fd;
    int64_t pos, how;
    if (!args_check(ts, "os", "lseek", nargs, kwnames, 3, 3, ARGS_CLINIC) || !fd_arg(ts, args[0], &fd) ||
        !obj_index_i64(ts, args[1], &pos) || !obj_index_i64(ts, args[2], &how)) {
        return VNULL;
    }
    off_t r = lseek(fd, (off_t)pos, (int)how);
    return r < 0 ? mod_os_error(ts, errno, VNULL, VNULL) : val_int((int64_t)r);
}

static Value os_isatty(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int fd;
    if (!args_check(ts, "os", "isatty", nargs, kwnames, 1, 1, ARGS_CLINIC) || !fd_arg(ts, args[0], &fd)) {
        return VNULL;
    }
    return val_bool(isatty(fd));
}

// --- the module -----------------------------------------------------------------------------

static const MethodDef os_functions[] = {
    {"fspath", os_fspath, 0, "Return the file system path representation of the object."},
    {"fsencode", os_fsencode, 0, "Encode filename (an os.PathLike, bytes, or str) to the filesystem encoding."},
    {"fsdecode", os_fsdecode, 0, "Decode filename (an os.PathLike, bytes, or str) from the filesystem encoding."},
    {"getpid", os_getpid, 0, "Return the current process id."},
    {"getppid", os_getppid, 0, "Return the parent's process id."},
    {"getuid", os_getuid, 0, "Return the current process's user id."},
    {"geteuid", os_geteuid, 0, "Return the current process's effective user id."},
    {"getgid", os_getgid, 0, "Return the current process's group id."},
    {"getegid", os_getegid, 0, "Return the current process's effective group id."},
    {"getpgrp", os_getpgrp, 0, "Return the current process group id."},
    {"getlogin", os_getlogin, 0, "Return the actual login name."},
    {"cpu_count", os_cpu_count, 0, "Return the number of CPUs in the system; return None if indeterminable."},
    {"kill", os_kill, 0, "Kill a process with a signal."},
    {"_exit", os_exit, 0, "Exit to the system with specified status, without normal exit processing."},
    {"system", os_system, 0, "Execute the command in a subshell."},
    {"strerror", os_strerror, 0, "Translate an error code to a message string."},
    {"urandom", os_urandom, 0, "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"umask", os_umask, 0, "Set the current numeric umask and return the previous umask."},
    {"times", os_times, 0, "Return a collection containing process timing information."},
    {"get_terminal_size", os_get_terminal_size, 0, "Return the size of the terminal window as (columns, lines)."},
    {"open", os_open, 0, "Open a file for low level IO.  Returns a file descriptor (integer)."},
    {"close", os_close, 0, "Close a file descriptor."},
    {"read", os_read, 0, "Read from a file descriptor.  Returns a bytes object."},
    {"write", os_write, 0, "Write a bytes object to a file descriptor."},
    {"pipe", os_pipe, 0, "Create a pipe."},
    {"dup", os_dup, 0, "Return a duplicate of a file descriptor."},
    {"dup2", os_dup2, 0, "Duplicate file descriptor."},
    {"lseek", os_lseek, 0, "Set the position of a file descriptor.  Return the new position."},
    {"isatty", os_isatty, 0, "Return True if the fd is connected to a terminal."},
    {NULL, NULL, 0, NULL},
};

static const struct {
    const char *name;
    int64_t value;
} os_constants[] = {
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_APPEND", O_APPEND},
    {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK},
    {"O_CLOEXEC", O_CLOEXEC}, {"O_NOCTTY", O_NOCTTY}, {"O_SYNC", O_SYNC}, {"O_DIRECTORY", O_DIRECTORY},
    {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
    {"EX_OK", 0},
    {NULL, 0},
};

static const struct {
    const char *name;
    const char *value;
} os_strings[] = {
    {"name", "posix"}, {"sep", "/"}, {"linesep", "\n"}, {"devnull", "/dev/null"}, {"curdir", "."},
    {"pardir", ".."}, {"extsep", "."}, {"pathsep", ":"}, {"defpath", "/bin:/usr/bin"},
    {NULL, NULL},
};

Value os_module_create(ThreadState *ts) {
    Obj *m = module_new(ts, "os");
    if (!m) {
        return VNULL;
    }
    if (!(TimesResultType.flags & TYPE_READY)) {
        type_ready(ts, &TimesResultType);
        TimesResultType.module = str_intern_cstr("posix");
        type_ready(ts, &TerminalSizeType);
        TerminalSizeType.module = str_intern_cstr("os");
    }
    module_add_functions(ts, m, os_functions);
    module_add_functions(ts, m, mod_os_fs_functions);
    module_add_functions(ts, m, mod_os_environ_functions);
    mod_os_fs_init(ts, m);
    for (int i = 0; os_constants[i].name; i++) {
        module_set(ts, m, os_constants[i].name, val_int(os_constants[i].value));
    }
    for (int i = 0; os_strings[i].name; i++) {
        module_set(ts, m, os_strings[i].name, val_obj(str_intern_cstr(os_strings[i].value)));
    }
    module_set(ts, m, "altsep", VNONE);
    module_set(ts, m, "error", val_obj(&ExcOSError.base));
    module_set(ts, m, "times_result", val_obj(&TimesResultType.base));
    module_set(ts, m, "terminal_size", val_obj(&TerminalSizeType.base));
    if (!mod_os_environ_init(ts, m)) {
        obj_decref(m);
        return VNULL;
    }
    Value path = mod_os_path_module(ts);
    if (val_is_null(path) || module_set_steal(ts, m, "path", path) < 0) {
        obj_decref(m);
        return VNULL;
    }
    return val_obj(m);
}
