// File objects (see obj_file.h).
//
// Reading text: bytes come into rbuf; '\r\n' and a lone '\r' become '\n'
// (universal newlines) as lines are cut out; a line is decoded as UTF-8
// once it is complete, so a multi-byte character is never split. Writing
// text: UTF-8 bytes go into wbuf, which is flushed when full, at a newline
// for line-buffered files, at every write for unbuffered ones, and on
// close. All open files are on one list so that exit can flush them.
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/obj_file.h"

#include "runtime/args.h"
#include "runtime/obj_bytes.h"
#include "runtime/obj_class.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_list.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/signals.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"

#define BUFSIZE 8192

static ObjFile *open_files;

static void link_open(ObjFile *f) {
    f->next_open = open_files;
    if (open_files) {
        open_files->prev_open = f;
    }
    open_files = f;
}

static void unlink_open(ObjFile *f) {
    if (f->prev_open) {
        f->prev_open->next_open = f->next_open;
    } else if (open_files == f) {
        open_files = f->next_open;
    }
    if (f->next_open) {
        f->next_open->prev_open = f->prev_open;
    }
    f->next_open = f->prev_open = NULL;
}

static bool check_open(ThreadState *ts, ObjFile *f) {
    if (f->closed) {
        exc_raise(ts, &ExcValueError, "I/O operation on closed file.");
        return false;
    }
    return true;
}

// --- raw I/O, with the GIL released -------------------------------------------------

static ssize_t raw_write(ThreadState *ts, int fd, const char *p, size_t n, int *err) {
    size_t done = 0;
    gil_release_for_io(ts);
    while (done < n) {
        ssize_t w = write(fd, p + done, n - done);
        if (w < 0) {
            if (errno == EINTR && !signals_pending()) {
                continue;
            }
            *err = errno;
            break;
        }
        done += (size_t)w;
    }
    gil_acquire_after_io(ts);
    return (ssize_t)done;
}

// Reads up to n bytes; 0 at end of file, -1 with *err on error.
static ssize_t raw_read(ThreadState *ts, int fd, char *p, size_t n, int *err) {
    ssize_t r;
    for (;;) {
        gil_release_for_io(ts);
        r = read(fd, p, n);
        int e = errno;
        gil_acquire_after_io(ts);
        if (r >= 0) {
            return r;
        }
        if (e == EINTR) {
            // A signal: let KeyboardInterrupt out, else retry.
            if (signals_pending() && !signals_run_handlers(ts)) {
                *err = -1;
                return -1;
            }
            continue;
        }
        *err = e;
        return -1;
    }
}

// Writes n bytes of `data` with the GIL released. The bytes are copied
// first: while we wait, another thread may append to the same file's
// buffer, or resize the bytearray the data came from.
static int write_out(ThreadState *ts, int fd, const char *data, size_t n) {
    char local[BUFSIZE];
    char *copy = n <= sizeof local ? local : cs_malloc(n);
    if (!copy) {
        exc_no_memory(ts);
        return -1;
    }
    memcpy(copy, data, n);
    int err = 0;
    raw_write(ts, fd, copy, n, &err);
    if (copy != local) {
        cs_free(copy);
    }
    if (err) {
        exc_raise_errno(ts, err, NULL);
        return -1;
    }
    return 0;
}

int file_flush(ThreadState *ts, ObjFile *f) {
    if (f->wlen == 0) {
        return 0;
    }
    // Empty the buffer before the GIL goes, so that no other thread
    // writes the same bytes again.
    size_t n = f->wlen;
    f->wlen = 0;
    return write_out(ts, f->fd, f->wbuf, n);
}

static int write_bytes(ThreadState *ts, ObjFile *f, const char *data, size_t len, bool has_newline) {
    if (!check_open(ts, f)) {
        return -1;
    }
    if (!f->writable) {
        exc_raise(ts, &ExcOSError, "not writable");
        return -1;
    }
    if (f->wlen + len > f->wcap) {
        if (file_flush(ts, f) < 0) {
            return -1;
        }
        if (len > f->wcap) {
            return write_out(ts, f->fd, data, len);
        }
    }
    memcpy(f->wbuf + f->wlen, data, len);
    f->wlen += len;
    if (f->unbuffered || (f->line_buffered && has_newline)) {
        return file_flush(ts, f);
    }
    return 0;
}

