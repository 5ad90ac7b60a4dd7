// Exception objects and the built-in hierarchy (EXC_LIST in obj_exc.h), and
// the C side of raising: exc_raise sets ts->curexc, the caller returns
// VNULL/-1, and the failure travels up to the eval loop's handler search.
//
// Every exception instance has args, a traceback chain, __cause__,
// __context__ and a __dict__; the subclasses that carry more (OSError's
// errno/strerror/filename, SyntaxError's position, StopIteration.value,
// SystemExit.code, ImportError.name) keep it in that dict, filled in by
// their __init__.
#include <errno.h>

#include "runtime/obj_exc.h"

#include "runtime/obj_bytes.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"

static void exc_dealloc(Obj *o);
static Value exc_repr(ThreadState *ts, Value v);
static Value exc_str_slot(ThreadState *ts, Value v);
static Value exc_getattr(ThreadState *ts, Value v, Obj *name);
static int exc_setattr(ThreadState *ts, Value v, Obj *name, Value value);
static Value exc_new_slot(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames);
static int exc_init_slot(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames);

#define X(exc, parent)                                                 \
    Type Exc##exc = {                                                  \
        .base = STATIC_OBJ_HEADER(&TypeType),                          \
        .name = #exc,                                                  \
        .flags = TYPE_BASETYPE | TYPE_EXCEPTION,                       \
        .basic_size = sizeof(ObjException),                            \
        .dict_offset = offsetof(ObjException, dict),                   \
    };
EXC_LIST(X)
#undef X

// --- creation and attributes ----------------------------------------------------------

static Value exc_new_slot(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)kwnames;
    ObjException *e = (ObjException *)obj_alloc(ts, type, type->basic_size);
    if (!e) {
        return VNULL;
    }
    e->args = tuple_from_array(ts, args, nargs);
    if (!e->args) {
        obj_decref(&e->base);
        return VNULL;
    }
    return val_obj(&e->base);
}

// __notes__ is an ordinary attribute (it shows in __dict__); every other
// name set from C is a built-in field.
static int set_attr(ThreadState *ts, ObjException *e, const char *name, Value v) {
    Obj **where = strcmp(name, "__notes__") == 0 ? &e->dict : &e->fields;
    if (!*where) {
        *where = dict_new(ts);
        if (!*where) {
            return -1;
        }
    }
    return dict_set_cstr(ts, *where, name, v);
}

int exc_set_attr(ThreadState *ts, Value exc, const char *name, Value v) {
    return set_attr(ts, (ObjException *)exc.as.obj, name, v);
}

Value exc_get_attr(Value exc, const char *name) {
    ObjException *e = (ObjException *)exc.as.obj;
    Value v = e->fields ? dict_get_cstr(e->fields, name) : VNULL;
    if (val_is_null(v) && e->dict) {
        v = dict_get_cstr(e->dict, name);
    }
    return v;
}

static Value kwarg(Value *args, int64_t nargs, Obj *kwnames, const char *name) {
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (int64_t i = 0; i < nkw; i++) {
        if (str_eq_cstr(tuple_get(kwnames, i).as.obj, name)) {
            return args[nargs + i];
        }
    }
    return VNULL;
}

// UnicodeDecodeError(encoding, object, start, end, reason), and the same
// for UnicodeEncodeError and UnicodeTranslateError (no encoding). Other
// argument lists (a plain message) leave the attributes unset.
static int unicode_error_init(ThreadState *ts, ObjException *e, Type *t, Value *args, int64_t nargs) {
    static const char *const names[] = {"encoding", "object", "start", "end", "reason"};
    bool translate = type_is_subtype(t, &ExcUnicodeTranslateError);
    int first = translate ? 1 : 0;
    if (t == &ExcUnicodeError || nargs != 5 - first) {
        return 0;
    }
    for (int i = first; i < 5; i++) {
        if (set_attr(ts, e, names[i], args[i - first]) < 0) {
            return -1;
        }
    }
    return 0;
}

