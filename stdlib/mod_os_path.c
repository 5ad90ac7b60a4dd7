// os.path: the posixpath module, path names manipulated as text with
// CPython 3.11's exact rules (join("a", "/b") is "/b", normpath keeps two
// leading slashes but not three, splitext(".bashrc") has no extension...),
// and the questions asked of the file system (exists, isdir, getsize...).
//
// Every function takes str, bytes or an os.PathLike object and answers
// with the same kind it was given. The work is done on the UTF-8 bytes:
// "/" and "." are ASCII, so cutting at them always leaves valid UTF-8.
//
// The module is created once and registered in sys.modules both as
// "posixpath" (its name, as in CPython) and "os.path", so `import os.path`,
// `from os import path` and `import posixpath` find the same object.
//
// See also: mod_os.c, mod_os_fs.c.
#include <errno.h>
#include <limits.h>
#include <pwd.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/obj_bytes.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_list.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"
#include "stdlib/mod_os.h"
#include "stdlib/modules.h"
#include "stdlib/py_signature.h"

// A path argument as text: its bytes, and whether it came as bytes.
typedef struct Text {
    const char *s;
    int64_t len;
    bool is_bytes;
    Value holder;            // the str or bytes that owns s (new reference)
} Text;

static bool text_of(ThreadState *ts, Value v, Text *out) {
    Value p = mod_os_fspath(ts, v);
    if (val_is_null(p)) {
        return false;
    }
    out->holder = p;
    out->is_bytes = !val_is_str_like(p);
    if (out->is_bytes) {
        out->s = ((ObjBytes *)p.as.obj)->data;
        out->len = ((ObjBytes *)p.as.obj)->len;
    } else {
        out->s = as_str(p)->data;
        out->len = as_str(p)->nbytes;
    }
    return true;
}

static void text_free(Text *t) { val_clear(&t->holder); }

// The one argument of func, a Python function of one parameter `param` in
// CPython (so its errors read "split() missing 1 required positional
// argument: 'p'"). Borrowed into *out.
static bool one_arg(ThreadState *ts, const char *func, const char *param, Value *args, int64_t nargs,
                    Obj *kwnames, Value *out) {
    const char *const names[] = {param};
    const PySignature sig = {func, names, 1, 0, 1, false};
    return py_signature_bind(ts, &sig, args, nargs, kwnames, out);
}

// one_arg, then the argument as text.
static bool one_text(ThreadState *ts, const char *func, const char *param, Value *args, int64_t nargs,
                     Obj *kwnames, Text *t) {
    Value v;
    return one_arg(ts, func, param, args, nargs, kwnames, &v) && text_of(ts, v, t);
}

static Value make(ThreadState *ts, const char *s, int64_t len, bool is_bytes) {
    Obj *o = is_bytes ? bytes_new(ts, s, len) : str_new(ts, s, len);
    return o ? val_obj(o) : VNULL;
}

static Value make_sb(ThreadState *ts, StrBuf *sb, bool is_bytes) {
    Value r = make(ts, sb->data ? sb->data : "", (int64_t)sb->len, is_bytes);
    strbuf_free(sb);
    return r;
}

static Value pair(ThreadState *ts, Value a, Value b) {
    if (val_is_null(a) || val_is_null(b)) {
        val_decref(a);
        val_decref(b);
        return VNULL;
    }
    Obj *t = tuple_pack(ts, 2, a, b);
    val_decref(a);
    val_decref(b);
    return t ? val_obj(t) : VNULL;
}

static int64_t last_slash(const char *s, int64_t len) {
    for (int64_t i = len - 1; i >= 0; i--) {
        if (s[i] == '/') {
            return i;
        }
    }
    return -1;
}

// The head of split(): s[:i] with trailing slashes removed, unless it is
// nothing but slashes. Returns its length.
static int64_t head_len(const char *s, int64_t i) {
    int64_t h = i;
    while (h > 0 && s[h - 1] == '/') {
        h--;
    }
    return h == 0 ? i : h;
}

// join(a, b) for two texts, appended to sb which holds a.
static void join_to(StrBuf *sb, const char *b, int64_t blen) {
    if (blen > 0 && b[0] == '/') {
        sb->len = 0;
    } else if (sb->len > 0 && sb->data[sb->len - 1] != '/') {
        strbuf_append_char(sb, '/');
    }
    strbuf_append(sb, b, (size_t)blen);
}

// --- pure text operations -------------------------------------------------------------------

static Value p_normcase(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    Value s;
    if (!one_arg(ts, "normcase", "s", args, nargs, kwnames, &s)) {
        return VNULL;
    }
    return mod_os_fspath(ts, s);
}

static Value p_isabs(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    Text t;
    if (!one_text(ts, "isabs", "s", args, nargs, kwnames, &t)) {
        return VNULL;
    }
    bool abs = t.len > 0 && t.s[0] == '/';
    text_free(&t);
    return val_bool(abs);
}

