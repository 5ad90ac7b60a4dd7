// The _process module: the C primitives under multiprocessing
// (stdlib/multiprocessing/) and pickle (stdlib/pickle.cs).
//
// A child process is always a fresh cs (spawn): fork immediately followed
// by exec of our own binary, so the child inherits no threads and no held
// locks, only the file descriptors it is told to keep. What it runs
// travels by value over a pipe: functions as their code objects
// (code_dumps / code_loads here, the rest in pickle.cs), rebuilt with
// make_function and make_cell.
//
// Shm is a block of memory shared between a parent and its children (a
// memfd, inherited by descriptor number), starting with a process-shared
// semaphore and flag: multiprocessing's Value, Array, Lock, Semaphore,
// Event and Queue are built on it.
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "interp/opcodes.h"
#include "runtime/args.h"
#include "runtime/obj_bytes.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_list.h"
#include "runtime/obj_module.h"
#include "runtime/obj_set.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/signals.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"
#include "stdlib/modules.h"

// Small accessors for the built-in layouts used below.
static inline int64_t list_len(Obj *l) { return ((ObjList *)l)->len; }
static inline Value list_get(Obj *l, int64_t i) { return ((ObjList *)l)->items[i]; }
static inline int64_t str_nbytes(Obj *s) { return ((ObjStr *)s)->nbytes; }
static inline int64_t bytes_len(Obj *b) { return ((ObjBytes *)b)->len; }
static inline const char *bytes_data(Obj *b) { return ((ObjBytes *)b)->data; }
static inline int64_t set_len(Obj *s) { return ((ObjSet *)s)->len; }

// --- spawning and waiting ------------------------------------------------------------------

// spawn(path, argv, keep_fds): fork + exec path with argv (a list of str);
// the descriptors in keep_fds stay open in the child, every other one
// marked close-on-exec closes. Returns the child's pid.
static Value p_spawn(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "_process", "spawn", nargs, kwnames, 3, 3, ARGS_FIXED)) {
        return VNULL;
    }
    if (!val_is_str(args[0]) || !val_has_type(args[1], &ListType) || !val_has_type(args[2], &ListType)) {
        return exc_raise(ts, &ExcTypeError, "spawn(path: str, argv: list, keep_fds: list)");
    }
    Obj *argv_list = args[1].as.obj, *fd_list = args[2].as.obj;
    int64_t argc = list_len(argv_list), nfds = list_len(fd_list);
    char **argv = cs_calloc((size_t)argc + 1, sizeof(char *));
    int *fds = cs_calloc((size_t)nfds + 1, sizeof(int));
    if (!argv || !fds) {
        cs_free(argv);
        cs_free(fds);
        return exc_raise(ts, &ExcMemoryError, NULL);
    }
    Value result = VNULL;
    for (int64_t i = 0; i < argc; i++) {
        Value a = list_get(argv_list, i);
        if (!val_is_str(a)) {
            exc_raise(ts, &ExcTypeError, "argv must hold str");
            goto done;
        }
        argv[i] = (char *)str_cstr(a.as.obj);
    }
    for (int64_t i = 0; i < nfds; i++) {
        int64_t fd;
        if (!val_is_int(list_get(fd_list, i)) || !int_to_i64(list_get(fd_list, i), &fd) || fd < 0 ||
            fd > INT32_MAX) {
            exc_raise(ts, &ExcValueError, "bad file descriptor in keep_fds");
            goto done;
        }
        fds[i] = (int)fd;
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        exc_raise_errno(ts, errno, NULL);
        goto done;
    }
    if (pid == 0) {
        // Only async-signal-safe calls until exec: the parent may have threads.
        for (int64_t i = 0; i < nfds; i++) {
            int flags = fcntl(fds[i], F_GETFD);
            if (flags >= 0) {
                fcntl(fds[i], F_SETFD, flags & ~FD_CLOEXEC);
            }
        }
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        execv(argv[0], argv);
        _exit(127);
    }
    result = val_int(pid);
done:
    cs_free(argv);
    cs_free(fds);
    return result;
}

// The exit code as multiprocessing reports it: the status, or minus the
// number of the signal that killed the process.
static int64_t exit_code(int status) {
    if (WIFSIGNALED(status)) {
        return -WTERMSIG(status);
    }
    return WEXITSTATUS(status);
}

// waitpid(pid, block): the child's exit code once it has ended, else
// None (only when not blocking). Waits with the GIL released; the main
// thread wakes every 10 ms for signals, so Ctrl-C interrupts a join.
static Value p_waitpid(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "_process", "waitpid", nargs, kwnames, 2, 2, ARGS_FIXED)) {
        return VNULL;
    }
    int64_t pid;
    if (!val_is_int(args[0]) || !int_to_i64(args[0], &pid) || pid <= 0) {
        return exc_raise(ts, &ExcValueError, "bad pid");
    }
    int block = obj_truth(ts, args[1]);
    if (block < 0) {
        return VNULL;
    }
    for (;;) {
        int status;
        pid_t r = waitpid((pid_t)pid, &status, WNOHANG);
        if (r == (pid_t)pid) {
            return val_int(exit_code(status));
        }
        if (r < 0 && errno != EINTR) {
            return exc_raise_errno(ts, errno, NULL);
        }
        if (!block) {
            return VNONE;
        }
        if (signals_pending() && !signals_run_handlers(ts)) {
            return VNULL;
        }
        // No portable way to wait for one child with a timeout: poll,
        // starting fast so that a short child is seen at once.
        gil_release_for_block(ts);
        struct timespec nap = {0, 1000000};
        nanosleep(&nap, NULL);
        gil_acquire_after_io(ts);
    }
}