// str() of a UnicodeError built from its five parts, or NULL (no exception)
// when it was built from a message.
static Obj *unicode_error_str(ThreadState *ts, Value v, Type *t) {
    Value obj = exc_get_attr(v, "object"), start = exc_get_attr(v, "start");
    Value end = exc_get_attr(v, "end"), reason = exc_get_attr(v, "reason");
    if (!val_is_int(start) || !val_is_int(end) || val_is_null(obj) || val_is_null(reason)) {
        return NULL;
    }
    int64_t a = start.as.i, b = end.as.i;
    bool decode = type_is_subtype(t, &ExcUnicodeDecodeError);
    const char *verb = decode ? "decode" : type_is_subtype(t, &ExcUnicodeEncodeError) ? "encode" : "translate";
    Value enc = exc_get_attr(v, "encoding");
    Obj *codec = val_is_null(enc) ? str_from_cstr(ts, "") : str_format_c(ts, "%R codec ", enc);
    if (!codec) {
        return NULL;
    }
    Obj *s = NULL;
    ObjBytes *bytes = val_is_bytes(obj) ? (ObjBytes *)obj.as.obj : NULL;
    ObjStr *text = val_is_str(obj) ? as_str(obj) : NULL;
    if (b == a + 1 && decode && bytes && a >= 0 && a < bytes->len) {
        s = str_format_c(ts, "%Ucan't decode byte 0x%02x in position %lld: %S", codec,
                         (unsigned char)bytes->data[a], (long long)a, reason);
    } else if (b == a + 1 && !decode && text && a >= 0 && a < text->len) {
        const char *p = text->data + str_cp_offset(text, a);
        uint32_t cp = utf8_next(&p);
        const char *fmt = cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x";
        char esc[16];
        snprintf(esc, sizeof esc, fmt, (unsigned)cp);
        s = str_format_c(ts, "%Ucan't %s character '%s' in position %lld: %S", codec, verb, esc,
                         (long long)a, reason);
    } else {
        s = str_format_c(ts, "%Ucan't %s %s in position %lld-%lld: %S", codec, verb,
                         decode ? "bytes" : "characters", (long long)a, (long long)(b - 1), reason);
    }
    obj_decref(codec);
    return s;
}

// Only ImportError (name, path), NameError (name) and AttributeError (name,
// obj) take keyword arguments.
static bool check_keywords(ThreadState *ts, Type *t, Obj *kwnames) {
    static const char *const import_kw[] = {"name", "path", NULL};
    static const char *const name_kw[] = {"name", NULL};
    static const char *const attr_kw[] = {"name", "obj", NULL};
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (nkw == 0) {
        return true;
    }
    const char *const *allowed = type_is_subtype(t, &ExcImportError)      ? import_kw
                                 : type_is_subtype(t, &ExcNameError)      ? name_kw
                                 : type_is_subtype(t, &ExcAttributeError) ? attr_kw
                                                                          : NULL;
    if (!allowed) {
        exc_raise(ts, &ExcTypeError, "%s() takes no keyword arguments", t->name);
        return false;
    }
    for (int64_t i = 0; i < nkw; i++) {
        Obj *k = tuple_get(kwnames, i).as.obj;
        bool ok = false;
        for (int j = 0; allowed[j] && !ok; j++) {
            ok = str_eq_cstr(k, allowed[j]);
        }
        if (!ok) {
            exc_raise(ts, &ExcTypeError, "'%U' is an invalid keyword argument for %s()", k, t->name);
            return false;
        }
    }
    return true;
}