// The TypeError of genericpath._check_arg_types, for a call given
// arguments of the wrong kinds.
static Value arg_types_error(ThreadState *ts, const char *func, Value *args, int64_t nargs) {
    bool has_str = false, has_bytes = false;
    for (int64_t i = 0; i < nargs; i++) {
        Value v = args[i];
        if (!val_is_str_like(v) && !val_isinstance(v, &BytesType)) {
            Value p = mod_os_fspath(ts, v);
            if (val_is_null(p)) {
                exc_clear(ts);
                return exc_raise(ts, &ExcTypeError,
                                 "%s() argument must be str, bytes, or os.PathLike object, not '%s'", func,
                                 val_type_name(v));
            }
            v = p;
            val_decref(p);
        }
        if (val_is_str_like(v)) {
            has_str = true;
        } else {
            has_bytes = true;
        }
    }
    if (has_str && has_bytes) {
        return exc_raise(ts, &ExcTypeError, "Can't mix strings and bytes in path components");
    }
    return VNULL;
}

static Value p_join(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    // join(a, *p): only `a` may be given by name, and only alone.
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (int64_t k = 0; k < nkw; k++) {
        Obj *key = tuple_get(kwnames, k).as.obj;
        if (!str_eq_cstr(key, "a")) {
            return exc_raise(ts, &ExcTypeError, "join() got an unexpected keyword argument '%U'", key);
        }
    }
    if (nkw > 0) {
        if (nargs > 0) {
            return exc_raise(ts, &ExcTypeError, "join() got multiple values for argument 'a'");
        }
        return p_join(ts, self, args, 1, NULL);
    }
    if (nargs < 1) {
        return exc_raise(ts, &ExcTypeError, "join() missing 1 required positional argument: 'a'");
    }
    Text first;
    if (!text_of(ts, args[0], &first)) {
        return VNULL;
    }
    StrBuf sb;
    strbuf_init(&sb);
    strbuf_append(&sb, first.s, (size_t)first.len);
    for (int64_t i = 1; i < nargs; i++) {
        Text t;
        if (!text_of(ts, args[i], &t) || t.is_bytes != first.is_bytes) {
            if (exc_occurred(ts)) {
                exc_clear(ts);
            } else {
                text_free(&t);
            }
            text_free(&first);
            strbuf_free(&sb);
            arg_types_error(ts, "join", args, nargs);
            return VNULL;
        }
        join_to(&sb, t.s, t.len);
        text_free(&t);
    }
    Value r = make_sb(ts, &sb, first.is_bytes);
    text_free(&first);
    return r;
}

static Value p_split(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    Text t;
    if (!one_text(ts, "split", "p", args, nargs, kwnames, &t)) {
        return VNULL;
    }
    int64_t i = last_slash(t.s, t.len) + 1;
    Value r = pair(ts, make(ts, t.s, head_len(t.s, i), t.is_bytes), make(ts, t.s + i, t.len - i, t.is_bytes));
    text_free(&t);
    return r;
}

static Value p_dirname(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    Text t;
    if (!one_text(ts, "dirname", "p", args, nargs, kwnames, &t)) {
        return VNULL;
    }
    Value r = make(ts, t.s, head_len(t.s, last_slash(t.s, t.len) + 1), t.is_bytes);
    text_free(&t);
    return r;
}

static Value p_basename(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    Text t;
    if (!one_text(ts, "basename", "p", args, nargs, kwnames, &t)) {
        return VNULL;
    }
    int64_t i = last_slash(t.s, t.len) + 1;
    Value r = make(ts, t.s + i, t.len - i, t.is_bytes);
    text_free(&t);
    return r;
}

// The extension starts at the last dot of the last component, unless
// everything before that dot in the component is dots (".bashrc", "..").
static int64_t extension_start(const char *s, int64_t len) {
    int64_t sep = last_slash(s, len);
    int64_t dot = -1;
    for (int64_t i = len - 1; i > sep; i--) {
        if (s[i] == '.') {
            dot = i;
            break;
        }
    }
    if (dot < 0) {
        return len;
    }
    for (int64_t i = sep + 1; i < dot; i++) {
        if (s[i] != '.') {
            return dot;
        }
    }
    return len;
}

static Value p_splitext(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    Text t;
    if (!one_text(ts, "splitext", "p", args, nargs, kwnames, &t)) {
        return VNULL;
    }
    int64_t i = extension_start(t.s, t.len);
    Value r = pair(ts, make(ts, t.s, i, t.is_bytes), make(ts, t.s + i, t.len - i, t.is_bytes));
    text_free(&t);
    return r;
}

static Value p_splitdrive(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    Text t;
    if (!one_text(ts, "splitdrive", "p", args, nargs, kwnames, &t)) {
        return VNULL;
    }
    Value r = pair(ts, make(ts, "", 0, t.is_bytes), val_dup(t.holder));
    text_free(&t);
    return r;
}