// wait_readable(fd, timeout): True once fd has data (or its other end is
// closed), False after timeout seconds (None: no limit). Waits with the
// GIL released, in slices of 10 ms so that Ctrl-C is seen.
static Value p_wait_readable(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "_process", "wait_readable", nargs, kwnames, 2, 2, ARGS_FIXED)) {
        return VNULL;
    }
    int64_t fd;
    if (!val_is_int(args[0]) || !int_to_i64(args[0], &fd) || fd < 0 || fd > INT32_MAX) {
        return exc_raise(ts, &ExcValueError, "bad file descriptor");
    }
    double secs = -1;
    if (!val_is_none(args[1]) && !val_to_double(ts, args[1], &secs)) {
        return VNULL;
    }
    uint64_t start = gil_now_ns();
    for (;;) {
        int slice_ms = 10;
        if (secs >= 0) {
            double left_ms = secs * 1e3 - (double)(gil_now_ns() - start) / 1e6;
            slice_ms = left_ms <= 0 ? 0 : left_ms < 10 ? (int)ceil(left_ms) : 10;
        }
        struct pollfd p = {.fd = (int)fd, .events = POLLIN};
        int n;
        if (slice_ms == 0) {
            n = poll(&p, 1, 0);
        } else {
            gil_release_for_block(ts);
            n = poll(&p, 1, slice_ms);
            gil_acquire_after_io(ts);
        }
        if (n > 0) {
            if (p.revents & POLLNVAL) {
                return exc_raise_errno(ts, EBADF, NULL);
            }
            return val_bool(true);
        }
        if (n < 0 && errno != EINTR) {
            return exc_raise_errno(ts, errno, NULL);
        }
        if (signals_pending() && !signals_run_handlers(ts)) {
            return VNULL;
        }
        if (slice_ms == 0) {
            return val_bool(false);
        }
    }
}

// --- rebuilding functions ------------------------------------------------------------------

// make_function(code, globals, name, qualname, defaults, kwdefaults, closure)
static Value p_make_function(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "_process", "make_function", nargs, kwnames, 7, 7, ARGS_FIXED)) {
        return VNULL;
    }
    if (!val_has_type(args[0], &CodeType) || !val_is_dict(args[1]) || !val_is_str(args[2]) ||
        !val_is_str(args[3])) {
        return exc_raise(ts, &ExcTypeError, "make_function: bad arguments");
    }
    ObjCode *code = (ObjCode *)args[0].as.obj;
    Value defaults = args[4], kwdefaults = args[5], closure = args[6];
    int64_t nclosure = val_is_none(closure) ? 0 : val_has_type(closure, &TupleType) ? tuple_len(closure.as.obj) : -1;
    if ((!val_is_none(defaults) && !val_has_type(defaults, &TupleType)) ||
        (!val_is_none(kwdefaults) && !val_is_dict(kwdefaults)) || nclosure != code->nfree) {
        return exc_raise(ts, &ExcTypeError, "make_function: bad defaults or closure");
    }
    for (int64_t i = 0; i < nclosure; i++) {
        if (!val_has_type(tuple_get(closure.as.obj, i), &CellType)) {
            return exc_raise(ts, &ExcTypeError, "make_function: closure must hold cells");
        }
    }
    ObjFunction *f = (ObjFunction *)function_new(ts, code, args[1].as.obj, args[3].as.obj);
    if (!f) {
        return VNULL;
    }
    obj_decref(f->name);
    f->name = args[2].as.obj;
    obj_incref(f->name);
    if (!val_is_none(defaults)) {
        f->defaults = defaults.as.obj;
        obj_incref(f->defaults);
    }
    if (!val_is_none(kwdefaults)) {
        f->kwdefaults = kwdefaults.as.obj;
        obj_incref(f->kwdefaults);
    }
    if (nclosure) {
        f->closure = closure.as.obj;
        obj_incref(f->closure);
    }
    return val_obj(&f->base);
}

// make_cell(): an empty cell; cell_set(cell, value) fills it.
static Value p_make_cell(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "_process", "make_cell", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    Obj *c = cell_new(ts, VNULL);
    return c ? val_obj(c) : VNULL;
}

static Value p_cell_set(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "_process", "cell_set", nargs, kwnames, 2, 2, ARGS_FIXED)) {
        return VNULL;
    }
    if (!val_has_type(args[0], &CellType)) {
        return exc_raise(ts, &ExcTypeError, "cell_set: not a cell");
    }
    val_set(&((ObjCell *)args[0].as.obj)->value, val_dup(args[1]));
    return VNONE;
}