// __init__: stores args, then the extra attributes of the subclasses.
static int exc_init_slot(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    ObjException *e = (ObjException *)self.as.obj;
    Type *t = val_type(self);
    if (!check_keywords(ts, t, kwnames)) {
        return -1;
    }
    Obj *a = tuple_from_array(ts, args, nargs);
    if (!a) {
        return -1;
    }
    obj_xdecref(e->args);
    e->args = a;
    if (type_is_subtype(t, &ExcStopIteration)) {
        return set_attr(ts, e, "value", nargs ? args[0] : VNONE);
    }
    if (type_is_subtype(t, &ExcSystemExit)) {
        return set_attr(ts, e, "code", nargs == 0 ? VNONE : nargs == 1 ? args[0] : val_obj(a));
    }
    if (type_is_subtype(t, &ExcImportError)) {
        Value name = kwarg(args, nargs, kwnames, "name");
        Value path = kwarg(args, nargs, kwnames, "path");
        set_attr(ts, e, "name", val_is_null(name) ? VNONE : name);
        set_attr(ts, e, "path", val_is_null(path) ? VNONE : path);
        return set_attr(ts, e, "msg", nargs == 1 ? args[0] : VNONE);
    }
    if (type_is_subtype(t, &ExcOSError)) {
        Value eno = VNONE, strerr = VNONE, fname = VNONE, fname2 = VNONE;
        if (nargs >= 2 && nargs <= 5) {
            eno = args[0];
            strerr = args[1];
            if (nargs >= 3) {
                fname = args[2];
            }
            if (nargs == 5) {
                fname2 = args[4];   // args[3] is winerror, always None here
            }
            // args keeps (errno, strerror) only, as CPython does.
            Obj *short_args = tuple_from_array(ts, args, 2);
            if (short_args) {
                obj_decref(e->args);
                e->args = short_args;
            }
        }
        set_attr(ts, e, "errno", eno);
        set_attr(ts, e, "strerror", strerr);
        set_attr(ts, e, "filename", fname);
        return set_attr(ts, e, "filename2", fname2);
    }
    if (type_is_subtype(t, &ExcSyntaxError)) {
        Value fields[6] = {VNONE, VNONE, VNONE, VNONE, VNONE, VNONE};
        if (nargs == 2 && val_is_tuple(args[1])) {
            ObjTuple *d = as_tuple(args[1]);
            for (int64_t i = 0; i < d->len && i < 6; i++) {
                fields[i] = d->items[i];
            }
        }
        set_attr(ts, e, "msg", nargs ? args[0] : VNONE);
        set_attr(ts, e, "filename", fields[0]);
        set_attr(ts, e, "lineno", fields[1]);
        set_attr(ts, e, "offset", fields[2]);
        set_attr(ts, e, "text", fields[3]);
        set_attr(ts, e, "end_lineno", fields[4]);
        set_attr(ts, e, "end_offset", fields[5]);
        return set_attr(ts, e, "print_file_and_line", VNONE);
    }
    if (type_is_subtype(t, &ExcUnicodeError)) {
        return unicode_error_init(ts, e, t, args, nargs);
    }
    if (type_is_subtype(t, &ExcAttributeError) || type_is_subtype(t, &ExcNameError)) {
        Value name = kwarg(args, nargs, kwnames, "name");
        set_attr(ts, e, "name", val_is_null(name) ? VNONE : name);
        if (type_is_subtype(t, &ExcAttributeError)) {
            Value obj = kwarg(args, nargs, kwnames, "obj");
            set_attr(ts, e, "obj", val_is_null(obj) ? VNONE : obj);
        }
    }
    return 0;
}

// OSError(errno, ...) picks the subclass that errno stands for.
static Type *oserror_subclass(int err) {
    switch (err) {
    case ENOENT: return &ExcFileNotFoundError;
    case EEXIST: return &ExcFileExistsError;
    case EACCES:
    case EPERM: return &ExcPermissionError;
    case EISDIR: return &ExcIsADirectoryError;
    case ENOTDIR: return &ExcNotADirectoryError;
    case EINTR: return &ExcInterruptedError;
    case EAGAIN: return &ExcBlockingIOError;
    case EALREADY: return &ExcBlockingIOError;
    case EINPROGRESS: return &ExcBlockingIOError;
    case ECHILD: return &ExcChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return &ExcBrokenPipeError;
    case ECONNABORTED: return &ExcConnectionAbortedError;
    case ECONNREFUSED: return &ExcConnectionRefusedError;
    case ECONNRESET: return &ExcConnectionResetError;
    case ESRCH: return &ExcProcessLookupError;
    case ETIMEDOUT: return &ExcTimeoutError;
    default: return &ExcOSError;
    }
}

static Value oserror_new_slot(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    if (type == &ExcOSError && nargs >= 2 && args[0].tag == VAL_INT) {
        type = oserror_subclass((int)args[0].as.i);
    }
    return exc_new_slot(ts, type, args, nargs, kwnames);
}

static void exc_dealloc(Obj *o) {
    ObjException *e = (ObjException *)o;
    obj_xdecref(e->dict);
    obj_xdecref(e->fields);
    obj_xdecref(e->args);
    obj_xdecref(e->traceback);
    obj_xdecref(e->cause);
    obj_xdecref(e->context);
    obj_free(o);
}