// normpath on text, into sb: "." and empty components dropped, ".." eats
// the component before it where there is one, leading slashes kept as
// POSIX says (one or two; three or more mean one).
static void normalize(const char *s, int64_t len, StrBuf *sb) {
    if (len == 0) {
        strbuf_append_char(sb, '.');
        return;
    }
    int initial = 0;
    if (s[0] == '/') {
        initial = (len >= 2 && s[1] == '/' && !(len >= 3 && s[2] == '/')) ? 2 : 1;
    }
    // Components as (start, length) pairs, at most one per two bytes + 1.
    int64_t max = len / 2 + 2;
    int64_t *starts = cs_malloc((size_t)max * sizeof(int64_t));
    int64_t *lens = cs_malloc((size_t)max * sizeof(int64_t));
    if (!starts || !lens) {
        cs_fatal("out of memory normalizing a path");
    }
    int64_t n = 0;
    for (int64_t i = 0; i <= len;) {
        int64_t j = i;
        while (j < len && s[j] != '/') {
            j++;
        }
        int64_t clen = j - i;
        bool dot = clen == 1 && s[i] == '.';
        bool dotdot = clen == 2 && s[i] == '.' && s[i + 1] == '.';
        if (clen > 0 && !dot) {
            bool last_dotdot =
                n > 0 && lens[n - 1] == 2 && s[starts[n - 1]] == '.' && s[starts[n - 1] + 1] == '.';
            if (!dotdot || (!initial && n == 0) || last_dotdot) {
                starts[n] = i;
                lens[n] = clen;
                n++;
            } else if (n > 0) {
                n--;
            }
        }
        i = j + 1;
    }
    strbuf_fill(sb, '/', (size_t)initial);
    for (int64_t k = 0; k < n; k++) {
        if (k > 0) {
            strbuf_append_char(sb, '/');
        }
        strbuf_append(sb, s + starts[k], (size_t)lens[k]);
    }
    if (sb->len == 0) {
        strbuf_append_char(sb, '.');
    }
    cs_free(starts);
    cs_free(lens);
}

static Value p_normpath(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    Text t;
    if (!one_text(ts, "normpath", "path", args, nargs, kwnames, &t)) {
        return VNULL;
    }
    StrBuf sb;
    strbuf_init(&sb);
    normalize(t.s, t.len, &sb);
    Value r = make_sb(ts, &sb, t.is_bytes);
    text_free(&t);
    return r;
}

// abspath into sb: the current directory joined in front of a relative
// path, then normalized. false with OSError when the directory is gone.
static bool absolute(ThreadState *ts, const char *s, int64_t len, StrBuf *sb) {
    StrBuf joined;
    strbuf_init(&joined);
    if (len == 0 || s[0] != '/') {
        char cwd[PATH_MAX];
        if (!getcwd(cwd, sizeof cwd)) {
            strbuf_free(&joined);
            mod_os_error(ts, errno, VNULL, VNULL);
            return false;
        }
        strbuf_append_cstr(&joined, cwd);
    }
    join_to(&joined, s, len);
    normalize(joined.data, (int64_t)joined.len, sb);
    strbuf_free(&joined);
    return true;
}

static Value p_abspath(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    Text t;
    if (!one_text(ts, "abspath", "path", args, nargs, kwnames, &t)) {
        return VNULL;
    }
    StrBuf sb;
    strbuf_init(&sb);
    Value r = absolute(ts, t.s, t.len, &sb) ? make_sb(ts, &sb, t.is_bytes) : VNULL;
    strbuf_free(&sb);
    text_free(&t);
    return r;
}

// --- realpath -------------------------------------------------------------------------------

// The state of one realpath call: links already resolved (their target,
// or None while being resolved, which marks a loop).
typedef struct Resolve {
    Obj *seen;               // dict: bytes path -> bytes resolved path, or None
    bool strict;
    bool is_bytes;           // for the filename of errors
} Resolve;

// Replaces sb by its split() head; says whether the tail was "..".
static bool split_off(StrBuf *sb) {
    int64_t i = last_slash(sb->data, (int64_t)sb->len) + 1;
    bool tail_dotdot = (int64_t)sb->len - i == 2 && sb->data[i] == '.' && sb->data[i + 1] == '.';
    sb->len = (size_t)head_len(sb->data, i);
    sb->data[sb->len] = 0;
    return tail_dotdot;
}

static void sb_set(StrBuf *sb, const char *s, size_t len) {
    sb->len = 0;
    strbuf_append(sb, s, len);
}