int file_write_text(ThreadState *ts, ObjFile *f, const char *data, size_t len) {
    return write_bytes(ts, f, data, len, memchr(data, '\n', len) != NULL);
}

// --- reading ---------------------------------------------------------------------------

// Makes room and reads more bytes into rbuf. Returns the number read, 0 at
// end of file, -1 on error.
static ssize_t fill(ThreadState *ts, ObjFile *f) {
    // A terminal or pipe delivers a line at a time; flush our own prompt
    // first so it shows before we wait.
    if (f->fd == 0) {
        file_flush_all(ts);
        exc_clear(ts);
    }
    // Read into our own stack buffer: while the GIL is released another
    // thread may read the same file and move or grow rbuf.
    char chunk[BUFSIZE];
    int err = 0;
    ssize_t r = raw_read(ts, f->fd, chunk, sizeof chunk, &err);
    if (r < 0) {
        if (err > 0) {
            exc_raise_errno(ts, err, NULL);
        }
        return -1;
    }
    if (r == 0) {
        f->at_eof = true;
        return 0;
    }
    if (f->rpos > 0 && f->rpos == f->rlen) {
        f->rpos = f->rlen = 0;
    }
    if (f->rlen + (size_t)r > f->rcap) {
        if (f->rpos > 0) {
            memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
            f->rlen -= f->rpos;
            f->rpos = 0;
        }
        if (f->rlen + (size_t)r > f->rcap) {
            size_t cap = f->rcap ? f->rcap * 2 : BUFSIZE;
            while (cap < f->rlen + (size_t)r) {
                cap *= 2;
            }
            char *p = cs_realloc(f->rbuf, cap);
            if (!p) {
                exc_no_memory(ts);
                return -1;
            }
            f->rbuf = p;
            f->rcap = cap;
        }
    }
    memcpy(f->rbuf + f->rlen, chunk, (size_t)r);
    f->rlen += (size_t)r;
    return r;
}

// Takes n bytes from rbuf, translating newlines for text files.
static Value take(ThreadState *ts, ObjFile *f, size_t n) {
    const char *p = f->rbuf + f->rpos;
    f->rpos += n;
    if (f->binary) {
        Obj *b = bytes_new(ts, p, (int64_t)n);
        return b ? val_obj(b) : VNULL;
    }
    StrBuf sb;
    strbuf_init(&sb);
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\r') {
            strbuf_append_char(&sb, '\n');
            if (i + 1 < n && p[i + 1] == '\n') {
                i++;
            } else if (i + 1 == n && f->rpos < f->rlen && f->rbuf[f->rpos] == '\n') {
                f->rpos++;
            }
        } else {
            strbuf_append_char(&sb, p[i]);
        }
    }
    Obj *s = str_decode_utf8(ts, sb.data ? sb.data : "", (int64_t)sb.len);
    strbuf_free(&sb);
    return s ? val_obj(s) : VNULL;
}

Value file_readline(ThreadState *ts, ObjFile *f, int64_t limit) {
    if (!check_open(ts, f)) {
        return VNULL;
    }
    if (!f->readable) {
        return exc_raise(ts, &ExcOSError, "not readable");
    }
    size_t scanned = 0;
    for (;;) {
        size_t avail = f->rlen - f->rpos;
        const char *p = f->rbuf + f->rpos;
        for (; scanned < avail; scanned++) {
            if (p[scanned] == '\n') {
                return take(ts, f, scanned + 1);
            }
            if (p[scanned] == '\r' && !f->binary) {
                // "\r\n" may straddle the buffer: need one more byte.
                if (scanned + 1 < avail || f->at_eof) {
                    return take(ts, f, scanned + 1 + (scanned + 1 < avail && p[scanned + 1] == '\n'));
                }
                break;
            }
            if (limit >= 0 && (int64_t)scanned >= limit) {
                return take(ts, f, scanned);
            }
        }
        if (f->at_eof) {
            return take(ts, f, avail);
        }
        ssize_t r = fill(ts, f);
        if (r < 0) {
            return VNULL;
        }
    }
}

static Value read_all(ThreadState *ts, ObjFile *f) {
    while (!f->at_eof) {
        if (fill(ts, f) < 0) {
            return VNULL;
        }
    }
    return take(ts, f, f->rlen - f->rpos);
}