// code_globals(code): the global names the code's own instructions use
// (LOAD_GLOBAL's, kept in its inline caches, and those of co_names), for
// sending a function's globals along with it.
static Value p_code_globals(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "_process", "code_globals", nargs, kwnames, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    if (!val_has_type(args[0], &CodeType)) {
        return exc_raise(ts, &ExcTypeError, "code_globals() argument must be a code object");
    }
    ObjCode *c = (ObjCode *)args[0].as.obj;
    Obj *out = set_new(ts, &SetType);
    if (!out) {
        return VNULL;
    }
    for (int i = 0; i < c->nnames; i++) {
        if (set_add(ts, out, val_obj(c->names[i])) < 0) {
            goto fail;
        }
    }
    for (int i = 0; i < c->ncode; i++) {
        if (INSTR_OP(c->code[i]) == OP_LOAD_GLOBAL &&
            set_add(ts, out, val_obj(c->caches[INSTR_ARG(c->code[i])].name)) < 0) {
            goto fail;
        }
    }
    return val_obj(out);
fail:
    obj_decref(out);
    return VNULL;
}

// --- code objects as bytes -----------------------------------------------------------------
//
// The child runs the same binary, so the layout of instructions, positions
// and the exception table is copied as it is; constants are written by
// kind. Nothing here is meant to be read by anything but cs itself.

enum { K_NONE, K_TRUE, K_FALSE, K_INT, K_BIGINT, K_FLOAT, K_STR, K_BYTES, K_TUPLE, K_FROZENSET,
       K_CODE, K_ELLIPSIS };

static void put_i64(StrBuf *b, int64_t v) { strbuf_append(b, (const char *)&v, sizeof v); }

static void put_str(StrBuf *b, Obj *s) {
    put_i64(b, str_nbytes(s));
    strbuf_append(b, str_cstr(s), (size_t)str_nbytes(s));
}

static bool dump_code(ThreadState *ts, ObjCode *c, StrBuf *b, int depth);

static bool dump_const(ThreadState *ts, Value v, StrBuf *b, int depth) {
    if (depth > 200) {
        exc_raise(ts, &ExcRecursionError, "maximum recursion depth exceeded while marshalling a code object");
        return false;
    }
    if (val_is_none(v)) {
        strbuf_append_char(b, K_NONE);
    } else if (val_is_bool(v)) {
        strbuf_append_char(b, v.as.i ? K_TRUE : K_FALSE);
    } else if (val_is_int(v)) {
        strbuf_append_char(b, K_INT);
        put_i64(b, v.as.i);
    } else if (val_is_float(v)) {
        strbuf_append_char(b, K_FLOAT);
        strbuf_append(b, (const char *)&v.as.f, sizeof v.as.f);
    } else if (val_is_str(v)) {
        strbuf_append_char(b, K_STR);
        put_str(b, v.as.obj);
    } else if (val_has_type(v, &BytesType)) {
        strbuf_append_char(b, K_BYTES);
        put_i64(b, bytes_len(v.as.obj));
        strbuf_append(b, bytes_data(v.as.obj), (size_t)bytes_len(v.as.obj));
    } else if (val_has_type(v, &IntType)) {
        Obj *s = int_to_str(ts, v, 16);
        if (!s) {
            return false;
        }
        strbuf_append_char(b, K_BIGINT);
        put_str(b, s);
        obj_decref(s);
    } else if (val_has_type(v, &TupleType)) {
        strbuf_append_char(b, K_TUPLE);
        put_i64(b, tuple_len(v.as.obj));
        for (int64_t i = 0; i < tuple_len(v.as.obj); i++) {
            if (!dump_const(ts, tuple_get(v.as.obj, i), b, depth + 1)) {
                return false;
            }
        }
    } else if (val_has_type(v, &FrozenSetType)) {
        strbuf_append_char(b, K_FROZENSET);
        put_i64(b, set_len(v.as.obj));
        int64_t pos = 0;
        Value key;
        while (set_next(v.as.obj, &pos, &key)) {
            if (!dump_const(ts, key, b, depth + 1)) {
                return false;
            }
        }
    } else if (val_has_type(v, &CodeType)) {
        strbuf_append_char(b, K_CODE);
        return dump_code(ts, (ObjCode *)v.as.obj, b, depth + 1);
    } else if (v.tag == VAL_OBJ && v.as.obj == &EllipsisObj) {
        strbuf_append_char(b, K_ELLIPSIS);
    } else {
        exc_raise(ts, &ExcValueError, "unmarshallable constant of type '%s'", val_type_name(v));
        return false;
    }
    return true;
}

static bool dump_code(ThreadState *ts, ObjCode *c, StrBuf *b, int depth) {
    int64_t header[] = {c->ncode, c->nconsts, c->nnames, c->nlocals, c->ncells, c->nfree,
                        c->argcount, c->posonlyargcount, c->kwonlyargcount, c->flags, c->simple_args,
                        c->stacksize, c->nexc, c->ncaches, c->firstlineno, c->cell2arg != NULL};
    strbuf_append(b, (const char *)header, sizeof header);
    strbuf_append(b, (const char *)c->code, sizeof(uint32_t) * (size_t)c->ncode);
    strbuf_append(b, (const char *)c->locs, sizeof(CodeLoc) * (size_t)c->ncode);
    for (int i = 0; i < c->nconsts; i++) {
        if (!dump_const(ts, c->consts[i], b, depth)) {
            return false;
        }
    }
    for (int i = 0; i < c->nnames; i++) {
        put_str(b, c->names[i]);
    }
    for (int i = 0; i < code_nlocalsplus(c); i++) {
        put_str(b, c->localnames[i]);
    }
    if (c->cell2arg) {
        strbuf_append(b, (const char *)c->cell2arg, sizeof(int) * (size_t)c->ncells);
    }
    strbuf_append(b, (const char *)c->exctable, sizeof(ExcEntry) * (size_t)c->nexc);
    for (int i = 0; i < c->ncaches; i++) {
        put_str(b, c->caches[i].name);
    }
    put_str(b, c->name);
    put_str(b, c->qualname);
    put_str(b, c->filename);
    return true;
}