// _joinrealpath: resolves `rest` (rest[0..len)) relative to the resolved
// path in *path, following symbolic links. *ok is cleared when a loop
// stopped the resolution. false with an exception.
static bool resolve(ThreadState *ts, Resolve *r, StrBuf *path, const char *rest, int64_t len, bool *ok) {
    *ok = true;
    if (len > 0 && rest[0] == '/') {
        rest++;
        len--;
        sb_set(path, "/", 1);
    }
    while (len > 0) {
        int64_t n = 0;
        while (n < len && rest[n] != '/') {
            n++;
        }
        const char *name = rest;
        rest += n < len ? n + 1 : n;
        len -= n < len ? n + 1 : n;
        if (n == 0 || (n == 1 && name[0] == '.')) {
            continue;
        }
        if (n == 2 && name[0] == '.' && name[1] == '.') {
            if (path->len == 0) {
                sb_set(path, "..", 2);
            } else if (split_off(path)) {
                join_to(path, "..", 2);
                join_to(path, "..", 2);
            }
            continue;
        }
        StrBuf newpath;
        strbuf_init(&newpath);
        strbuf_append(&newpath, path->data ? path->data : "", path->len);
        join_to(&newpath, name, n);
        struct stat st;
        bool is_link = false;
        if (lstat(newpath.data, &st) != 0) {
            if (r->strict) {
                Value fn = make(ts, newpath.data, (int64_t)newpath.len, r->is_bytes);
                mod_os_error(ts, errno, fn, VNULL);
                val_decref(fn);
                strbuf_free(&newpath);
                return false;
            }
        } else {
            is_link = S_ISLNK(st.st_mode);
        }
        if (!is_link) {
            sb_set(path, newpath.data, newpath.len);
            strbuf_free(&newpath);
            continue;
        }
        Obj *key = bytes_new(ts, newpath.data, (int64_t)newpath.len);
        if (!key) {
            strbuf_free(&newpath);
            return false;
        }
        Value known = dict_get(ts, r->seen, val_obj(key));
        if (!val_is_null(known)) {
            if (!val_is_none(known)) {
                sb_set(path, ((ObjBytes *)known.as.obj)->data, (size_t)((ObjBytes *)known.as.obj)->len);
                obj_decref(key);
                strbuf_free(&newpath);
                continue;
            }
            // A loop.
            if (r->strict) {
                stat(newpath.data, &st);
                Value fn = make(ts, newpath.data, (int64_t)newpath.len, r->is_bytes);
                mod_os_error(ts, ELOOP, fn, VNULL);
                val_decref(fn);
            } else {
                sb_set(path, newpath.data, newpath.len);
                join_to(path, rest, len);
                *ok = false;
            }
            obj_decref(key);
            strbuf_free(&newpath);
            return !r->strict;
        }
        dict_set(ts, r->seen, val_obj(key), VNONE);
        char target[PATH_MAX];
        ssize_t tlen = readlink(newpath.data, target, sizeof target);
        if (tlen < 0) {
            Value fn = make(ts, newpath.data, (int64_t)newpath.len, r->is_bytes);
            mod_os_error(ts, errno, fn, VNULL);
            val_decref(fn);
            obj_decref(key);
            strbuf_free(&newpath);
            return false;
        }
        strbuf_free(&newpath);
        bool inner_ok;
        if (!resolve(ts, r, path, target, tlen, &inner_ok)) {
            obj_decref(key);
            return false;
        }
        if (!inner_ok) {
            join_to(path, rest, len);
            *ok = false;
            obj_decref(key);
            return true;
        }
        Obj *resolved = bytes_new(ts, path->data ? path->data : "", (int64_t)path->len);
        if (!resolved || dict_set(ts, r->seen, val_obj(key), val_obj(resolved)) < 0) {
            obj_xdecref(resolved);
            obj_decref(key);
            return false;
        }
        obj_decref(resolved);
        obj_decref(key);
    }
    return true;
}

static Value p_realpath(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"filename", "strict"};
    static const PySignature sig = {"realpath", names, 1, 1, 1, false};
    Value a[2];
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a)) {
        return VNULL;
    }
    int strict = val_is_null(a[1]) ? 0 : obj_truth(ts, a[1]);
    Text t;
    if (strict < 0 || !text_of(ts, a[0], &t)) {
        return VNULL;
    }
    Resolve r = {dict_new(ts), strict, t.is_bytes};
    Value result = VNULL;
    if (r.seen) {
        StrBuf path, abs;
        strbuf_init(&path);
        strbuf_init(&abs);
        strbuf_append(&path, "", 0);
        bool ok;
        if (resolve(ts, &r, &path, t.s, t.len, &ok) && absolute(ts, path.data, (int64_t)path.len, &abs)) {
            result = make_sb(ts, &abs, t.is_bytes);
        }
        strbuf_free(&abs);
        strbuf_free(&path);
        obj_decref(r.seen);
    }
    text_free(&t);
    return result;
}

// --- relpath, commonpath, commonprefix ------------------------------------------------------

// The non-empty components of an absolute, normalized path.
typedef struct Parts {
    StrBuf text;             // owns the bytes the parts point into
    const char **starts;     // cs_malloc'd, owned
    int64_t *lens;
    int64_t n;
} Parts;

static void parts_split(Parts *p, const char *s, int64_t len, bool drop_dots) {
    p->starts = cs_malloc((size_t)(len / 2 + 2) * sizeof(char *));
    p->lens = cs_malloc((size_t)(len / 2 + 2) * sizeof(int64_t));
    if (!p->starts || !p->lens) {
        cs_fatal("out of memory splitting a path");
    }
    p->n = 0;
    for (int64_t i = 0; i < len;) {
        int64_t j = i;
        while (j < len && s[j] != '/') {
            j++;
        }
        if (j > i && !(drop_dots && j - i == 1 && s[i] == '.')) {
            p->starts[p->n] = s + i;
            p->lens[p->n] = j - i;
            p->n++;
        }
        i = j + 1;
    }
}

static void parts_free(Parts *p) {
    strbuf_free(&p->text);
    cs_free(p->starts);
    cs_free(p->lens);
}

static bool part_eq(const Parts *a, int64_t i, const Parts *b, int64_t j) {
    return a->lens[i] == b->lens[j] && memcmp(a->starts[i], b->starts[j], (size_t)a->lens[i]) == 0;
}

