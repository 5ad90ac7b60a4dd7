// The file system functions of the os module: the working directory,
// directories (listdir, mkdir, makedirs, rmdir, removedirs, scandir,
// walk), files (remove, rename, replace, stat, access, chmod, links), and
// the types they return (stat_result, DirEntry).
//
// stat_result is a tuple of ten items (mode, inode, device, links, uid,
// gid, size and the three times as ints) with more attributes than items:
// the times as floats and in nanoseconds, the block size and count. The
// extra values are unboxed numbers kept after the ten items, so the tuple
// part still compares and prints like CPython's.
//
// walk is an iterator over a stack of directories. Top-down, it yields a
// directory before descending into the subdirectories still in the list
// it yielded (so a caller that removes names from it prunes the walk);
// bottom-up, it yields a directory after all of its subdirectories. An
// unreadable directory is skipped, after calling onerror when given.
//
// See also: mod_os.c (path arguments and errors), mod_os_path.c.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/obj_bytes.h"
#include "runtime/obj_class.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/obj_list.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"
#include "stdlib/mod_os.h"

// --- stat_result ----------------------------------------------------------------------------

#define STAT_ITEMS 10
#define STAT_SLOTS 19

static const char *const stat_fields[STAT_SLOTS] = {
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
    NULL, NULL, NULL,   // items 7-9 are the int times; the attributes are the floats below
    "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
    "st_blksize", "st_blocks", "st_rdev",
};

static Value stat_getattr(ThreadState *ts, Value v, Obj *name) {
    for (int i = 0; i < STAT_SLOTS; i++) {
        if (stat_fields[i] && str_eq_cstr(name, stat_fields[i])) {
            return val_dup(((ObjTuple *)v.as.obj)->items[i]);
        }
    }
    return generic_getattr(ts, v, name);
}

static Value stat_repr(ThreadState *ts, Value v) {
    static const char *const shown[STAT_ITEMS] = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid",
                                                  "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"};
    StrBuf sb;
    strbuf_init(&sb);
    strbuf_append_cstr(&sb, "os.stat_result(");
    for (int i = 0; i < STAT_ITEMS; i++) {
        Value r = obj_repr(ts, tuple_get(v.as.obj, i));
        if (val_is_null(r)) {
            strbuf_free(&sb);
            return VNULL;
        }
        strbuf_printf(&sb, "%s%s=%s", i ? ", " : "", shown[i], as_str(r)->data);
        val_decref(r);
    }
    strbuf_append_char(&sb, ')');
    Obj *s = str_new(ts, sb.data, (int64_t)sb.len);
    strbuf_free(&sb);
    return s ? val_obj(s) : VNULL;
}

static Type StatResultType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "stat_result",
    .base_type = &TupleType,
    .basic_size = sizeof(ObjTuple),
    .repr = stat_repr,
    .getattr = stat_getattr,
};

static Value make_stat_result(ThreadState *ts, const struct stat *st) {
    ObjTuple *t = (ObjTuple *)obj_alloc(ts, &StatResultType, sizeof(ObjTuple) + STAT_SLOTS * sizeof(Value));
    if (!t) {
        return VNULL;
    }
    const struct timespec *times[3] = {&st->st_atim, &st->st_mtim, &st->st_ctim};
    t->len = STAT_ITEMS;
    t->items[0] = val_int(st->st_mode);
    t->items[1] = val_int((int64_t)st->st_ino);
    t->items[2] = val_int((int64_t)st->st_dev);
    t->items[3] = val_int((int64_t)st->st_nlink);
    t->items[4] = val_int(st->st_uid);
    t->items[5] = val_int(st->st_gid);
    t->items[6] = val_int(st->st_size);
    for (int i = 0; i < 3; i++) {
        t->items[7 + i] = val_int(times[i]->tv_sec);
        t->items[10 + i] = val_float((double)times[i]->tv_sec + (double)times[i]->tv_nsec * 1e-9);
        t->items[13 + i] = val_int((int64_t)times[i]->tv_sec * 1000000000 + times[i]->tv_nsec);
    }
    t->items[16] = val_int(st->st_blksize);
    t->items[17] = val_int(st->st_blocks);
    t->items[18] = val_int((int64_t)st->st_rdev);
    return val_obj(&t->base);
}

// stat, lstat or fstat of a converted path. -1 with errno set.
static int stat_path(const OsPath *p, bool follow, struct stat *st) {
    if (p->fd >= 0) {
        return fstat(p->fd, st);
    }
    return follow ? stat(p->path, st) : lstat(p->path, st);
}

static Value do_stat(ThreadState *ts, const char *func, Value *args, int64_t nargs, Obj *kwnames,
                     bool follow) {
    static const char *const names[] = {"path", "dir_fd", "follow_symlinks"};
    Value a[3];
    if (!args_parse(ts, func, args, nargs, kwnames, names, 3, 1, a)) {
        return VNULL;
    }
    if (!val_is_null(a[2])) {
        int t = obj_truth(ts, a[2]);
        if (t < 0) {
            return VNULL;
        }
        follow = follow && t;
    }
    OsPath p;
    if (!mod_os_path_convert(ts, a[0], func, "path", OS_PATH_ALLOW_FD, &p)) {
        return VNULL;
    }
    struct stat st;
    Value r =
        stat_path(&p, follow, &st) != 0 ? mod_os_error(ts, errno, a[0], VNULL) : make_stat_result(ts, &st);
    mod_os_path_release(&p);
    return r;
}