// read(n) on a text file counts characters: read until n code points are
// complete (a trailing '\r' waits for a possible '\n').
static Value read_chars(ThreadState *ts, ObjFile *f, int64_t n) {
    for (;;) {
        size_t avail = f->rlen - f->rpos;
        const unsigned char *p = (const unsigned char *)f->rbuf + f->rpos;
        int64_t chars = 0;
        size_t i = 0;
        while (i < avail && chars < n) {
            unsigned c = p[i];
            size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            if (i + len > avail) {
                break;
            }
            if (c == '\r' && i + 1 < avail && p[i + 1] == '\n') {
                len = 2;
            } else if (c == '\r' && i + 1 == avail && !f->at_eof) {
                break;
            }
            i += len;
            chars++;
        }
        if (chars >= n || f->at_eof) {
            return take(ts, f, i);
        }
        if (fill(ts, f) < 0) {
            return VNULL;
        }
    }
}

// --- opening -----------------------------------------------------------------------------

static bool parse_mode(ThreadState *ts, const char *mode, int *flags, ObjFile *f) {
    int rw = 0, plus = 0, b = 0, t = 0;
    *flags = 0;
    for (const char *p = mode; *p; p++) {
        switch (*p) {
        case 'r': rw++; f->readable = true; break;
        case 'w': rw++; f->writable = true; *flags |= O_CREAT | O_TRUNC; break;
        case 'a': rw++; f->writable = true; f->appending = true; *flags |= O_CREAT | O_APPEND; break;
        case 'x': rw++; f->writable = true; *flags |= O_CREAT | O_EXCL; break;
        case '+': plus++; break;
        case 'b': b++; break;
        case 't': t++; break;
        default:
            exc_raise(ts, &ExcValueError, "invalid mode: '%s'", mode);
            return false;
        }
    }
    if (rw != 1 || plus > 1 || b > 1 || t > 1 || (b && t)) {
        if (b && t) {
            exc_raise(ts, &ExcValueError, "can't have text and binary mode at once");
        } else if (rw == 0) {
            exc_raise(ts, &ExcValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
        } else {
            exc_raise(ts, &ExcValueError, "must have exactly one of create/read/write/append mode");
        }
        return false;
    }
    if (plus) {
        f->readable = f->writable = true;
    }
    f->binary = b;
    *flags |= f->readable && f->writable ? O_RDWR : f->writable ? O_WRONLY : O_RDONLY;
    *flags |= O_CLOEXEC;
    return true;
}

static ObjFile *file_alloc(ThreadState *ts, bool binary) {
    ObjFile *f = (ObjFile *)obj_alloc(ts, binary ? &BinaryFileType : &TextFileType, sizeof(ObjFile));
    if (!f) {
        return NULL;
    }
    f->fd = -1;
    f->name = VNONE;
    f->wcap = BUFSIZE;
    f->wbuf = cs_malloc(BUFSIZE);
    if (!f->wbuf) {
        obj_free(&f->base);
        exc_no_memory(ts);
        return NULL;
    }
    return f;
}

Value file_open(ThreadState *ts, Value path, const char *mode, int buffering) {
    ObjFile probe = {0};
    int flags;
    if (!parse_mode(ts, mode, &flags, &probe)) {
        return VNULL;
    }
    if (buffering == 0 && !probe.binary) {
        return exc_raise(ts, &ExcValueError, "can't have unbuffered text I/O");
    }
    int fd;
    const char *cpath = NULL;
    if (val_is_int(path)) {
        fd = (int)path.as.i;
    } else if (val_is_str_like(path)) {
        cpath = as_str(path)->data;
        if (strlen(cpath) != (size_t)as_str(path)->nbytes) {
            return exc_raise(ts, &ExcValueError, "embedded null byte");
        }
        gil_release_for_io(ts);
        fd = open(cpath, flags, 0666);
        int e = errno;
        gil_acquire_after_io(ts);
        if (fd < 0) {
            return exc_raise_errno(ts, e, cpath);
        }
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            return exc_raise_errno(ts, EISDIR, cpath);
        }
    } else {
        return exc_raise(ts, &ExcTypeError, "expected str, bytes or os.PathLike object, not %s",
                         val_type_name(path));
    }
    ObjFile *f = file_alloc(ts, probe.binary);
    if (!f) {
        if (cpath) {
            close(fd);
        }
        return VNULL;
    }
    f->fd = fd;
    f->readable = probe.readable;
    f->writable = probe.writable;
    f->appending = probe.appending;
    f->binary = probe.binary;
    f->closefd = true;
    f->name = val_dup(path);
    f->mode = str_from_cstr(ts, mode);
    f->line_buffered = buffering == 1 || (buffering < 0 && !f->binary && isatty(fd));
    f->unbuffered = buffering == 0;
    link_open(f);
    return val_obj(&f->base);
}