static Value p_code_dumps(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "_process", "code_dumps", nargs, kwnames, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    if (!val_has_type(args[0], &CodeType)) {
        return exc_raise(ts, &ExcTypeError, "code_dumps() argument must be a code object");
    }
    StrBuf b;
    strbuf_init(&b);
    if (!dump_code(ts, (ObjCode *)args[0].as.obj, &b, 0)) {
        strbuf_free(&b);
        return VNULL;
    }
    Obj *out = bytes_new(ts, b.data, (int64_t)b.len);
    strbuf_free(&b);
    return out ? val_obj(out) : VNULL;
}

typedef struct Reader {
    const char *p, *end;
} Reader;

static bool take(ThreadState *ts, Reader *r, void *dst, size_t n) {
    if ((size_t)(r->end - r->p) < n) {
        exc_raise(ts, &ExcValueError, "bad marshal data (truncated)");
        return false;
    }
    memcpy(dst, r->p, n);
    r->p += n;
    return true;
}

// A str (a new reference), interned when `intern` (names must be).
static Obj *take_str(ThreadState *ts, Reader *r, bool intern) {
    int64_t n;
    if (!take(ts, r, &n, sizeof n)) {
        return NULL;
    }
    if (n < 0 || n > r->end - r->p) {
        exc_raise(ts, &ExcValueError, "bad marshal data (string size)");
        return NULL;
    }
    Obj *s = str_decode_utf8(ts, r->p, n);
    r->p += n;
    return s && intern ? str_intern(ts, s) : s;   // str_intern steals s
}

// A new code object, or NULL with an exception.
static ObjCode *load_code(ThreadState *ts, Reader *r, int depth);

// A new reference, or VNULL with an exception.
static Value load_const(ThreadState *ts, Reader *r, int depth) {
    char kind;
    if (depth > 200) {
        return exc_raise(ts, &ExcValueError, "bad marshal data (too deep)");
    }
    if (!take(ts, r, &kind, 1)) {
        return VNULL;
    }
    int64_t n;
    switch (kind) {
    case K_NONE: return VNONE;
    case K_TRUE: return val_bool(true);
    case K_FALSE: return val_bool(false);
    case K_ELLIPSIS: return val_dup(val_obj(&EllipsisObj));
    case K_INT: return take(ts, r, &n, sizeof n) ? val_int(n) : VNULL;
    case K_FLOAT: {
        double d;
        return take(ts, r, &d, sizeof d) ? val_float(d) : VNULL;
    }
    case K_STR: {
        Obj *s = take_str(ts, r, false);
        return s ? val_obj(s) : VNULL;
    }
    case K_BIGINT: {
        Obj *s = take_str(ts, r, false);
        if (!s) {
            return VNULL;
        }
        Value v = int_from_string(ts, str_cstr(s), str_nbytes(s), 16);
        obj_decref(s);
        return v;
    }
    case K_BYTES: {
        if (!take(ts, r, &n, sizeof n)) {
            return VNULL;
        }
        if (n < 0 || n > r->end - r->p) {
            return exc_raise(ts, &ExcValueError, "bad marshal data (bytes size)");
        }
        Obj *b = bytes_new(ts, r->p, n);
        r->p += n;
        return b ? val_obj(b) : VNULL;
    }
    case K_TUPLE:
    case K_FROZENSET: {
        if (!take(ts, r, &n, sizeof n)) {
            return VNULL;
        }
        if (n < 0 || n > r->end - r->p) {
            return exc_raise(ts, &ExcValueError, "bad marshal data (tuple size)");
        }
        Obj *t = tuple_new(ts, n);
        if (!t) {
            return VNULL;
        }
        for (int64_t i = 0; i < n; i++) {
            Value item = load_const(ts, r, depth + 1);
            if (val_is_null(item)) {
                obj_decref(t);
                return VNULL;
            }
            ((ObjTuple *)t)->items[i] = item;
        }
        if (kind == K_TUPLE) {
            return val_obj(t);
        }
        Obj *s = set_new(ts, &FrozenSetType);
        for (int64_t i = 0; s && i < n; i++) {
            if (set_add(ts, s, tuple_get(t, i)) < 0) {
                obj_decref(s);
                s = NULL;
            }
        }
        obj_decref(t);
        return s ? val_obj(s) : VNULL;
    }
    case K_CODE: {
        ObjCode *c = load_code(ts, r, depth + 1);
        return c ? val_obj(&c->base) : VNULL;
    }
    default:
        return exc_raise(ts, &ExcValueError, "bad marshal data (unknown constant kind)");
    }
}