static Value exc_repr(ThreadState *ts, Value v) {
    ObjException *e = (ObjException *)v.as.obj;
    const char *name = type_qualname(val_type(v));
    ObjTuple *a = (ObjTuple *)e->args;
    Obj *s;
    if (!a || a->len == 0) {
        s = str_format_c(ts, "%s()", name);
    } else if (a->len == 1) {
        s = str_format_c(ts, "%s(%R)", name, a->items[0]);
    } else {
        s = str_format_c(ts, "%s%R", name, val_obj(e->args));
    }
    return s ? val_obj(s) : VNULL;
}

static Value exc_str_slot(ThreadState *ts, Value v) {
    ObjException *e = (ObjException *)v.as.obj;
    Type *t = val_type(v);
    ObjTuple *a = (ObjTuple *)e->args;
    int64_t n = a ? a->len : 0;
    if (type_is_subtype(t, &ExcOSError)) {
        Value eno = exc_get_attr(v, "errno"), strerr = exc_get_attr(v, "strerror");
        Value fname = exc_get_attr(v, "filename");
        Value fname2 = exc_get_attr(v, "filename2");
        if (!val_is_null(fname) && !val_is_none(fname) && !val_is_null(fname2) && !val_is_none(fname2)) {
            Obj *s = str_format_c(ts, "[Errno %S] %S: %R -> %R", eno, strerr, fname, fname2);
            return s ? val_obj(s) : VNULL;
        }
        if (!val_is_null(fname) && !val_is_none(fname)) {
            Obj *s = str_format_c(ts, "[Errno %S] %S: %R", eno, strerr, fname);
            return s ? val_obj(s) : VNULL;
        }
        if (!val_is_null(eno) && !val_is_none(eno) && !val_is_null(strerr) && !val_is_none(strerr)) {
            Obj *s = str_format_c(ts, "[Errno %S] %S", eno, strerr);
            return s ? val_obj(s) : VNULL;
        }
    }
    if (type_is_subtype(t, &ExcUnicodeError)) {
        Obj *s = unicode_error_str(ts, v, t);
        if (s || exc_occurred(ts)) {
            return s ? val_obj(s) : VNULL;
        }
    }
    if (type_is_subtype(t, &ExcSyntaxError)) {
        Value msg = exc_get_attr(v, "msg"), fname = exc_get_attr(v, "filename");
        Value line = exc_get_attr(v, "lineno");
        if (val_is_null(msg)) {
            msg = VNONE;
        }
        bool has_file = val_is_str(fname), has_line = val_is_int(line);
        Obj *s;
        if (has_file && has_line) {
            // Only the file's base name, as CPython prints it.
            const char *f = str_cstr(fname.as.obj);
            const char *slash = strrchr(f, '/');
            s = str_format_c(ts, "%S (%s, line %lld)", msg, slash ? slash + 1 : f, (long long)line.as.i);
        } else if (has_file) {
            s = str_format_c(ts, "%S (%U)", msg, fname.as.obj);
        } else if (has_line) {
            s = str_format_c(ts, "%S (line %lld)", msg, (long long)line.as.i);
        } else {
            return obj_str(ts, msg);
        }
        return s ? val_obj(s) : VNULL;
    }
    if (n == 0) {
        return val_obj(str_intern_cstr(""));
    }
    if (n == 1) {
        // KeyError shows the key as a repr: KeyError('' ) reads clearly.
        if (type_is_subtype(t, &ExcKeyError)) {
            return obj_repr(ts, a->items[0]);
        }
        return obj_str(ts, a->items[0]);
    }
    return obj_str(ts, val_obj(e->args));
}

static Value exc_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjException *e = (ObjException *)v.as.obj;
    const char *n = str_cstr(name);
    if (strcmp(n, "args") == 0) return val_dup(val_obj(e->args));
    if (strcmp(n, "__traceback__") == 0) return e->traceback ? val_dup(val_obj(e->traceback)) : VNONE;
    if (strcmp(n, "__cause__") == 0) return e->cause ? val_dup(val_obj(e->cause)) : VNONE;
    if (strcmp(n, "__context__") == 0) return e->context ? val_dup(val_obj(e->context)) : VNONE;
    if (strcmp(n, "__suppress_context__") == 0) return val_bool(e->suppress_context);
    Value field = e->fields ? dict_get_str(e->fields, name) : VNULL;
    if (!val_is_null(field)) {
        return val_dup(field);
    }
    return generic_getattr(ts, v, name);
}