static Value os_stat(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return do_stat(ts, "stat", args, nargs, kwnames, true);
}

static Value os_lstat(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return do_stat(ts, "lstat", args, nargs, kwnames, false);
}

static Value os_fstat(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int64_t fd;
    if (!args_check(ts, "os", "fstat", nargs, kwnames, 1, 1, ARGS_CLINIC) ||
        !obj_index_i64(ts, args[0], &fd)) {
        return VNULL;
    }
    struct stat st;
    if (fstat((int)fd, &st) != 0) {
        return mod_os_error(ts, errno, VNULL, VNULL);
    }
    return make_stat_result(ts, &st);
}

// --- simple calls on one or two paths -------------------------------------------------------

// Converts args[0] (named `arg`) of `func`, which takes at most `max`
// arguments of which `min` are required.
static bool one_path(ThreadState *ts, const char *func, const char *const *names, int n, int min, Value *args,
                     int64_t nargs, Obj *kwnames, Value *a, int flags, OsPath *p) {
    return args_parse(ts, func, args, nargs, kwnames, names, n, min, a) &&
           mod_os_path_convert(ts, a[0], func, names[0], flags, p);
}

static Value path_call_result(ThreadState *ts, int rc, OsPath *p) {
    Value r = rc != 0 ? mod_os_error(ts, errno, p->object, VNULL) : VNONE;
    mod_os_path_release(p);
    return r;
}

static Value os_getcwd(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "os", "getcwd", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf)) {
        return mod_os_error(ts, errno, VNULL, VNULL);
    }
    return mod_os_path_value(ts, buf, (int64_t)strlen(buf), false);
}

static Value os_getcwdb(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "os", "getcwdb", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf)) {
        return mod_os_error(ts, errno, VNULL, VNULL);
    }
    return mod_os_path_value(ts, buf, (int64_t)strlen(buf), true);
}

static Value os_chdir(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"path"};
    Value a[1];
    OsPath p;
    if (!one_path(ts, "chdir", names, 1, 1, args, nargs, kwnames, a, OS_PATH_ALLOW_FD, &p)) {
        return VNULL;
    }
    return path_call_result(ts, p.fd >= 0 ? fchdir(p.fd) : chdir(p.path), &p);
}

static Value os_mkdir(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"path", "mode", "dir_fd"};
    Value a[3];
    OsPath p;
    int64_t mode = 0777;
    if (!one_path(ts, "mkdir", names, 3, 1, args, nargs, kwnames, a, 0, &p)) {
        return VNULL;
    }
    if (!val_is_null(a[1]) && !obj_index_i64(ts, a[1], &mode)) {
        mod_os_path_release(&p);
        return VNULL;
    }
    return path_call_result(ts, mkdir(p.path, (mode_t)mode), &p);
}

static Value os_rmdir(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"path", "dir_fd"};
    Value a[2];
    OsPath p;
    if (!one_path(ts, "rmdir", names, 2, 1, args, nargs, kwnames, a, 0, &p)) {
        return VNULL;
    }
    return path_call_result(ts, rmdir(p.path), &p);
}

static Value remove_path(ThreadState *ts, const char *func, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"path", "dir_fd"};
    Value a[2];
    OsPath p;
    if (!one_path(ts, func, names, 2, 1, args, nargs, kwnames, a, 0, &p)) {
        return VNULL;
    }
    return path_call_result(ts, unlink(p.path), &p);
}

static Value os_remove(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return remove_path(ts, "remove", args, nargs, kwnames);
}

static Value os_unlink(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return remove_path(ts, "unlink", args, nargs, kwnames);
}

static Value os_chmod(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"path", "mode", "dir_fd", "follow_symlinks"};
    Value a[4];
    OsPath p;
    int64_t mode;
    if (!one_path(ts, "chmod", names, 4, 2, args, nargs, kwnames, a, OS_PATH_ALLOW_FD, &p)) {
        return VNULL;
    }
    if (!obj_index_i64(ts, a[1], &mode)) {
        mod_os_path_release(&p);
        return VNULL;
    }
    return path_call_result(ts, p.fd >= 0 ? fchmod(p.fd, (mode_t)mode) : chmod(p.path, (mode_t)mode), &p);
}

static Value os_access(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"};
    Value a[5];
    OsPath p;
    int64_t mode;
    if (!one_path(ts, "access", names, 5, 2, args, nargs, kwnames, a, 0, &p)) {
        return VNULL;
    }
    if (!obj_index_i64(ts, a[1], &mode)) {
        mod_os_path_release(&p);
        return VNULL;
    }
    bool ok = access(p.path, (int)mode) == 0;
    mod_os_path_release(&p);
    return val_bool(ok);
}

static Value os_readlink(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"path", "dir_fd"};
    Value a[2];
    OsPath p;
    if (!one_path(ts, "readlink", names, 2, 1, args, nargs, kwnames, a, 0, &p)) {
        return VNULL;
    }
    char buf[PATH_MAX];
    ssize_t n = readlink(p.path, buf, sizeof buf);
    Value r = n < 0 ? mod_os_error(ts, errno, a[0], VNULL) : mod_os_path_value(ts, buf, n, p.is_bytes);
    mod_os_path_release(&p);
    return r;
}