static void *take_array(ThreadState *ts, Reader *r, int64_t n, size_t size) {
    void *a = cs_calloc((size_t)(n ? n : 1), size);
    if (!a) {
        exc_raise(ts, &ExcMemoryError, NULL);
        return NULL;
    }
    if (!take(ts, r, a, (size_t)n * size)) {
        cs_free(a);
        return NULL;
    }
    return a;
}

static ObjCode *load_code(ThreadState *ts, Reader *r, int depth) {
    int64_t h[16];
    if (!take(ts, r, h, sizeof h)) {
        return NULL;
    }
    for (int i = 0; i < 16; i++) {
        if (h[i] < 0 || h[i] > (int64_t)1 << 30) {
            exc_raise(ts, &ExcValueError, "bad marshal data (code header)");
            return NULL;
        }
    }
    ObjCode *c = (ObjCode *)obj_alloc(ts, &CodeType, sizeof(ObjCode));
    if (!c) {
        return NULL;
    }
    // Every array exists (possibly empty) before anything can fail, so
    // that code_dealloc can free a half-built object.
    c->ncode = (int)h[0];
    c->nlocals = (int)h[3];
    c->ncells = (int)h[4];
    c->nfree = (int)h[5];
    c->argcount = (int)h[6];
    c->posonlyargcount = (int)h[7];
    c->kwonlyargcount = (int)h[8];
    c->flags = (int)h[9];
    c->simple_args = h[10] != 0;
    c->stacksize = (int)h[11];
    c->firstlineno = (int)h[14];
    int nlp = code_nlocalsplus(c);
    c->consts = cs_calloc((size_t)(h[1] ? h[1] : 1), sizeof(Value));
    c->names = cs_calloc((size_t)(h[2] ? h[2] : 1), sizeof(Obj *));
    c->localnames = cs_calloc((size_t)(nlp ? nlp : 1), sizeof(Obj *));
    c->caches = cs_calloc((size_t)(h[13] ? h[13] : 1), sizeof(InlineCache));
    if (!c->consts || !c->names || !c->localnames || !c->caches) {
        exc_raise(ts, &ExcMemoryError, NULL);
        goto fail;
    }
    if (!(c->code = take_array(ts, r, c->ncode, sizeof(uint32_t))) ||
        !(c->locs = take_array(ts, r, c->ncode, sizeof(CodeLoc)))) {
        goto fail;
    }
    for (int64_t i = 0; i < h[1]; i++, c->nconsts++) {
        Value v = load_const(ts, r, depth);
        if (val_is_null(v)) {
            goto fail;
        }
        c->consts[i] = v;
    }
    // Interned names are immortal: the arrays hold them without a count.
    for (int64_t i = 0; i < h[2]; i++, c->nnames++) {
        if (!(c->names[i] = take_str(ts, r, true))) {
            goto fail;
        }
    }
    for (int i = 0; i < nlp; i++) {
        if (!(c->localnames[i] = take_str(ts, r, true))) {
            goto fail;
        }
    }
    if (h[15] && !(c->cell2arg = take_array(ts, r, c->ncells, sizeof(int)))) {
        goto fail;
    }
    if (!(c->exctable = take_array(ts, r, h[12], sizeof(ExcEntry)))) {
        goto fail;
    }
    c->nexc = (int)h[12];
    for (int64_t i = 0; i < h[13]; i++, c->ncaches++) {
        if (!(c->caches[i].name = take_str(ts, r, true))) {
            goto fail;
        }
    }
    if (!(c->name = take_str(ts, r, false)) || !(c->qualname = take_str(ts, r, false)) ||
        !(c->filename = take_str(ts, r, false))) {
        goto fail;
    }
    return c;
fail:
    obj_decref(&c->base);
    return NULL;
}

static Value p_code_loads(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "_process", "code_loads", nargs, kwnames, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    if (!val_has_type(args[0], &BytesType)) {
        return exc_raise(ts, &ExcTypeError, "code_loads() argument must be bytes");
    }
    Reader r = {bytes_data(args[0].as.obj), bytes_data(args[0].as.obj) + bytes_len(args[0].as.obj)};
    ObjCode *c = load_code(ts, &r, 0);
    return c ? val_obj(&c->base) : VNULL;
}

// --- shared memory with a lock -------------------------------------------------------------

// A block is used either as a semaphore (Lock, RLock, Semaphore: permits)
// or as an Event (flag), never both: one condition variable serves either.
typedef struct ShmHeader {
    pthread_mutex_t mu;      // process-shared; held only briefly
    pthread_cond_t cv;       // signalled when a permit comes back or the flag is set
    int64_t permits;         // a Lock has one while it is free
    int flag;                // an Event's
} ShmHeader;

// Takes a permit if there is one. Called with h->mu held. As with
// CPython's semaphores, a lock whose holder died stays taken.
static bool shm_try_take(ShmHeader *h) {
    if (h->permits <= 0) {
        return false;
    }
    h->permits--;
    return true;
}

#define SHM_DATA_OFFSET ((sizeof(ShmHeader) + 63) & ~(size_t)63)

typedef struct ObjShm {
    Obj base;
    int fd;
    size_t size;             // of the data, after the header
    ShmHeader *h;            // the mapping (header, then data)
} ObjShm;

static Type ShmType;

static void *shm_data(ObjShm *s) { return (char *)s->h + SHM_DATA_OFFSET; }