static Value p_relpath(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"path", "start"};
    static const PySignature sig = {"relpath", names, 2, 0, 1, false};
    Value a[2];
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a)) {
        return VNULL;
    }
    int has = obj_truth(ts, a[0]);
    if (has <= 0) {
        return has < 0 ? VNULL : exc_raise(ts, &ExcValueError, "no path specified");
    }
    Text path, start;
    if (!text_of(ts, a[0], &path)) {
        return VNULL;
    }
    bool start_given = !val_is_null(a[1]) && !val_is_none(a[1]);
    if (start_given) {
        if (!text_of(ts, a[1], &start)) {
            text_free(&path);
            return VNULL;
        }
        if (start.is_bytes != path.is_bytes) {
            text_free(&path);
            text_free(&start);
            Value both[2] = {a[0], a[1]};
            return arg_types_error(ts, "relpath", both, 2);
        }
    } else {
        start = (Text){".", 1, path.is_bytes, VNULL};
    }
    Parts sp, pp;
    strbuf_init(&sp.text);
    strbuf_init(&pp.text);
    Value r = VNULL;
    if (absolute(ts, start.s, start.len, &sp.text) && absolute(ts, path.s, path.len, &pp.text)) {
        parts_split(&sp, sp.text.data, (int64_t)sp.text.len, false);
        parts_split(&pp, pp.text.data, (int64_t)pp.text.len, false);
        int64_t common = 0;
        while (common < sp.n && common < pp.n && part_eq(&sp, common, &pp, common)) {
            common++;
        }
        StrBuf out;
        strbuf_init(&out);
        for (int64_t i = common; i < sp.n; i++) {
            join_to(&out, "..", 2);
        }
        for (int64_t i = common; i < pp.n; i++) {
            join_to(&out, pp.starts[i], pp.lens[i]);
        }
        if (out.len == 0) {
            strbuf_append_char(&out, '.');
        }
        r = make_sb(ts, &out, path.is_bytes);
        parts_free(&sp);
        parts_free(&pp);
    } else {
        strbuf_free(&sp.text);
        strbuf_free(&pp.text);
    }
    text_free(&path);
    text_free(&start);
    return r;
}

// Compares two component lists as Python compares lists of strings.
static int parts_compare(const Parts *a, const Parts *b) {
    for (int64_t i = 0; i < a->n && i < b->n; i++) {
        int64_t m = a->lens[i] < b->lens[i] ? a->lens[i] : b->lens[i];
        int c = memcmp(a->starts[i], b->starts[i], (size_t)m);
        if (c == 0) {
            c = (a->lens[i] > b->lens[i]) - (a->lens[i] < b->lens[i]);
        }
        if (c != 0) {
            return c;
        }
    }
    return (a->n > b->n) - (a->n < b->n);
}

static Value p_commonpath(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    Value paths;
    if (!one_arg(ts, "commonpath", "paths", args, nargs, kwnames, &paths)) {
        return VNULL;
    }
    Value list = list_from_iterable(ts, paths);
    if (val_is_null(list)) {
        return VNULL;
    }
    ObjList *l = as_list(list);
    int64_t n = l->len;
    if (n == 0) {
        val_decref(list);
        return exc_raise(ts, &ExcValueError, "commonpath() arg is an empty sequence");
    }
    Text *texts = cs_calloc((size_t)n, sizeof(Text));
    Parts *parts = cs_calloc((size_t)n, sizeof(Parts));
    int64_t converted = 0;
    Value r = VNULL;
    for (; converted < n; converted++) {
        if (!text_of(ts, l->items[converted], &texts[converted])) {
            goto done;
        }
    }
    for (int64_t i = 1; i < n; i++) {
        if (texts[i].is_bytes != texts[0].is_bytes) {
            exc_raise(ts, &ExcTypeError, "Can't mix strings and bytes in path components");
            goto done;
        }
        bool abs_i = texts[i].len > 0 && texts[i].s[0] == '/';
        bool abs_0 = texts[0].len > 0 && texts[0].s[0] == '/';
        if (abs_i != abs_0) {
            exc_raise(ts, &ExcValueError, "Can't mix absolute and relative paths");
            goto done;
        }
    }
    int64_t lo = 0, hi = 0;
    for (int64_t i = 0; i < n; i++) {
        strbuf_init(&parts[i].text);
        parts_split(&parts[i], texts[i].s, texts[i].len, true);
        if (parts_compare(&parts[i], &parts[lo]) < 0) {
            lo = i;
        }
        if (parts_compare(&parts[i], &parts[hi]) > 0) {
            hi = i;
        }
    }
    int64_t common = 0;
    while (common < parts[lo].n && common < parts[hi].n && part_eq(&parts[lo], common, &parts[hi], common)) {
        common++;
    }
    StrBuf out;
    strbuf_init(&out);
    if (texts[0].len > 0 && texts[0].s[0] == '/') {
        strbuf_append_char(&out, '/');
    }
    for (int64_t i = 0; i < common; i++) {
        if (i > 0) {
            strbuf_append_char(&out, '/');
        }
        strbuf_append(&out, parts[lo].starts[i], (size_t)parts[lo].lens[i]);
    }
    r = make_sb(ts, &out, texts[0].is_bytes);
    for (int64_t i = 0; i < n; i++) {
        parts_free(&parts[i]);
    }
done:
    for (int64_t i = 0; i < converted; i++) {
        text_free(&texts[i]);
    }
    cs_free(texts);
    cs_free(parts);
    val_decref(list);
    return r;
}