static int exc_setattr(ThreadState *ts, Value v, Obj *name, Value value) {
    ObjException *e = (ObjException *)v.as.obj;
    const char *n = str_cstr(name);
    Obj **slot = NULL;
    if (strcmp(n, "args") == 0) {
        Value t = val_is_null(value) ? VNULL : tuple_from_iterable(ts, value);
        if (val_is_null(t)) {
            if (!exc_occurred(ts)) {
                exc_raise(ts, &ExcTypeError, "args may not be deleted");
            }
            return -1;
        }
        obj_decref(e->args);
        e->args = t.as.obj;
        return 0;
    }
    if (strcmp(n, "__traceback__") == 0) {
        if (!val_is_null(value) && !val_is_none(value) && !val_has_type(value, &TracebackType)) {
            exc_raise(ts, &ExcTypeError, "__traceback__ must be a traceback or None");
            return -1;
        }
        slot = &e->traceback;
    } else if (strcmp(n, "__cause__") == 0 || strcmp(n, "__context__") == 0) {
        if (!val_is_null(value) && !val_is_none(value) && !val_isinstance(value, &ExcBaseException)) {
            exc_raise(ts, &ExcTypeError, "exception cause must be None or derive from BaseException");
            return -1;
        }
        slot = n[2] == 'c' && n[3] == 'a' ? &e->cause : &e->context;
        if (slot == &e->cause) {
            e->suppress_context = true;
        }
    } else if (strcmp(n, "__suppress_context__") == 0) {
        int t = val_is_null(value) ? 0 : obj_truth(ts, value);
        if (t < 0) {
            return -1;
        }
        e->suppress_context = t;
        return 0;
    }
    if (e->fields && !val_is_null(dict_get_str(e->fields, name))) {
        // A built-in field: assigning replaces it (deleting sets None).
        return dict_set_str(ts, e->fields, name, val_is_null(value) ? VNONE : value);
    }
    if (slot) {
        Obj *old = *slot;
        *slot = (val_is_null(value) || val_is_none(value)) ? NULL : value.as.obj;
        if (*slot) {
            obj_incref(*slot);
        }
        obj_xdecref(old);
        return 0;
    }
    return generic_setattr(ts, v, name, value);
}

static Value m_with_traceback(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "with_traceback() takes exactly one argument (%lld given)",
                         (long long)nargs);
    }
    if (exc_setattr(ts, self, str_intern_cstr("__traceback__"), args[0]) < 0) {
        return VNULL;
    }
    return val_dup(self);
}

static Value m_add_note(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1 || !val_is_str_like(args[0])) {
        return exc_raise(ts, &ExcTypeError, "note must be a str, not '%s'",
                         nargs ? val_type_name(args[0]) : "nothing");
    }
    Value notes = exc_get_attr(self, "__notes__");
    if (val_is_null(notes)) {
        Value l = obj_call0(ts, val_obj(&ListType.base));
        if (val_is_null(l) || exc_set_attr(ts, self, "__notes__", l) < 0) {
            val_decref(l);
            return VNULL;
        }
        val_decref(l);
        notes = exc_get_attr(self, "__notes__");
    }
    Value r = obj_call_method(ts, notes, "append", args, 1);
    return r;
}

static const MethodDef exc_methods[] = {
    {"with_traceback", m_with_traceback, NATIVE_METHOD,
     "Exception.with_traceback(tb) -- set self.__traceback__ to tb and return self."},
    {"add_note", m_add_note, NATIVE_METHOD, "Exception.add_note(note) -- add a note to the exception"},
    {NULL, NULL, 0, NULL},
};

// --- tracebacks -----------------------------------------------------------------------------

static void tb_dealloc(Obj *o) {
    ObjTraceback *tb = (ObjTraceback *)o;
    obj_xdecref(tb->next ? &tb->next->base : NULL);
    obj_xdecref(tb->code);
    obj_free(o);
}