static Value os_truncate(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"path", "length"};
    Value a[2];
    OsPath p;
    int64_t length;
    if (!one_path(ts, "truncate", names, 2, 2, args, nargs, kwnames, a, OS_PATH_ALLOW_FD, &p)) {
        return VNULL;
    }
    if (!obj_index_i64(ts, a[1], &length)) {
        mod_os_path_release(&p);
        return VNULL;
    }
    return path_call_result(ts, p.fd >= 0 ? ftruncate(p.fd, length) : truncate(p.path, length), &p);
}

static Value os_utime(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"path", "times", "ns", "dir_fd", "follow_symlinks"};
    Value a[5];
    OsPath p;
    if (!one_path(ts, "utime", names, 5, 1, args, nargs, kwnames, a, OS_PATH_ALLOW_FD, &p)) {
        return VNULL;
    }
    struct timespec spec[2];
    struct timespec *times = NULL;
    if (!val_is_null(a[1]) && !val_is_none(a[1])) {
        if (!val_is_tuple(a[1]) || tuple_len(a[1].as.obj) != 2) {
            mod_os_path_release(&p);
            return exc_raise(ts, &ExcTypeError, "utime: 'times' must be either a tuple of two ints or None");
        }
        for (int i = 0; i < 2; i++) {
            double d;
            if (!val_to_double(ts, tuple_get(a[1].as.obj, i), &d)) {
                mod_os_path_release(&p);
                return VNULL;
            }
            spec[i].tv_sec = (time_t)d;
            spec[i].tv_nsec = (long)((d - (double)spec[i].tv_sec) * 1e9);
        }
        times = spec;
    } else if (!val_is_null(a[2])) {
        if (!val_is_tuple(a[2]) || tuple_len(a[2].as.obj) != 2) {
            mod_os_path_release(&p);
            return exc_raise(ts, &ExcTypeError, "utime: 'ns' must be a tuple of two ints");
        }
        for (int i = 0; i < 2; i++) {
            int64_t ns;
            if (!obj_index_i64(ts, tuple_get(a[2].as.obj, i), &ns)) {
                mod_os_path_release(&p);
                return VNULL;
            }
            spec[i].tv_sec = ns / 1000000000;
            spec[i].tv_nsec = ns % 1000000000;
        }
        times = spec;
    }
    int rc = p.fd >= 0 ? futimens(p.fd, times) : utimensat(AT_FDCWD, p.path, times, 0);
    mod_os_path_release(&p);
    // CPython's utime names no file in its error.
    return rc != 0 ? mod_os_error(ts, errno, VNULL, VNULL) : VNONE;
}

// rename, replace, symlink and link: two paths, both named on failure.
static Value two_paths(ThreadState *ts, const char *func, const char *first, const char *second, Value *args,
                       int64_t nargs, Obj *kwnames, int (*call)(const char *, const char *)) {
    const char *const names[] = {first, second, "src_dir_fd", "dst_dir_fd"};
    Value a[4];
    if (!args_parse(ts, func, args, nargs, kwnames, names, 4, 2, a)) {
        return VNULL;
    }
    OsPath p1, p2;
    if (!mod_os_path_convert(ts, a[0], func, first, 0, &p1)) {
        return VNULL;
    }
    if (!mod_os_path_convert(ts, a[1], func, second, 0, &p2)) {
        mod_os_path_release(&p1);
        return VNULL;
    }
    if (p1.is_bytes != p2.is_bytes) {
        mod_os_path_release(&p1);
        mod_os_path_release(&p2);
        return exc_raise(ts, &ExcTypeError, "%s: src and dst must be the same type", func);
    }
    Value r = call(p1.path, p2.path) != 0 ? mod_os_error(ts, errno, a[0], a[1]) : VNONE;
    mod_os_path_release(&p1);
    mod_os_path_release(&p2);
    return r;
}

static Value os_rename(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return two_paths(ts, "rename", "src", "dst", args, nargs, kwnames, rename);
}

static Value os_replace(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return two_paths(ts, "replace", "src", "dst", args, nargs, kwnames, rename);
}

static Value os_symlink(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return two_paths(ts, "symlink", "src", "dst", args, nargs, kwnames, symlink);
}

static Value os_link(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return two_paths(ts, "link", "src", "dst", args, nargs, kwnames, link);
}

// --- reading directories --------------------------------------------------------------------

// One directory entry as read: its name and what readdir says it is.
typedef struct RawEntry {
    char *name;              // cs_malloc'd, owned by the RawDir
    unsigned char type;      // DT_DIR, DT_LNK, DT_REG... or DT_UNKNOWN
    uint64_t inode;
} RawEntry;

typedef struct RawDir {
    RawEntry *entries;       // cs_malloc'd, owned
    int64_t len, cap;
} RawDir;

static void raw_dir_free(RawDir *d) {
    for (int64_t i = 0; i < d->len; i++) {
        cs_free(d->entries[i].name);
    }
    cs_free(d->entries);
    d->entries = NULL;
    d->len = d->cap = 0;
}

// Reads the entries of a directory (by path, or by fd when fd >= 0),
// leaving out "." and "..". -1 with errno set.
static int raw_dir_read(const char *path, int fd, RawDir *out) {
    memset(out, 0, sizeof *out);
    DIR *dir;
    if (fd >= 0) {
        int copy = dup(fd);
        dir = copy < 0 ? NULL : fdopendir(copy);
        if (!dir && copy >= 0) {
            close(copy);
        }
        if (dir) {
            rewinddir(dir);
        }
    } else {
        dir = opendir(path);
    }
    if (!dir) {
        return -1;
    }
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(dir);
        if (!e) {
            int err = errno;
            closedir(dir);
            if (err) {
                raw_dir_free(out);
                errno = err;
                return -1;
            }
            return 0;
        }
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
            continue;
        }
        if (out->len == out->cap) {
            out->cap = out->cap ? out->cap * 2 : 16;
            out->entries = cs_realloc(out->entries, (size_t)out->cap * sizeof(RawEntry));
            if (!out->entries) {
                cs_fatal("out of memory reading a directory");
            }
        }
        out->entries[out->len++] = (RawEntry){cs_strdup(e->d_name), e->d_type, (uint64_t)e->d_ino};
    }
}