Value file_from_fd(ThreadState *ts, int fd, const char *name, const char *mode, bool line_buffered,
                   bool unbuffered) {
    ObjFile *f = file_alloc(ts, false);
    if (!f) {
        return VNULL;
    }
    f->fd = fd;
    f->readable = mode[0] == 'r';
    f->writable = mode[0] == 'w';
    f->closefd = false;
    f->name = val_obj(str_from_cstr(ts, name));
    f->mode = str_from_cstr(ts, mode);
    f->line_buffered = line_buffered;
    f->unbuffered = unbuffered;
    link_open(f);
    return val_obj(&f->base);
}

static int file_close(ThreadState *ts, ObjFile *f) {
    if (f->closed) {
        return 0;
    }
    int r = f->writable ? file_flush(ts, f) : 0;
    f->closed = true;
    unlink_open(f);
    if (f->closefd && f->fd >= 0) {
        if (close(f->fd) < 0 && r == 0) {
            exc_raise_errno(ts, errno, NULL);
            r = -1;
        }
    }
    f->fd = -1;
    return r;
}

void file_flush_all(ThreadState *ts) {
    for (ObjFile *f = open_files; f; f = f->next_open) {
        if (f->writable && f->wlen) {
            if (file_flush(ts, f) < 0) {
                exc_clear(ts);
                f->wlen = 0;
            }
        }
    }
}

static void file_dealloc(Obj *o) {
    ObjFile *f = (ObjFile *)o;
    if (!f->closed && cs_ts) {
        Value saved = exc_fetch(cs_ts);
        file_close(cs_ts, f);
        exc_clear(cs_ts);
        exc_restore(cs_ts, saved);
    }
    unlink_open(f);
    cs_free(f->rbuf);
    cs_free(f->wbuf);
    val_decref(f->name);
    obj_xdecref(f->mode);
    obj_xdecref(f->dict);
    obj_free(o);
}

static Value file_repr(ThreadState *ts, Value v) {
    ObjFile *f = (ObjFile *)v.as.obj;
    Obj *s;
    if (f->binary) {
        const char *kind = f->readable && f->writable ? "BufferedRandom" : f->readable ? "BufferedReader" : "BufferedWriter";
        s = str_format_c(ts, "<_io.%s name=%R>", kind, f->name);
    } else if (f->closed) {
        s = str_format_c(ts, "<_io.TextIOWrapper name=%R mode=%R encoding='UTF-8'>", f->name,
                         f->mode ? val_obj(f->mode) : VNONE);
    } else {
        s = str_format_c(ts, "<_io.TextIOWrapper name=%R mode=%R encoding='utf-8'>", f->name,
                         f->mode ? val_obj(f->mode) : VNONE);
    }
    return s ? val_obj(s) : VNULL;
}

static Value file_iter(ThreadState *ts, Value v) {
    if (!check_open(ts, (ObjFile *)v.as.obj)) {
        return VNULL;
    }
    return val_dup(v);
}

static Value file_iternext(ThreadState *ts, Value v) {
    Value line = file_readline(ts, (ObjFile *)v.as.obj, -1);
    if (val_is_null(line)) {
        return VNULL;
    }
    int64_t len = val_is_bytes(line) ? ((ObjBytes *)line.as.obj)->len : as_str(line)->nbytes;
    if (len == 0) {
        val_decref(line);
        return VNULL;
    }
    return line;
}

// --- methods ------------------------------------------------------------------------------

#define SELF ((ObjFile *)self.as.obj)

static Value m_write(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "TextIOWrapper", "write", nargs, kw, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    ObjFile *f = SELF;
    if (f->binary) {
        const char *data;
        int64_t len;
        if (!bytes_view(ts, args[0], &data, &len)) {
            exc_clear(ts);
            return exc_raise(ts, &ExcTypeError, "a bytes-like object is required, not '%s'", val_type_name(args[0]));
        }
        return write_bytes(ts, f, data, (size_t)len, false) < 0 ? VNULL : val_int(len);
    }
    if (!val_is_str_like(args[0])) {
        return exc_raise(ts, &ExcTypeError, "write() argument must be str, not %s", val_type_name(args[0]));
    }
    ObjStr *s = as_str(args[0]);
    if (file_write_text(ts, f, s->data, (size_t)s->nbytes) < 0) {
        return VNULL;
    }
    return val_int(s->len);
}