static Value tb_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjTraceback *tb = (ObjTraceback *)v.as.obj;
    if (str_eq_cstr(name, "tb_next")) return tb->next ? val_dup(val_obj(&tb->next->base)) : VNONE;
    if (str_eq_cstr(name, "tb_lineno")) return val_int(tb->line);
    if (str_eq_cstr(name, "tb_lasti")) return val_int(tb->lasti * 2);
    if (str_eq_cstr(name, "tb_code")) return val_dup(val_obj(tb->code));
    return generic_getattr(ts, v, name);
}

Type TracebackType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "traceback",
    .basic_size = sizeof(ObjTraceback),
    .dealloc = tb_dealloc,
    .getattr = tb_getattr,
};

void exc_add_traceback(ThreadState *ts, Value exc, Obj *code, int line, int lasti) {
    ObjException *e = (ObjException *)exc.as.obj;
    ObjTraceback *tb = (ObjTraceback *)obj_alloc(ts, &TracebackType, sizeof(ObjTraceback));
    if (!tb) {
        exc_clear(ts);   // keep the original exception; lose one frame of traceback
        return;
    }
    tb->next = (ObjTraceback *)e->traceback;   // steals the old head
    tb->code = code;
    obj_incref(code);
    tb->line = line;
    tb->lasti = lasti;
    e->traceback = &tb->base;
}

// --- raising ----------------------------------------------------------------------------

Value exc_new(ThreadState *ts, Type *type, Value *args, int64_t nargs) {
    return obj_call(ts, val_obj(&type->base), args, nargs, NULL);
}

void exc_set_context_from_handled(ThreadState *ts, Value exc) {
    Value handled = ts->handled_exc;
    if (val_is_null(handled) || val_is_none(handled) || val_is(handled, exc) ||
        !val_isinstance(exc, &ExcBaseException)) {
        return;
    }
    // Avoid a cycle: cut the chain where it would reach exc again.
    ObjException *o = (ObjException *)handled.as.obj;
    while (o) {
        if (&o->base == exc.as.obj) {
            return;
        }
        ObjException *next = (ObjException *)o->context;
        if (next && &next->base == exc.as.obj) {
            obj_decref(o->context);
            o->context = NULL;
            break;
        }
        o = next;
    }
    ObjException *e = (ObjException *)exc.as.obj;
    obj_xdecref(e->context);
    e->context = handled.as.obj;
    obj_incref(e->context);
}

void exc_restore(ThreadState *ts, Value exc) {
    Value old = ts->curexc;
    ts->curexc = exc;
    val_decref(old);
}

Value exc_fetch(ThreadState *ts) {
    Value e = ts->curexc;
    ts->curexc = VNULL;
    return e;
}

void exc_clear(ThreadState *ts) { val_clear(&ts->curexc); }

bool exc_matches(ThreadState *ts, Type *type) {
    return !val_is_null(ts->curexc) && val_isinstance(ts->curexc, type);
}

static void set_pending(ThreadState *ts, Value exc) {
    exc_set_context_from_handled(ts, exc);
    exc_restore(ts, exc);
}

Value exc_vraise(ThreadState *ts, Type *type, const char *fmt, va_list ap) {
    Obj *msg = str_vformat_c(ts, fmt, ap);
    if (!msg) {
        return VNULL;
    }
    Value arg = val_obj(msg);
    Value e = exc_new(ts, type, &arg, 1);
    obj_decref(msg);
    if (!val_is_null(e)) {
        set_pending(ts, e);
    }
    return VNULL;
}

Value exc_raise(ThreadState *ts, Type *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    exc_vraise(ts, type, fmt, ap);
    va_end(ap);
    return VNULL;
}

Value exc_raise_value(ThreadState *ts, Type *type, Value arg) {
    Value e = exc_new(ts, type, &arg, val_is_null(arg) ? 0 : 1);
    if (!val_is_null(e)) {
        set_pending(ts, e);
    }
    return VNULL;
}

Value exc_raise_object(ThreadState *ts, Value exc) {
    if (val_isinstance(exc, &TypeType) && type_is_subtype((Type *)exc.as.obj, &ExcBaseException)) {
        Value e = obj_call0(ts, exc);
        if (val_is_null(e)) {
            return VNULL;
        }
        if (!val_isinstance(e, &ExcBaseException)) {
            exc_raise(ts, &ExcTypeError,
                      "calling %R should have returned an instance of BaseException, not %s", exc,
                      val_type_name(e));
            val_decref(e);
            return VNULL;
        }
        set_pending(ts, e);
        return VNULL;
    }
    if (!val_isinstance(exc, &ExcBaseException)) {
        return exc_raise(ts, &ExcTypeError, "exceptions must derive from BaseException");
    }
    set_pending(ts, val_dup(exc));
    return VNULL;
}