// Shm(size[, fd]): a new block of `size` bytes (zeroed) with its lock, or
// the block another process made, by its inherited descriptor.
static Value shm_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    if (!args_check(ts, "Shm", "Shm", nargs, kwnames, 1, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    int64_t size, fd = -1;
    if (!val_is_int(args[0]) || !int_to_i64(args[0], &size) || size < 0 || size > ((int64_t)1 << 40)) {
        return exc_raise(ts, &ExcValueError, "bad shared memory size");
    }
    if (nargs == 2 && (!val_is_int(args[1]) || !int_to_i64(args[1], &fd) || fd < 0 || fd > INT32_MAX)) {
        return exc_raise(ts, &ExcValueError, "bad file descriptor");
    }
    bool fresh = fd < 0;
    size_t total = SHM_DATA_OFFSET + (size_t)size;
    if (fresh) {
        fd = memfd_create("cs-shared", MFD_CLOEXEC);
        if (fd < 0 || ftruncate((int)fd, (off_t)total) < 0) {
            int err = errno;
            if (fd >= 0) {
                close((int)fd);
            }
            return exc_raise_errno(ts, err, NULL);
        }
    }
    void *map = mmap(NULL, total, PROT_READ | PROT_WRITE, MAP_SHARED, (int)fd, 0);
    if (map == MAP_FAILED) {
        int err = errno;
        if (fresh) {
            close((int)fd);
        }
        return exc_raise_errno(ts, err, NULL);
    }
    if (fresh) {
        ShmHeader *h = map;
        pthread_mutexattr_t ma;
        pthread_mutexattr_init(&ma);
        pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED);
        pthread_mutex_init(&h->mu, &ma);
        pthread_mutexattr_destroy(&ma);
        pthread_condattr_t ca;
        pthread_condattr_init(&ca);
        pthread_condattr_setpshared(&ca, PTHREAD_PROCESS_SHARED);
        pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
        pthread_cond_init(&h->cv, &ca);
        pthread_condattr_destroy(&ca);
        h->permits = 1;
        h->flag = 0;
    }
    ObjShm *s = (ObjShm *)obj_alloc(ts, type, type->basic_size);
    if (!s) {
        munmap(map, total);
        if (fresh) {
            close((int)fd);
        }
        return VNULL;
    }
    s->fd = (int)fd;
    s->size = (size_t)size;
    s->h = map;
    return val_obj(&s->base);
}

static void shm_dealloc(Obj *o) {
    ObjShm *s = (ObjShm *)o;
    munmap(s->h, SHM_DATA_OFFSET + s->size);
    close(s->fd);
    obj_free(o);
}

// The deadline of a wait of `timeout` seconds (None: UINT64_MAX, none).
static bool wait_deadline(ThreadState *ts, Value timeout, uint64_t *out) {
    *out = UINT64_MAX;
    if (val_is_none(timeout)) {
        return true;
    }
    double secs;
    if (!val_to_double(ts, timeout, &secs)) {
        return false;
    }
    *out = gil_now_ns() + (secs > 0 ? (uint64_t)(secs * 1e9) : 0);
    return true;
}

// Waits until ready(h) is true (it runs with h->mu held and may claim what
// it finds) or the deadline passes: 1, 0, or -1 with an exception. The
// GIL is released while waiting, in slices of 10 ms so that signals
// (Ctrl-C) are seen.
static int shm_wait(ThreadState *ts, ShmHeader *h, uint64_t deadline, bool (*ready)(ShmHeader *)) {
    for (;;) {
        pthread_mutex_lock(&h->mu);
        bool got = ready(h);
        pthread_mutex_unlock(&h->mu);
        if (got) {
            return 1;
        }
        uint64_t now = gil_now_ns();
        if (now >= deadline) {
            return 0;
        }
        if (signals_pending() && !signals_run_handlers(ts)) {
            return -1;
        }
        uint64_t until = now + 10000000u < deadline ? now + 10000000u : deadline;
        struct timespec at = {(time_t)(until / 1000000000u), (long)(until % 1000000000u)};
        gil_release_for_block(ts);
        pthread_mutex_lock(&h->mu);
        got = ready(h);
        if (!got) {
            pthread_cond_timedwait(&h->cv, &h->mu, &at);
            got = ready(h);
        }
        pthread_mutex_unlock(&h->mu);
        gil_acquire_after_io(ts);
        if (got) {
            return 1;
        }
    }
}