// The commonprefix of lists or tuples: compared item by item.
static Value common_prefix_sequences(ThreadState *ts, ObjList *m) {
    // s1 = min(m), s2 = max(m), by the sequences' own comparison.
    Value s1 = m->items[0], s2 = m->items[0];
    for (int64_t i = 1; i < m->len; i++) {
        int lt = obj_richcompare_bool(ts, m->items[i], s1, CMP_LT);
        int gt = lt < 0 ? -1 : obj_richcompare_bool(ts, m->items[i], s2, CMP_GT);
        if (lt < 0 || gt < 0) {
            return VNULL;
        }
        if (lt) {
            s1 = m->items[i];
        }
        if (gt) {
            s2 = m->items[i];
        }
    }
    int64_t n1 = obj_len(ts, s1), n2 = obj_len(ts, s2);
    if (n1 < 0 || n2 < 0) {
        return VNULL;
    }
    int64_t i = 0;
    for (; i < n1 && i < n2; i++) {
        Value a = obj_getitem(ts, s1, val_int(i));
        Value b = val_is_null(a) ? VNULL : obj_getitem(ts, s2, val_int(i));
        int eq = val_is_null(b) ? -1 : obj_eq(ts, a, b);
        val_decref(a);
        val_decref(b);
        if (eq < 0) {
            return VNULL;
        }
        if (!eq) {
            break;
        }
    }
    Value items = list_from_iterable(ts, s1);
    if (val_is_null(items)) {
        return VNULL;
    }
    Obj *r = val_is_tuple(s1) ? tuple_from_array(ts, as_list(items)->items, i)
                              : list_from_array(ts, as_list(items)->items, i);
    val_decref(items);
    return r ? val_obj(r) : VNULL;
}

static Value p_commonprefix(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    Value m_arg;
    if (!one_arg(ts, "commonprefix", "m", args, nargs, kwnames, &m_arg)) {
        return VNULL;
    }
    int nonempty = obj_truth(ts, m_arg);
    if (nonempty <= 0) {
        return nonempty < 0 ? VNULL : val_obj(str_intern_cstr(""));
    }
    Value list = list_from_iterable(ts, m_arg);
    if (val_is_null(list)) {
        return VNULL;
    }
    ObjList *m = as_list(list);
    Value r = VNULL;
    if (m->len > 0 && (val_isinstance(m->items[0], &ListType) || val_isinstance(m->items[0], &TupleType))) {
        r = common_prefix_sequences(ts, m);
        val_decref(list);
        return r;
    }
    Text *texts = cs_calloc((size_t)(m->len ? m->len : 1), sizeof(Text));
    int64_t converted = 0, lo = 0, hi = 0;
    for (; converted < m->len; converted++) {
        if (!text_of(ts, m->items[converted], &texts[converted])) {
            goto done;
        }
        Text *t = &texts[converted];
        if (t->is_bytes != texts[0].is_bytes) {
            exc_raise(ts, &ExcTypeError, "'<' not supported between instances of '%s' and '%s'",
                      t->is_bytes ? "bytes" : "str", t->is_bytes ? "str" : "bytes");
            converted++;
            goto done;
        }
    }
    // min and max by byte order, which is code point order for UTF-8.
    for (int64_t i = 1; i < m->len; i++) {
        for (int pass = 0; pass < 2; pass++) {
            Text *a = &texts[i], *b = &texts[pass ? hi : lo];
            int64_t k = a->len < b->len ? a->len : b->len;
            int c = memcmp(a->s, b->s, (size_t)k);
            c = c ? c : (a->len > b->len) - (a->len < b->len);
            if (pass == 0 && c < 0) {
                lo = i;
            } else if (pass == 1 && c > 0) {
                hi = i;
            }
        }
    }
    Text *s1 = &texts[lo], *s2 = &texts[hi];
    int64_t i = 0;
    while (i < s1->len && i < s2->len && s1->s[i] == s2->s[i]) {
        i++;
    }
    // Do not cut a str inside a multi-byte character.
    while (!s1->is_bytes && i > 0 && i < s1->len && ((unsigned char)s1->s[i] & 0xC0) == 0x80) {
        i--;
    }
    r = make(ts, s1->s, i, s1->is_bytes);
done:
    for (int64_t k = 0; k < converted; k++) {
        text_free(&texts[k]);
    }
    cs_free(texts);
    val_decref(list);
    return r;
}

// --- expanding ~ and $VARS ------------------------------------------------------------------

static Value p_expanduser(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    Text t;
    if (!one_text(ts, "expanduser", "path", args, nargs, kwnames, &t)) {
        return VNULL;
    }
    if (t.len == 0 || t.s[0] != '~') {
        return t.holder;
    }
    int64_t i = 1;
    while (i < t.len && t.s[i] != '/') {
        i++;
    }
    const char *home = NULL;
    if (i == 1) {
        home = getenv("HOME");
        if (!home) {
            struct passwd *pw = getpwuid(getuid());
            home = pw ? pw->pw_dir : NULL;
        }
    } else {
        char *name = cs_malloc((size_t)i);
        memcpy(name, t.s + 1, (size_t)(i - 1));
        name[i - 1] = 0;
        struct passwd *pw = getpwnam(name);
        cs_free(name);
        home = pw ? pw->pw_dir : NULL;
    }
    if (!home) {
        return t.holder;
    }
    int64_t hlen = (int64_t)strlen(home);
    while (hlen > 0 && home[hlen - 1] == '/') {
        hlen--;
    }
    StrBuf sb;
    strbuf_init(&sb);
    strbuf_append(&sb, home, (size_t)hlen);
    strbuf_append(&sb, t.s + i, (size_t)(t.len - i));
    if (sb.len == 0) {
        strbuf_append_char(&sb, '/');
    }
    Value r = make_sb(ts, &sb, t.is_bytes);
    text_free(&t);
    return r;
}