static Value m_writelines(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "TextIOWrapper", "writelines", nargs, kw, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    Value it = obj_iter(ts, args[0]);
    if (val_is_null(it)) {
        return VNULL;
    }
    for (;;) {
        Value line = obj_next(ts, it);
        if (val_is_null(line)) {
            break;
        }
        Value r = m_write(ts, self, &line, 1, NULL);
        val_decref(line);
        if (val_is_null(r)) {
            break;
        }
    }
    val_decref(it);
    return exc_occurred(ts) ? VNULL : VNONE;
}

static Value m_read(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "TextIOWrapper", "read", nargs, kw, 0, 1, ARGS_CLINIC)) {
        return VNULL;
    }
    ObjFile *f = SELF;
    if (!check_open(ts, f)) {
        return VNULL;
    }
    if (!f->readable) {
        return exc_raise(ts, &ExcOSError, "not readable");
    }
    int64_t n = -1;
    if (nargs == 1 && !val_is_none(args[0]) && !obj_index_i64(ts, args[0], &n)) {
        return VNULL;
    }
    if (f->writable && file_flush(ts, f) < 0) {
        return VNULL;
    }
    if (n < 0) {
        return read_all(ts, f);
    }
    if (!f->binary) {
        return read_chars(ts, f, n);
    }
    while ((int64_t)(f->rlen - f->rpos) < n && !f->at_eof) {
        if (fill(ts, f) < 0) {
            return VNULL;
        }
    }
    size_t avail = f->rlen - f->rpos;
    return take(ts, f, (size_t)n < avail ? (size_t)n : avail);
}

static Value m_readline(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "TextIOWrapper", "readline", nargs, kw, 0, 1, ARGS_CLINIC)) {
        return VNULL;
    }
    int64_t limit = -1;
    if (nargs == 1 && !val_is_none(args[0]) && !obj_index_i64(ts, args[0], &limit)) {
        return VNULL;
    }
    return file_readline(ts, SELF, limit);
}

static Value m_readlines(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "TextIOWrapper", "readlines", nargs, kw, 0, 1, ARGS_CLINIC)) {
        return VNULL;
    }
    Value it = file_iter(ts, self);
    if (val_is_null(it)) {
        return VNULL;
    }
    val_decref(it);
    return list_from_iterable(ts, self);
}

static Value m_close(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return file_close(ts, SELF) < 0 ? VNULL : VNONE;
}

static Value m_flush(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    if (!check_open(ts, SELF)) {
        return VNULL;
    }
    return file_flush(ts, SELF) < 0 ? VNULL : VNONE;
}

static Value m_enter(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    if (!check_open(ts, SELF)) {
        return VNULL;
    }
    return val_dup(self);
}

static Value m_exit(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return file_close(ts, SELF) < 0 ? VNULL : VNONE;
}

static Value m_fileno(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    if (!check_open(ts, SELF)) {
        return VNULL;
    }
    return val_int(SELF->fd);
}

static Value m_isatty(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    if (!check_open(ts, SELF)) {
        return VNULL;
    }
    return val_bool(isatty(SELF->fd));
}

static Value m_seek(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "TextIOWrapper", "seek", nargs, kw, 1, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    ObjFile *f = SELF;
    int64_t off, whence = 0;
    if (!check_open(ts, f) || !obj_index_i64(ts, args[0], &off) ||
        (nargs == 2 && !obj_index_i64(ts, args[1], &whence))) {
        return VNULL;
    }
    if (file_flush(ts, f) < 0) {
        return VNULL;
    }
    if (whence == 1) {
        // Relative to what the caller has consumed, not to the buffer end.
        off -= (int64_t)(f->rlen - f->rpos);
    }
    off_t r = lseek(f->fd, (off_t)off, (int)whence);
    if (r < 0) {
        return exc_raise_errno(ts, errno, NULL);
    }
    f->rpos = f->rlen = 0;
    f->at_eof = false;
    return val_int((int64_t)r);
}