static Value os_listdir(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"path"};
    Value a[1];
    if (!args_parse(ts, "listdir", args, nargs, kwnames, names, 1, 0, a)) {
        return VNULL;
    }
    OsPath p;
    if (!mod_os_path_convert(ts, val_is_null(a[0]) ? VNONE : a[0], "listdir", "path",
                             OS_PATH_ALLOW_FD | OS_PATH_ALLOW_NONE, &p)) {
        return VNULL;
    }
    RawDir d;
    if (raw_dir_read(p.path, p.fd, &d) != 0) {
        Value r = mod_os_error(ts, errno, val_is_null(a[0]) ? val_obj(str_intern_cstr(".")) : a[0], VNULL);
        mod_os_path_release(&p);
        return r;
    }
    Obj *list = list_new(ts, d.len);
    for (int64_t i = 0; list && i < d.len; i++) {
        Value name = mod_os_path_value(ts, d.entries[i].name, (int64_t)strlen(d.entries[i].name), p.is_bytes);
        if (val_is_null(name) || list_append_steal(ts, list, name) < 0) {
            obj_decref(list);
            list = NULL;
        }
    }
    raw_dir_free(&d);
    mod_os_path_release(&p);
    return list ? val_obj(list) : VNULL;
}

// os.path.join(dir, name) for a name from the directory: a str or bytes
// like dir. New reference.
static Value join_entry(ThreadState *ts, Value dir, const char *name, bool is_bytes) {
    const char *d;
    int64_t dlen;
    if (is_bytes) {
        d = ((ObjBytes *)dir.as.obj)->data;
        dlen = ((ObjBytes *)dir.as.obj)->len;
    } else {
        d = as_str(dir)->data;
        dlen = as_str(dir)->nbytes;
    }
    StrBuf sb;
    strbuf_init(&sb);
    strbuf_append(&sb, d, (size_t)dlen);
    if (dlen > 0 && d[dlen - 1] != '/') {
        strbuf_append_char(&sb, '/');
    }
    strbuf_append_cstr(&sb, name);
    Value r = mod_os_path_value(ts, sb.data, (int64_t)sb.len, is_bytes);
    strbuf_free(&sb);
    return r;
}

static const char *path_bytes(Value v) {
    return val_is_str_like(v) ? as_str(v)->data : ((ObjBytes *)v.as.obj)->data;
}

// Does a directory entry (of type `type`, at `path`) name a directory,
// following a symbolic link when `follow`?
static bool entry_is_dir(unsigned char type, const char *path, bool follow) {
    if (type == DT_DIR) {
        return true;
    }
    if (type != DT_UNKNOWN && (type != DT_LNK || !follow)) {
        return false;
    }
    struct stat st;
    return (follow ? stat(path, &st) : lstat(path, &st)) == 0 && S_ISDIR(st.st_mode);
}

static bool entry_is_symlink(unsigned char type, const char *path) {
    if (type != DT_UNKNOWN) {
        return type == DT_LNK;
    }
    struct stat st;
    return lstat(path, &st) == 0 && S_ISLNK(st.st_mode);
}

// --- makedirs and removedirs ----------------------------------------------------------------

// path.split(p[0..len)): the head is everything before the last slash,
// with trailing slashes removed unless it is all slashes; returns its
// length and sets where the tail starts.
static int64_t split_head(const char *p, int64_t len, int64_t *tail_start) {
    int64_t i = len;
    while (i > 0 && p[i - 1] != '/') {
        i--;
    }
    *tail_start = i;
    int64_t head = i;
    while (head > 0 && p[head - 1] == '/') {
        head--;
    }
    return head == 0 ? i : head;   // an all-slash head stays as it is
}

static bool path_exists(const char *p) {
    struct stat st;
    return stat(p, &st) == 0;
}