static bool is_word(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static Value p_expandvars(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    Text t;
    if (!one_text(ts, "expandvars", "path", args, nargs, kwnames, &t)) {
        return VNULL;
    }
    if (!memchr(t.s, '$', (size_t)t.len)) {
        return t.holder;
    }
    StrBuf sb;
    strbuf_init(&sb);
    int64_t i = 0;
    while (i < t.len) {
        // $name with name of ASCII word characters, or ${anything but '}'}.
        int64_t name_start = -1, name_end = -1, end = -1;
        if (t.s[i] == '$' && i + 1 < t.len) {
            if (is_word(t.s[i + 1])) {
                name_start = i + 1;
                name_end = name_start;
                while (name_end < t.len && is_word(t.s[name_end])) {
                    name_end++;
                }
                end = name_end;
            } else if (t.s[i + 1] == '{') {
                const char *close = memchr(t.s + i + 2, '}', (size_t)(t.len - i - 2));
                if (close) {
                    name_start = i + 2;
                    name_end = close - t.s;
                    end = name_end + 1;
                }
            }
        }
        if (end < 0) {
            strbuf_append_char(&sb, t.s[i]);
            i++;
            continue;
        }
        char *name = cs_malloc((size_t)(name_end - name_start + 1));
        memcpy(name, t.s + name_start, (size_t)(name_end - name_start));
        name[name_end - name_start] = 0;
        const char *value = name[0] ? getenv(name) : NULL;
        cs_free(name);
        if (value) {
            strbuf_append_cstr(&sb, value);
        } else {
            strbuf_append(&sb, t.s + i, (size_t)(end - i));
        }
        i = end;
    }
    Value r = make(ts, sb.data ? sb.data : "", (int64_t)sb.len, t.is_bytes);
    strbuf_free(&sb);
    text_free(&t);
    return r;
}

// --- questions to the file system -----------------------------------------------------------

// stat or lstat of a path argument: 1 found, 0 not (any OSError or
// ValueError, as genericpath catches), -1 for a TypeError.
static int probe(ThreadState *ts, const char *func, Value v, bool follow, struct stat *st) {
    (void)func;
    OsPath p;
    if (!mod_os_path_convert(ts, v, follow ? "stat" : "lstat", "path", follow ? OS_PATH_ALLOW_FD : 0, &p)) {
        if (exc_matches(ts, &ExcValueError)) {
            exc_clear(ts);
            return 0;
        }
        return -1;
    }
    int rc = p.fd >= 0 ? fstat(p.fd, st) : follow ? stat(p.path, st) : lstat(p.path, st);
    mod_os_path_release(&p);
    return rc == 0;
}

#define PATH_TEST(name, param, follow, test)                                                 \
    static Value p_##name(ThreadState *ts, Value self, Value *args, int64_t nargs,           \
                          Obj *kwnames) {                                                    \
        (void)self;                                                                          \
        Value path;                                                                          \
        if (!one_arg(ts, #name, param, args, nargs, kwnames, &path)) {                       \
            return VNULL;                                                                    \
        }                                                                                    \
        struct stat st;                                                                      \
        int found = probe(ts, #name, path, follow, &st);                                     \
        return found < 0 ? VNULL : val_bool(found && (test));                                \
    }

PATH_TEST(exists, "path", true, true)
PATH_TEST(lexists, "path", false, true)
PATH_TEST(isfile, "path", true, S_ISREG(st.st_mode))
PATH_TEST(isdir, "s", true, S_ISDIR(st.st_mode))
PATH_TEST(islink, "path", false, S_ISLNK(st.st_mode))

// getsize, getmtime...: a field of os.stat(filename), errors included.
static Value stat_field(ThreadState *ts, const char *func, Value *args, int64_t nargs, Obj *kwnames,
                        const char *field) {
    Value filename;
    if (!one_arg(ts, func, "filename", args, nargs, kwnames, &filename)) {
        return VNULL;
    }
    OsPath p;
    if (!mod_os_path_convert(ts, filename, "stat", "path", OS_PATH_ALLOW_FD, &p)) {
        return VNULL;
    }
    struct stat st;
    int rc = p.fd >= 0 ? fstat(p.fd, &st) : stat(p.path, &st);
    mod_os_path_release(&p);
    if (rc != 0) {
        return mod_os_error(ts, errno, filename, VNULL);
    }
    const struct timespec *t = NULL;
    switch (field[0]) {
    case 's': return val_int(st.st_size);
    case 'm': t = &st.st_mtim; break;
    case 'a': t = &st.st_atim; break;
    default: t = &st.st_ctim; break;
    }
    return val_float((double)t->tv_sec + (double)t->tv_nsec * 1e-9);
}

static Value p_getsize(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return stat_field(ts, "getsize", args, nargs, kwnames, "size");
}

static Value p_getmtime(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return stat_field(ts, "getmtime", args, nargs, kwnames, "mtime");
}

static Value p_getatime(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return stat_field(ts, "getatime", args, nargs, kwnames, "atime");
}

static Value p_getctime(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return stat_field(ts, "getctime", args, nargs, kwnames, "ctime");
}

static Value p_samefile(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"f1", "f2"};
    static const PySignature sig = {"samefile", names, 2, 0, 2, false};
    Value a[2];
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a)) {
        return VNULL;
    }
    struct stat st[2];
    for (int i = 0; i < 2; i++) {
        OsPath p;
        if (!mod_os_path_convert(ts, a[i], "stat", "path", OS_PATH_ALLOW_FD, &p)) {
            return VNULL;
        }
        int rc = p.fd >= 0 ? fstat(p.fd, &st[i]) : stat(p.path, &st[i]);
        mod_os_path_release(&p);
        if (rc != 0) {
            return mod_os_error(ts, errno, a[i], VNULL);
        }
    }
    return val_bool(st[0].st_ino == st[1].st_ino && st[0].st_dev == st[1].st_dev);
}