static Value m_tell(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    ObjFile *f = SELF;
    if (!check_open(ts, f)) {
        return VNULL;
    }
    off_t r = lseek(f->fd, 0, SEEK_CUR);
    if (r < 0) {
        return exc_raise_errno(ts, errno, NULL);
    }
    return val_int((int64_t)r - (int64_t)(f->rlen - f->rpos) + (int64_t)f->wlen);
}

static Value m_truthy(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw, int what) {
    (void)args;
    (void)nargs;
    (void)kw;
    if (!check_open(ts, SELF)) {
        return VNULL;
    }
    return val_bool(what == 0 ? SELF->readable : what == 1 ? SELF->writable : true);
}

static Value m_readable(ThreadState *ts, Value self, Value *a, int64_t n, Obj *k) { return m_truthy(ts, self, a, n, k, 0); }
static Value m_writable(ThreadState *ts, Value self, Value *a, int64_t n, Obj *k) { return m_truthy(ts, self, a, n, k, 1); }
static Value m_seekable(ThreadState *ts, Value self, Value *a, int64_t n, Obj *k) { return m_truthy(ts, self, a, n, k, 2); }

static const MethodDef file_methods[] = {
    {"write", m_write, NATIVE_METHOD, "Write string to stream."},
    {"writelines", m_writelines, NATIVE_METHOD, "Write a list of lines to stream."},
    {"read", m_read, NATIVE_METHOD, "Read at most n characters from stream."},
    {"readline", m_readline, NATIVE_METHOD, "Read until newline or EOF."},
    {"readlines", m_readlines, NATIVE_METHOD, "Return a list of lines from the stream."},
    {"close", m_close, NATIVE_METHOD, "Flush and close the IO object."},
    {"flush", m_flush, NATIVE_METHOD, "Flush write buffers, if applicable."},
    {"fileno", m_fileno, NATIVE_METHOD, "Returns underlying file descriptor if one exists."},
    {"isatty", m_isatty, NATIVE_METHOD, "Return whether this is an 'interactive' stream."},
    {"seek", m_seek, NATIVE_METHOD, "Change the stream position."},
    {"tell", m_tell, NATIVE_METHOD, "Return current stream position."},
    {"readable", m_readable, NATIVE_METHOD, "Return whether object was opened for reading."},
    {"writable", m_writable, NATIVE_METHOD, "Return whether object was opened for writing."},
    {"seekable", m_seekable, NATIVE_METHOD, "Return whether object supports random access."},
    {"__enter__", m_enter, NATIVE_METHOD, NULL},
    {"__exit__", m_exit, NATIVE_METHOD, NULL},
    {NULL, NULL, 0, NULL},
};

static Value file_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjFile *f = (ObjFile *)v.as.obj;
    if (str_eq_cstr(name, "closed")) return val_bool(f->closed);
    if (str_eq_cstr(name, "name")) return val_dup(f->name);
    if (str_eq_cstr(name, "mode")) return f->mode ? val_dup(val_obj(f->mode)) : VNONE;
    if (str_eq_cstr(name, "encoding") && !f->binary) return val_obj(str_intern_cstr("utf-8"));
    if (str_eq_cstr(name, "line_buffering") && !f->binary) return val_bool(f->line_buffered);
    return generic_getattr(ts, v, name);
}

Type TextFileType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "TextIOWrapper",
    .basic_size = sizeof(ObjFile),
    .dict_offset = offsetof(ObjFile, dict),
    .dealloc = file_dealloc,
    .repr = file_repr,
    .getattr = file_getattr,
    .iter = file_iter,
    .iternext = file_iternext,
};

Type BinaryFileType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "BufferedReader",
    .basic_size = sizeof(ObjFile),
    .dict_offset = offsetof(ObjFile, dict),
    .dealloc = file_dealloc,
    .repr = file_repr,
    .getattr = file_getattr,
    .iter = file_iter,
    .iternext = file_iternext,
};

void file_init_types(ThreadState *ts) {
    type_ready(ts, &TextFileType);
    type_ready(ts, &BinaryFileType);
    type_add_methods(ts, &TextFileType, file_methods);
    type_add_methods(ts, &BinaryFileType, file_methods);
    TextFileType.module = str_intern_cstr("_io");
    BinaryFileType.module = str_intern_cstr("_io");
}