static bool path_isdir(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

// makedirs for the C path p[0..len), whose error names `name`. p is
// written to (NULs at split points) and restored.
static bool make_dirs(ThreadState *ts, char *p, int64_t len, Value name, bool is_bytes, int mode,
                      bool exist_ok) {
    int64_t tail_start, tail_end = len;
    int64_t head_len = split_head(p, len, &tail_start);
    if (tail_start == len) {
        // "a/b/": split the head again, as the trailing slash leaves no tail.
        tail_end = head_len;
        head_len = split_head(p, head_len, &tail_start);
    }
    int64_t tail_len = tail_end - tail_start;
    char saved = p[head_len];
    p[head_len] = 0;
    bool descend = head_len > 0 && tail_len > 0 && !path_exists(p);
    if (descend) {
        Value head = mod_os_path_value(ts, p, head_len, is_bytes);
        bool ok = !val_is_null(head) && make_dirs(ts, p, head_len, head, is_bytes, 0777, exist_ok);
        val_decref(head);
        if (!ok) {
            if (!exc_matches(ts, &ExcFileExistsError)) {
                p[head_len] = saved;
                return false;
            }
            exc_clear(ts);
        }
    }
    p[head_len] = saved;
    // "a/b/." was made when "a/b" was.
    if (descend && tail_len == 1 && p[tail_start] == '.') {
        return true;
    }
    char last = p[len];
    p[len] = 0;
    bool ok = mkdir(p, (mode_t)mode) == 0;
    int err = errno;
    if (!ok && exist_ok && path_isdir(p)) {
        ok = true;
    }
    p[len] = last;
    if (!ok) {
        mod_os_error(ts, err, name, VNULL);
    }
    return ok;
}

static Value os_makedirs(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"name", "mode", "exist_ok"};
    Value a[3];
    int64_t mode = 0777;
    int exist_ok = 0;
    if (!args_parse(ts, "makedirs", args, nargs, kwnames, names, 3, 1, a) ||
        (!val_is_null(a[1]) && !obj_index_i64(ts, a[1], &mode)) ||
        (!val_is_null(a[2]) && (exist_ok = obj_truth(ts, a[2])) < 0)) {
        return VNULL;
    }
    OsPath p;
    if (!mod_os_path_convert(ts, a[0], "makedirs", "name", 0, &p)) {
        return VNULL;
    }
    char *copy = cs_strdup(p.path);
    bool ok = make_dirs(ts, copy, p.len, a[0], p.is_bytes, (int)mode, exist_ok);
    cs_free(copy);
    mod_os_path_release(&p);
    return ok ? VNONE : VNULL;
}

static Value os_removedirs(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"name"};
    Value a[1];
    OsPath p;
    if (!one_path(ts, "removedirs", names, 1, 1, args, nargs, kwnames, a, 0, &p)) {
        return VNULL;
    }
    if (rmdir(p.path) != 0) {
        return path_call_result(ts, -1, &p);
    }
    char *copy = cs_strdup(p.path);
    int64_t len = p.len, tail_start, tail_end = len;
    mod_os_path_release(&p);
    int64_t head = split_head(copy, len, &tail_start);
    if (tail_start == len) {
        tail_end = head;
        head = split_head(copy, head, &tail_start);
    }
    // Remove the now empty parents until one is not empty.
    while (head > 0 && tail_end > tail_start) {
        copy[head] = 0;
        if (rmdir(copy) != 0) {
            break;
        }
        tail_end = head;
        head = split_head(copy, head, &tail_start);
    }
    cs_free(copy);
    return VNONE;
}

// --- DirEntry and scandir -------------------------------------------------------------------

typedef struct ObjDirEntry {
    Obj base;
    Value name;              // str or bytes
    Value path;              // str or bytes: join(scandir path, name)
    unsigned char type;
    uint64_t inode;
} ObjDirEntry;

static void direntry_dealloc(Obj *o) {
    ObjDirEntry *e = (ObjDirEntry *)o;
    val_decref(e->name);
    val_decref(e->path);
    obj_free(o);
}

static Value direntry_repr(ThreadState *ts, Value v) {
    Obj *s = str_format_c(ts, "<DirEntry %R>", ((ObjDirEntry *)v.as.obj)->name);
    return s ? val_obj(s) : VNULL;
}

static Value direntry_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjDirEntry *e = (ObjDirEntry *)v.as.obj;
    if (str_eq_cstr(name, "name")) {
        return val_dup(e->name);
    }
    if (str_eq_cstr(name, "path")) {
        return val_dup(e->path);
    }
    return generic_getattr(ts, v, name);
}

// The follow_symlinks keyword of is_dir, is_file and stat (default True).
static bool follow_arg(ThreadState *ts, const char *func, Value *args, int64_t nargs, Obj *kwnames,
                       bool *follow) {
    if (nargs > 0) {
        exc_raise(ts, &ExcTypeError, "%s() takes no positional arguments", func);
        return false;
    }
    static const char *const names[] = {"follow_symlinks"};
    Value a[1];
    if (!args_parse(ts, func, args, 0, kwnames, names, 1, 0, a)) {
        return false;
    }
    int t = val_is_null(a[0]) ? 1 : obj_truth(ts, a[0]);
    *follow = t == 1;
    return t >= 0;
}

static Value de_is_dir(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    ObjDirEntry *e = (ObjDirEntry *)self.as.obj;
    bool follow;
    if (!follow_arg(ts, "is_dir", args, nargs, kwnames, &follow)) {
        return VNULL;
    }
    return val_bool(entry_is_dir(e->type, path_bytes(e->path), follow));
}

static Value de_is_file(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    ObjDirEntry *e = (ObjDirEntry *)self.as.obj;
    bool follow;
    if (!follow_arg(ts, "is_file", args, nargs, kwnames, &follow)) {
        return VNULL;
    }
    if (e->type == DT_REG || (e->type != DT_UNKNOWN && e->type != DT_LNK)) {
        return val_bool(e->type == DT_REG);
    }
    if (e->type == DT_LNK && !follow) {
        return VFALSE;
    }
    struct stat st;
    const char *p = path_bytes(e->path);
    return val_bool((follow ? stat(p, &st) : lstat(p, &st)) == 0 && S_ISREG(st.st_mode));
}