// --- the module -----------------------------------------------------------------------------

static const MethodDef path_functions[] = {
    {"normcase", p_normcase, 0, "Normalize case of pathname.  Has no effect under Posix"},
    {"isabs", p_isabs, 0, "Test whether a path is absolute"},
    {"join", p_join, 0, "Join two or more pathname components, inserting '/' as needed."},
    {"split", p_split, 0, "Split a pathname.  Returns tuple \"(head, tail)\"."},
    {"splitext", p_splitext, 0, "Split the extension from a pathname."},
    {"splitdrive", p_splitdrive, 0, "Split a pathname into drive and path. On Posix, drive is always empty."},
    {"basename", p_basename, 0, "Returns the final component of a pathname"},
    {"dirname", p_dirname, 0, "Returns the directory component of a pathname"},
    {"normpath", p_normpath, 0, "Normalize path, eliminating double slashes, etc."},
    {"abspath", p_abspath, 0, "Return an absolute path."},
    {"realpath", p_realpath, 0, "Return the canonical path of the specified filename."},
    {"relpath", p_relpath, 0, "Return a relative version of a path"},
    {"commonpath", p_commonpath, 0, "Given a sequence of path names, returns the longest common sub-path."},
    {"commonprefix", p_commonprefix, 0, "Given a list of pathnames, returns the longest common leading component"},
    {"expanduser", p_expanduser, 0, "Expand ~ and ~user constructions."},
    {"expandvars", p_expandvars, 0, "Expand shell variables of form $var and ${var}."},
    {"exists", p_exists, 0, "Test whether a path exists.  Returns False for broken symbolic links"},
    {"lexists", p_lexists, 0, "Test whether a path exists.  Returns True for broken symbolic links"},
    {"isfile", p_isfile, 0, "Test whether a path is a regular file"},
    {"isdir", p_isdir, 0, "Return true if the pathname refers to an existing directory."},
    {"islink", p_islink, 0, "Test whether a path is a symbolic link"},
    {"getsize", p_getsize, 0, "Return the size of a file, reported by os.stat()."},
    {"getmtime", p_getmtime, 0, "Return the last modification time of a file, reported by os.stat()."},
    {"getatime", p_getatime, 0, "Return the last access time of a file, reported by os.stat()."},
    {"getctime", p_getctime, 0, "Return the metadata change time of a file, reported by os.stat()."},
    {"samefile", p_samefile, 0, "Test whether two pathnames reference the same actual file or directory"},
    {NULL, NULL, 0, NULL},
};

static const char *const path_strings[][2] = {
    {"sep", "/"}, {"curdir", "."}, {"pardir", ".."}, {"extsep", "."}, {"pathsep", ":"},
    {"defpath", "/bin:/usr/bin"}, {"devnull", "/dev/null"}, {NULL, NULL},
};

Value mod_os_path_module(ThreadState *ts) {
    Obj *modules = ts->interp->modules;
    Value existing = dict_get_cstr(modules, "posixpath");
    if (!val_is_null(existing)) {
        return val_dup(existing);
    }
    Obj *m = module_new(ts, "posixpath");
    if (!m) {
        return VNULL;
    }
    module_add_functions(ts, m, path_functions);
    for (int i = 0; path_strings[i][0]; i++) {
        module_set(ts, m, path_strings[i][0], val_obj(str_intern_cstr(path_strings[i][1])));
    }
    module_set(ts, m, "altsep", VNONE);
    module_set(ts, m, "supports_unicode_filenames", VFALSE);
    if (dict_set_cstr(ts, modules, "posixpath", val_obj(m)) < 0 ||
        dict_set_cstr(ts, modules, "os.path", val_obj(m)) < 0) {
        obj_decref(m);
        return VNULL;
    }
    return val_obj(m);
}

Value posixpath_module_create(ThreadState *ts) { return mod_os_path_module(ts); }