static ObjException memory_error_fallback = {.base = STATIC_OBJ_HEADER(&ExcMemoryError)};

Value exc_no_memory(ThreadState *ts) {
    Value e = exc_new(ts, &ExcMemoryError, NULL, 0);
    if (val_is_null(e)) {
        // No memory even for the exception: raise the static one.
        exc_clear(ts);
        e = val_dup(val_obj(&memory_error_fallback.base));
    }
    exc_restore(ts, e);
    return VNULL;
}

Value exc_raise_errno(ThreadState *ts, int err, const char *filename) {
    Value args[3];
    args[0] = val_int(err);
    Obj *msg = str_from_cstr(ts, strerror(err));
    if (!msg) {
        return VNULL;
    }
    args[1] = val_obj(msg);
    int n = 2;
    Obj *fn = NULL;
    if (filename) {
        fn = str_from_cstr(ts, filename);
        args[2] = fn ? val_obj(fn) : VNONE;
        n = 3;
    }
    Value e = exc_new(ts, oserror_subclass(err), args, n);
    obj_decref(msg);
    obj_xdecref(fn);
    if (!val_is_null(e)) {
        set_pending(ts, e);
    }
    return VNULL;
}

static bool is_exception_class(Value v) {
    return val_isinstance(v, &TypeType) && type_is_subtype((Type *)v.as.obj, &ExcBaseException);
}

int exc_given_matches(ThreadState *ts, Value exc, Value match) {
    // Every class is checked before matching: `except (A, 5)` is an error
    // even when A matches. Tuples do not nest, unlike isinstance().
    bool ok = is_exception_class(match);
    if (val_is_tuple(match)) {
        ok = true;
        for (int64_t i = 0; i < tuple_len(match.as.obj); i++) {
            ok = ok && is_exception_class(tuple_get(match.as.obj, i));
        }
    }
    if (!ok) {
        exc_raise(ts, &ExcTypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    if (!val_is_tuple(match)) {
        return val_isinstance(exc, (Type *)match.as.obj);
    }
    for (int64_t i = 0; i < tuple_len(match.as.obj); i++) {
        if (val_isinstance(exc, (Type *)tuple_get(match.as.obj, i).as.obj)) {
            return 1;
        }
    }
    return 0;
}

Value exc_str(ThreadState *ts, Value exc) { return obj_str(ts, exc); }

// --- the hierarchy ------------------------------------------------------------------------

static const char *const exc_docs[][2] = {
    {"BaseException", "Common base class for all exceptions"},
    {"Exception", "Common base class for all non-exit exceptions."},
    {"ValueError", "Inappropriate argument value (of correct type)."},
    {"TypeError", "Inappropriate argument type."},
    {NULL, NULL},
};

void exc_group_prepare(void);              // exc_group.c
void exc_group_init(ThreadState *ts);

void exc_init_types(ThreadState *ts) {
    ExcBaseException.dealloc = exc_dealloc;
    ExcBaseException.repr = exc_repr;
    ExcBaseException.str = exc_str_slot;
    ExcBaseException.getattr = exc_getattr;
    ExcBaseException.setattr = exc_setattr;
    ExcBaseException.new_ = exc_new_slot;
    ExcBaseException.init = exc_init_slot;
    ExcOSError.new_ = oserror_new_slot;
// BaseException's base is written NULL in EXC_LIST: it means object.
#define ExcNULL ObjectType
#define X(name, base) Exc##name.base_type = &Exc##base;
    EXC_LIST(X)
#undef X
#undef ExcNULL
    for (int i = 0; exc_docs[i][0]; i++) {
#define X(name, base)                                  \
    if (strcmp(exc_docs[i][0], #name) == 0) {          \
        Exc##name.doc = exc_docs[i][1];                \
    }
        EXC_LIST(X)
#undef X
    }
    exc_group_prepare();
#define X(name, base) type_ready(ts, &Exc##name);
    EXC_LIST(X)
#undef X
    type_add_methods(ts, &ExcBaseException, exc_methods);
    exc_group_init(ts);
}