static Value de_is_symlink(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    ObjDirEntry *e = (ObjDirEntry *)self.as.obj;
    if (!args_check(ts, "DirEntry", "is_symlink", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return val_bool(entry_is_symlink(e->type, path_bytes(e->path)));
}

static Value de_stat(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    ObjDirEntry *e = (ObjDirEntry *)self.as.obj;
    bool follow;
    if (!follow_arg(ts, "stat", args, nargs, kwnames, &follow)) {
        return VNULL;
    }
    struct stat st;
    const char *p = path_bytes(e->path);
    if ((follow ? stat(p, &st) : lstat(p, &st)) != 0) {
        return mod_os_error(ts, errno, e->path, VNULL);
    }
    return make_stat_result(ts, &st);
}

static Value de_inode(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    if (!args_check(ts, "DirEntry", "inode", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return val_int((int64_t)((ObjDirEntry *)self.as.obj)->inode);
}

static Value de_fspath(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    if (!args_check(ts, "DirEntry", "__fspath__", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return val_dup(((ObjDirEntry *)self.as.obj)->path);
}

static const MethodDef direntry_methods[] = {
    {"is_dir", de_is_dir, NATIVE_METHOD, "Return True if the entry is a directory; cached per entry."},
    {"is_file", de_is_file, NATIVE_METHOD, "Return True if the entry is a file; cached per entry."},
    {"is_symlink", de_is_symlink, NATIVE_METHOD, "Return True if the entry is a symbolic link; cached per entry."},
    {"stat", de_stat, NATIVE_METHOD, "Return stat_result object for the entry; cached per entry."},
    {"inode", de_inode, NATIVE_METHOD, "Return inode of the entry; cached per entry."},
    {"__fspath__", de_fspath, NATIVE_METHOD, "Returns the path for the entry."},
    {NULL, NULL, 0, NULL},
};

static Type DirEntryType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "DirEntry",
    .basic_size = sizeof(ObjDirEntry),
    .dealloc = direntry_dealloc,
    .repr = direntry_repr,
    .getattr = direntry_getattr,
};

// The iterator scandir returns: the entries are read when it is made.
typedef struct ObjScandir {
    Obj base;
    Obj *entries;            // list of DirEntry
    int64_t next;
} ObjScandir;

static void scandir_dealloc(Obj *o) {
    obj_decref(((ObjScandir *)o)->entries);
    obj_free(o);
}

static Value scandir_iter(ThreadState *ts, Value v) {
    (void)ts;
    return val_dup(v);
}

static Value scandir_next(ThreadState *ts, Value v) {
    (void)ts;
    ObjScandir *s = (ObjScandir *)v.as.obj;
    ObjList *l = (ObjList *)s->entries;
    if (s->next >= l->len) {
        return VNULL;
    }
    return val_dup(l->items[s->next++]);
}

static Value sc_close(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)ts;
    (void)args;
    (void)nargs;
    (void)kwnames;
    ObjScandir *s = (ObjScandir *)self.as.obj;
    s->next = ((ObjList *)s->entries)->len;
    return VNONE;
}

static Value sc_enter(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)ts;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return val_dup(self);
}

static Value sc_exit(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)nargs;
    (void)kwnames;
    return sc_close(ts, self, args, 0, NULL);
}

static const MethodDef scandir_methods[] = {
    {"close", sc_close, NATIVE_METHOD, "Close the scandir iterator."},
    {"__enter__", sc_enter, NATIVE_METHOD, NULL},
    {"__exit__", sc_exit, NATIVE_METHOD, NULL},
    {NULL, NULL, 0, NULL},
};

static Type ScandirType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "ScandirIterator",
    .basic_size = sizeof(ObjScandir),
    .dealloc = scandir_dealloc,
    .getattr = generic_getattr,
    .iter = scandir_iter,
    .iternext = scandir_next,
};

// The DirEntry list of a directory; `dir` is the path as given (str or
// bytes) or VNULL for an fd. VNULL with OSError naming `object`.
static Value entries_of(ThreadState *ts, const OsPath *p, Value dir) {
    RawDir d;
    if (raw_dir_read(p->path, p->fd, &d) != 0) {
        return mod_os_error(ts, errno, p->object, VNULL);
    }
    Obj *list = list_new(ts, d.len);
    for (int64_t i = 0; list && i < d.len; i++) {
        ObjDirEntry *e = (ObjDirEntry *)obj_alloc(ts, &DirEntryType, sizeof(ObjDirEntry));
        if (!e) {
            obj_decref(list);
            list = NULL;
            break;
        }
        const char *name = d.entries[i].name;
        e->name = mod_os_path_value(ts, name, (int64_t)strlen(name), p->is_bytes);
        e->path = val_is_null(dir) ? val_dup(e->name) : join_entry(ts, dir, name, p->is_bytes);
        e->type = d.entries[i].type;
        e->inode = d.entries[i].inode;
        if (val_is_null(e->name) || val_is_null(e->path) ||
            list_append_steal(ts, list, val_obj(&e->base)) < 0) {
            obj_decref(list);
            list = NULL;
        }
    }
    raw_dir_free(&d);
    return list ? val_obj(list) : VNULL;
}

static Value os_scandir(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"path"};
    Value a[1];
    if (!args_parse(ts, "scandir", args, nargs, kwnames, names, 1, 0, a)) {
        return VNULL;
    }
    OsPath p;
    if (!mod_os_path_convert(ts, val_is_null(a[0]) ? VNONE : a[0], "scandir", "path",
                             OS_PATH_ALLOW_FD | OS_PATH_ALLOW_NONE, &p)) {
        return VNULL;
    }
    Value dir = p.fd >= 0 ? VNULL : val_is_null(p.fspath) ? val_obj(str_intern_cstr(".")) : p.fspath;
    Value entries = entries_of(ts, &p, dir);
    mod_os_path_release(&p);
    if (val_is_null(entries)) {
        return VNULL;
    }
    ObjScandir *s = (ObjScandir *)obj_alloc(ts, &ScandirType, sizeof(ObjScandir));
    if (!s) {
        val_decref(entries);
        return VNULL;
    }
    s->entries = entries.as.obj;
    return val_obj(&s->base);
}