// acquire(block=True, timeout=None): takes a permit; False when not
// blocking or the timeout passed.
static Value m_shm_acquire(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (!args_check(ts, "Shm", "acquire", nargs, kwnames, 0, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    int block = nargs > 0 ? obj_truth(ts, args[0]) : 1;
    uint64_t deadline;
    if (block < 0 || !wait_deadline(ts, nargs > 1 ? args[1] : VNONE, &deadline)) {
        return VNULL;
    }
    int r = shm_wait(ts, ((ObjShm *)self.as.obj)->h, block ? deadline : 0, shm_try_take);
    return r < 0 ? VNULL : val_bool(r);
}

// release(bound=1): gives a permit back; ValueError when that would make
// more than `bound` (None: no bound, for Semaphore).
static Value m_shm_release(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (!args_check(ts, "Shm", "release", nargs, kwnames, 0, 1, ARGS_CLINIC)) {
        return VNULL;
    }
    int64_t bound = 1;
    if (nargs > 0) {
        if (val_is_none(args[0])) {
            bound = INT64_MAX;
        } else if (!val_is_int(args[0]) || !int_to_i64(args[0], &bound)) {
            return exc_raise(ts, &ExcTypeError, "release() bound must be an int or None");
        }
    }
    ShmHeader *h = ((ObjShm *)self.as.obj)->h;
    pthread_mutex_lock(&h->mu);
    bool over = h->permits >= bound;
    if (!over) {
        h->permits++;
        pthread_cond_signal(&h->cv);
    }
    pthread_mutex_unlock(&h->mu);
    if (over) {
        return exc_raise(ts, &ExcValueError, "semaphore or lock released too many times");
    }
    return VNONE;
}

static Value m_shm_locked(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    if (!args_check(ts, "Shm", "locked", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return val_bool(((ObjShm *)self.as.obj)->h->permits <= 0);
}

// permits([n]): the number of permits; with n, sets it first (for a new
// Semaphore).
static Value m_shm_permits(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (!args_check(ts, "Shm", "permits", nargs, kwnames, 0, 1, ARGS_CLINIC)) {
        return VNULL;
    }
    ShmHeader *h = ((ObjShm *)self.as.obj)->h;
    int64_t n = 0;
    if (nargs > 0 && (!val_is_int(args[0]) || !int_to_i64(args[0], &n) || n < 0)) {
        return exc_raise(ts, &ExcValueError, "permits must be a non-negative int");
    }
    pthread_mutex_lock(&h->mu);
    if (nargs > 0) {
        h->permits = n;
        pthread_cond_broadcast(&h->cv);
    }
    n = h->permits;
    pthread_mutex_unlock(&h->mu);
    return val_int(n);
}

// flag([value]): an Event's flag; setting it wakes every waiter.
static Value m_shm_flag(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (!args_check(ts, "Shm", "flag", nargs, kwnames, 0, 1, ARGS_CLINIC)) {
        return VNULL;
    }
    ShmHeader *h = ((ObjShm *)self.as.obj)->h;
    int value = nargs > 0 ? obj_truth(ts, args[0]) : -1;
    if (nargs > 0 && value < 0) {
        return VNULL;
    }
    pthread_mutex_lock(&h->mu);
    if (value >= 0) {
        h->flag = value;
        if (value) {
            pthread_cond_broadcast(&h->cv);
        }
    }
    value = h->flag;
    pthread_mutex_unlock(&h->mu);
    return val_bool(value);
}

static bool flag_is_set(ShmHeader *h) { return h->flag != 0; }

// wait_flag(timeout=None): waits until the flag is set; returns it.
static Value m_shm_wait_flag(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    uint64_t deadline;
    if (!args_check(ts, "Shm", "wait_flag", nargs, kwnames, 0, 1, ARGS_CLINIC) ||
        !wait_deadline(ts, nargs > 0 ? args[0] : VNONE, &deadline)) {
        return VNULL;
    }
    int r = shm_wait(ts, ((ObjShm *)self.as.obj)->h, deadline, flag_is_set);
    return r < 0 ? VNULL : val_bool(r);
}

// The C type and size of a typecode, as the array and struct modules name them.
static size_t typecode_size(char tc) {
    switch (tc) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
    default: return 0;
    }
}

// The address of item `index` of typecode args[0] in the block, or NULL
// with an exception.
static char *shm_item(ThreadState *ts, ObjShm *s, Value *args, char *tc) {
    if (!val_is_str(args[0]) || str_nbytes(args[0].as.obj) != 1 ||
        !typecode_size(str_cstr(args[0].as.obj)[0])) {
        exc_raise(ts, &ExcTypeError, "bad typecode (must be one of c, b, B, ?, h, H, i, I, l, L, q, Q, f, d)");
        return NULL;
    }
    *tc = str_cstr(args[0].as.obj)[0];
    int64_t index;
    size_t size = typecode_size(*tc);
    if (!val_is_int(args[1]) || !int_to_i64(args[1], &index) || index < 0 ||
        (size_t)index >= s->size / size) {
        exc_raise(ts, &ExcIndexError, "invalid index");
        return NULL;
    }
    return (char *)shm_data(s) + (size_t)index * size;
}

static Value m_shm_read(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (!args_check(ts, "Shm", "read", nargs, kwnames, 2, 2, ARGS_FIXED)) {
        return VNULL;
    }
    char tc;
    char *p = shm_item(ts, (ObjShm *)self.as.obj, args, &tc);
    if (!p) {
        return VNULL;
    }
    switch (tc) {
    case 'c': {
        Obj *b = bytes_new(ts, p, 1);
        return b ? val_obj(b) : VNULL;
    }
    case '?': return val_bool(*(unsigned char *)p != 0);
    case 'b': return val_int(*(int8_t *)p);
    case 'B': return val_int(*(uint8_t *)p);
    case 'h': return val_int(*(int16_t *)p);
    case 'H': return val_int(*(uint16_t *)p);
    case 'i': return val_int(*(int32_t *)p);
    case 'I': return val_int(*(uint32_t *)p);
    case 'l': case 'q': return val_int(*(int64_t *)p);
    case 'L': case 'Q': {
        uint64_t u = *(uint64_t *)p;
        if (u <= INT64_MAX) {
            return val_int((int64_t)u);
        }
        char digits[32];
        snprintf(digits, sizeof digits, "%llu", (unsigned long long)u);
        return int_from_string(ts, digits, (int64_t)strlen(digits), 10);
    }
    case 'f': return val_float(*(float *)p);
    default: return val_float(*(double *)p);
    }
}

static Value m_shm_write(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (!args_check(ts, "Shm", "write", nargs, kwnames, 3, 3, ARGS_FIXED)) {
        return VNULL;
    }
    char tc;
    char *p = shm_item(ts, (ObjShm *)self.as.obj, args, &tc);
    if (!p) {
        return VNULL;
    }
    Value v = args[2];
    if (tc == 'c') {
        if (!val_has_type(v, &BytesType) || bytes_len(v.as.obj) != 1) {
            return exc_raise(ts, &ExcTypeError, "one character bytes expected");
        }
        *p = bytes_data(v.as.obj)[0];
        return VNONE;
    }
    if (tc == 'f' || tc == 'd') {
        double d;
        if (!val_to_double(ts, v, &d)) {
            return VNULL;
        }
        if (tc == 'f') {
            *(float *)p = (float)d;
        } else {
            *(double *)p = d;
        }
        return VNONE;
    }
    if (tc == '?') {
        int t = obj_truth(ts, v);
        if (t < 0) {
            return VNULL;
        }
        *p = (char)t;
        return VNONE;
    }
    int64_t n;
    if (!obj_index_i64(ts, v, &n)) {
        return VNULL;
    }
    switch (tc) {
    case 'b': *(int8_t *)p = (int8_t)n; break;
    case 'B': *(uint8_t *)p = (uint8_t)n; break;
    case 'h': *(int16_t *)p = (int16_t)n; break;
    case 'H': *(uint16_t *)p = (uint16_t)n; break;
    case 'i': *(int32_t *)p = (int32_t)n; break;
    case 'I': *(uint32_t *)p = (uint32_t)n; break;
    default: *(int64_t *)p = n; break;
    }
    return VNONE;
}

static Value m_shm_fileno(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    if (!args_check(ts, "Shm", "fileno", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return val_int(((ObjShm *)self.as.obj)->fd);
}

static Value m_shm_size(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    if (!args_check(ts, "Shm", "size", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return val_int((int64_t)((ObjShm *)self.as.obj)->size);
}

static const MethodDef shm_methods[] = {
    {"acquire", m_shm_acquire, NATIVE_METHOD, "Take the block's lock (block=True, timeout=None)."},
    {"release", m_shm_release, NATIVE_METHOD, "release(bound=1): give a permit back."},
    {"locked", m_shm_locked, NATIVE_METHOD, "Whether acquire() would wait."},
    {"permits", m_shm_permits, NATIVE_METHOD, "permits([n]): the semaphore's count (set it to n)."},
    {"flag", m_shm_flag, NATIVE_METHOD, "flag([value]): the Event flag (set it to value)."},
    {"wait_flag", m_shm_wait_flag, NATIVE_METHOD, "wait_flag(timeout=None): wait until the flag is set."},
    {"read", m_shm_read, NATIVE_METHOD, "read(typecode, index): an item of the data."},
    {"write", m_shm_write, NATIVE_METHOD, "write(typecode, index, value): set an item of the data."},
    {"fileno", m_shm_fileno, NATIVE_METHOD, "The block's file descriptor (inherited by children)."},
    {"size", m_shm_size, NATIVE_METHOD, "The size of the data in bytes."},
    {NULL, NULL, 0, NULL},
};

static Type ShmType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "Shm",
    .basic_size = sizeof(ObjShm),
    .dealloc = shm_dealloc,
    .getattr = generic_getattr,
    .new_ = shm_new,
};

// --- the module ----------------------------------------------------------------------------

static const MethodDef process_functions[] = {
    {"spawn", p_spawn, 0, "spawn(path, argv, keep_fds): start a program; its pid."},
    {"waitpid", p_waitpid, 0, "waitpid(pid, block): the child's exit code, or None."},
    {"wait_readable", p_wait_readable, 0, "wait_readable(fd, timeout): whether fd became readable."},
    {"make_function", p_make_function, 0, "Build a function from its parts."},
    {"make_cell", p_make_cell, 0, "A new empty cell."},
    {"cell_set", p_cell_set, 0, "Fill a cell."},
    {"code_globals", p_code_globals, 0, "The global names a code object's instructions use."},
    {"code_dumps", p_code_dumps, 0, "A code object as bytes (for this build of cs only)."},
    {"code_loads", p_code_loads, 0, "The code object code_dumps made."},
    {NULL, NULL, 0, NULL},
};

Value process_module_create(ThreadState *ts) {
    Obj *m = module_new(ts, "_process");
    if (!m) {
        return VNULL;
    }
    type_ready(ts, &ShmType);
    type_add_methods(ts, &ShmType, shm_methods);
    ShmType.module = str_intern_cstr("_process");
    module_add_functions(ts, m, process_functions);
    module_set(ts, m, "Shm", val_obj(&ShmType.base));
    return val_obj(m);
}