// --- walk -----------------------------------------------------------------------------------

typedef struct WalkFrame {
    Value top;               // this directory's path, str or bytes
    Value dirs, nondirs;     // lists of names (yielded as they are)
    Value walk_dirs;         // bottom-up: the subdirectory paths to descend into
    int64_t next;            // next index in dirs (top-down) or walk_dirs (bottom-up)
    bool yielded;            // top-down: this directory was yielded
} WalkFrame;

typedef struct ObjWalk {
    Obj base;
    WalkFrame *frames;       // cs_malloc'd stack, owned; frames[depth-1] is the current one
    int64_t depth, cap;
    Value pending_top;       // the top directory, until it has been listed
    Value onerror;           // callable or None
    bool topdown, followlinks, is_bytes;
} ObjWalk;

static void frame_clear(WalkFrame *f) {
    val_clear(&f->top);
    val_clear(&f->dirs);
    val_clear(&f->nondirs);
    val_clear(&f->walk_dirs);
}

static void walk_dealloc(Obj *o) {
    ObjWalk *w = (ObjWalk *)o;
    for (int64_t i = 0; i < w->depth; i++) {
        frame_clear(&w->frames[i]);
    }
    cs_free(w->frames);
    val_decref(w->pending_top);
    val_decref(w->onerror);
    obj_free(o);
}

// The directory could not be listed: hand the error to onerror, if any.
// false when onerror itself raised.
static bool walk_error(ThreadState *ts, ObjWalk *w) {
    Value exc = exc_fetch(ts);
    if (val_is_none(w->onerror)) {
        val_decref(exc);
        return true;
    }
    Value r = obj_call1(ts, w->onerror, exc);
    val_decref(exc);
    if (val_is_null(r)) {
        return false;
    }
    val_decref(r);
    return true;
}

// Lists `top` (stolen) and pushes its frame. false with an exception only
// when onerror raised; an unreadable directory is just not pushed.
static bool walk_push(ThreadState *ts, ObjWalk *w, Value top) {
    OsPath p;
    if (!mod_os_path_convert(ts, top, "scandir", "path", 0, &p)) {
        val_decref(top);
        return false;
    }
    Value entries = entries_of(ts, &p, top);
    mod_os_path_release(&p);
    if (val_is_null(entries)) {
        val_decref(top);
        return exc_matches(ts, &ExcOSError) ? walk_error(ts, w) : false;
    }
    WalkFrame f = {.top = top, .dirs = VNULL, .nondirs = VNULL, .walk_dirs = VNULL};
    Obj *dirs = list_new(ts, 0), *nondirs = list_new(ts, 0), *walk_dirs = list_new(ts, 0);
    f.dirs = dirs ? val_obj(dirs) : VNULL;
    f.nondirs = nondirs ? val_obj(nondirs) : VNULL;
    f.walk_dirs = walk_dirs ? val_obj(walk_dirs) : VNULL;
    bool ok = dirs && nondirs && walk_dirs;
    ObjList *l = as_list(entries);
    for (int64_t i = 0; ok && i < l->len; i++) {
        ObjDirEntry *e = (ObjDirEntry *)l->items[i].as.obj;
        const char *path = path_bytes(e->path);
        bool is_dir = entry_is_dir(e->type, path, true);
        ok = list_append(ts, is_dir ? dirs : nondirs, e->name) == 0;
        if (ok && !w->topdown && is_dir && (w->followlinks || !entry_is_symlink(e->type, path))) {
            ok = list_append(ts, walk_dirs, e->path) == 0;
        }
    }
    val_decref(entries);
    if (!ok) {
        frame_clear(&f);
        return false;
    }
    if (w->depth == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 8;
        WalkFrame *frames = cs_realloc_or_raise(ts, w->frames, (size_t)w->cap * sizeof(WalkFrame));
        if (!frames) {
            frame_clear(&f);
            return false;
        }
        w->frames = frames;
    }
    w->frames[w->depth++] = f;
    return true;
}

static bool is_link(Value path) {
    struct stat st;
    return lstat(path_bytes(path), &st) == 0 && S_ISLNK(st.st_mode);
}

static Value walk_result(ThreadState *ts, WalkFrame *f) {
    Obj *t = tuple_pack(ts, 3, f->top, f->dirs, f->nondirs);
    return t ? val_obj(t) : VNULL;
}

static Value walk_next(ThreadState *ts, Value v) {
    ObjWalk *w = (ObjWalk *)v.as.obj;
    for (;;) {
        if (w->depth == 0) {
            if (val_is_null(w->pending_top)) {
                return VNULL;
            }
            Value top = w->pending_top;
            w->pending_top = VNULL;
            if (!walk_push(ts, w, top)) {
                return VNULL;
            }
            continue;
        }
        WalkFrame *f = &w->frames[w->depth - 1];
        if (w->topdown) {
            if (!f->yielded) {
                f->yielded = true;
                return walk_result(ts, f);
            }
            // The caller may have changed dirs: read it afresh each time.
            ObjList *dirs = as_list(f->dirs);
            if (f->next < dirs->len) {
                Value name = dirs->items[f->next++];
                if (!val_is_str_like(name) && !val_isinstance(name, &BytesType)) {
                    return exc_raise(ts, &ExcTypeError, "expected str, bytes or os.PathLike object, not %s",
                                     val_type_name(name));
                }
                Value child = join_entry(ts, f->top, path_bytes(name), w->is_bytes);
                if (val_is_null(child)) {
                    return VNULL;
                }
                if (!w->followlinks && is_link(child)) {
                    val_decref(child);
                    continue;
                }
                if (!walk_push(ts, w, child)) {
                    return VNULL;
                }
                continue;
            }
            frame_clear(f);
            w->depth--;
            continue;
        }
        ObjList *subdirs = as_list(f->walk_dirs);
        if (f->next < subdirs->len) {
            Value child = val_dup(subdirs->items[f->next++]);
            if (!walk_push(ts, w, child)) {
                return VNULL;
            }
            continue;
        }
        Value r = walk_result(ts, f);
        frame_clear(f);
        w->depth--;
        return r;
    }
}

static Value walk_iter(ThreadState *ts, Value v) {
    (void)ts;
    return val_dup(v);
}

static Type WalkType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "walk",
    .basic_size = sizeof(ObjWalk),
    .dealloc = walk_dealloc,
    .getattr = generic_getattr,
    .iter = walk_iter,
    .iternext = walk_next,
};

static Value os_walk(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"top", "topdown", "onerror", "followlinks"};
    Value a[4];
    if (!args_parse(ts, "walk", args, nargs, kwnames, names, 4, 1, a)) {
        return VNULL;
    }
    int topdown = val_is_null(a[1]) ? 1 : obj_truth(ts, a[1]);
    int followlinks = val_is_null(a[3]) ? 0 : obj_truth(ts, a[3]);
    if (topdown < 0 || followlinks < 0) {
        return VNULL;
    }
    Value top = mod_os_fspath(ts, a[0]);
    if (val_is_null(top)) {
        return VNULL;
    }
    ObjWalk *w = (ObjWalk *)obj_alloc(ts, &WalkType, sizeof(ObjWalk));
    if (!w) {
        val_decref(top);
        return VNULL;
    }
    w->pending_top = top;
    w->onerror = val_is_null(a[2]) ? VNONE : val_dup(a[2]);
    w->topdown = topdown;
    w->followlinks = followlinks;
    w->is_bytes = !val_is_str_like(top);
    return val_obj(&w->base);
}

// --- the table ------------------------------------------------------------------------------

const MethodDef mod_os_fs_functions[] = {
    {"getcwd", os_getcwd, 0, "Return a unicode string representing the current working directory."},
    {"getcwdb", os_getcwdb, 0, "Return a bytes string representing the current working directory."},
    {"chdir", os_chdir, 0, "Change the current working directory to the specified path."},
    {"listdir", os_listdir, 0, "Return a list containing the names of the files in the directory."},
    {"scandir", os_scandir, 0, "Return an iterator of DirEntry objects for given path."},
    {"walk", os_walk, 0, "Directory tree generator."},
    {"mkdir", os_mkdir, 0, "Create a directory."},
    {"makedirs", os_makedirs, 0, "makedirs(name [, mode=0o777][, exist_ok=False])\n\nSuper-mkdir."},
    {"rmdir", os_rmdir, 0, "Remove a directory."},
    {"removedirs", os_removedirs, 0, "removedirs(name)\n\nSuper-rmdir."},
    {"remove", os_remove, 0, "Remove a file (same as unlink())."},
    {"unlink", os_unlink, 0, "Remove a file (same as remove())."},
    {"rename", os_rename, 0, "Rename a file or directory."},
    {"replace", os_replace, 0, "Rename a file or directory, overwriting the destination."},
    {"stat", os_stat, 0, "Perform a stat system call on the given path."},
    {"lstat", os_lstat, 0, "Perform a stat system call on the given path, without following symbolic links."},
    {"fstat", os_fstat, 0, "Perform a stat system call on the given file descriptor."},
    {"access", os_access, 0, "Use the real uid/gid to test for access to a path."},
    {"chmod", os_chmod, 0, "Change the access permissions of a file."},
    {"readlink", os_readlink, 0, "Return a string representing the path to which the symbolic link points."},
    {"symlink", os_symlink, 0, "Create a symbolic link pointing to src named dst."},
    {"link", os_link, 0, "Create a hard link to a file."},
    {"truncate", os_truncate, 0, "Truncate a file, specified by path, to a specific length."},
    {"utime", os_utime, 0, "Set the access and modified time of path."},
    {NULL, NULL, 0, NULL},
};

void mod_os_fs_init(ThreadState *ts, Obj *module) {
    if (!(StatResultType.flags & TYPE_READY)) {
        type_ready(ts, &StatResultType);
        StatResultType.module = str_intern_cstr("os");
        type_ready(ts, &DirEntryType);
        type_add_methods(ts, &DirEntryType, direntry_methods);
        DirEntryType.module = str_intern_cstr("posix");
        type_ready(ts, &ScandirType);
        type_add_methods(ts, &ScandirType, scandir_methods);
        ScandirType.module = str_intern_cstr("posix");
        type_ready(ts, &WalkType);
        WalkType.module = str_intern_cstr("os");
    }
    module_set(ts, module, "stat_result", val_obj(&StatResultType.base));
    module_set(ts, module, "DirEntry", val_obj(&DirEntryType.base));
}
