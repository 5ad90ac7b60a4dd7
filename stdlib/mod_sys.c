// The sys module: the interpreter's own state as seen from scripts —
// argv, path, modules, the standard streams, the recursion limit, the
// switch interval, version information, and the display/except hooks.
#include <float.h>
#include <limits.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/frame.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_file.h"
#include "runtime/obj_frame.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_list.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"
#include "runtime/traceback.h"
#include "stdlib/modules.h"

extern int int_max_str_digits;

// --- named tuples: version_info, float_info, int_info, hash_info, flags -----------------

// A tuple type whose items are also attributes (CPython's "struct
// sequences"). The Type comes first, so a value's type leads back to its
// field names.
typedef struct StructSeq {
    Type type;
    const char *const *fields;
    int nfields;
} StructSeq;

static Value structseq_getattr(ThreadState *ts, Value v, Obj *name) {
    const StructSeq *seq = (const StructSeq *)val_type(v);
    for (int i = 0; i < seq->nfields; i++) {
        if (str_eq_cstr(name, seq->fields[i])) {
            return val_dup(tuple_get(v.as.obj, i));
        }
    }
    return generic_getattr(ts, v, name);
}

// sys.float_info(max=..., ...): the type name, then name=repr pairs.
static Value structseq_repr(ThreadState *ts, Value v) {
    const StructSeq *seq = (const StructSeq *)val_type(v);
    StrBuf sb;
    strbuf_init(&sb);
    strbuf_printf(&sb, "sys.%s(", seq->type.name);
    for (int i = 0; i < seq->nfields; i++) {
        Value r = obj_repr(ts, tuple_get(v.as.obj, i));
        if (val_is_null(r)) {
            strbuf_free(&sb);
            return VNULL;
        }
        strbuf_printf(&sb, "%s%s=%s", i ? ", " : "", seq->fields[i], str_cstr(r.as.obj));
        val_decref(r);
    }
    strbuf_append_char(&sb, ')');
    Obj *s = str_new(ts, sb.data, (int64_t)sb.len);
    strbuf_free(&sb);
    return s ? val_obj(s) : VNULL;
}

#define STRUCTSEQ(var, tname, names)                              \
    static StructSeq var = {                                      \
        .type = {.base = STATIC_OBJ_HEADER(&TypeType),            \
                 .name = tname,                                   \
                 .base_type = &TupleType,                         \
                 .basic_size = sizeof(ObjTuple),                  \
                 .repr = structseq_repr,                          \
                 .getattr = structseq_getattr},                   \
        .fields = names,                                          \
        .nfields = (int)(sizeof(names) / sizeof(names[0])),       \
    }

static const char *const version_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
static const char *const float_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                           "dig", "mant_dig", "epsilon", "radix", "rounds"};
static const char *const int_fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                         "str_digits_check_threshold"};
static const char *const hash_fields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm",
                                          "hash_bits", "seed_bits", "cutoff"};
static const char *const flag_fields[] = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                          "no_user_site", "no_site", "ignore_environment", "verbose",
                                          "bytes_warning", "quiet", "hash_randomization", "isolated",
                                          "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
                                          "int_max_str_digits"};
STRUCTSEQ(VersionInfoType, "version_info", version_fields);
STRUCTSEQ(FloatInfoType, "float_info", float_fields);
STRUCTSEQ(IntInfoType, "int_info", int_fields);
STRUCTSEQ(HashInfoType, "hash_info", hash_fields);
STRUCTSEQ(FlagsType, "flags", flag_fields);

// An instance of seq holding the given values (stolen). New reference.
static Value structseq_new(ThreadState *ts, StructSeq *seq, const Value *items) {
    type_ready(ts, &seq->type);
    seq->type.module = str_intern_cstr("sys");
    ObjTuple *t = (ObjTuple *)obj_alloc(ts, &seq->type, sizeof(ObjTuple) + (size_t)seq->nfields * sizeof(Value));
    if (!t) {
        return VNULL;
    }
    t->len = seq->nfields;
    for (int i = 0; i < seq->nfields; i++) {
        t->items[i] = items[i];
    }
    return val_obj(&t->base);
}

static Value make_version_info(ThreadState *ts) {
    Value items[] = {val_int(CS_PY_MAJOR), val_int(CS_PY_MINOR), val_int(CS_PY_MICRO),
                     val_obj(str_intern_cstr("final")), val_int(0)};
    return structseq_new(ts, &VersionInfoType, items);
}

static Value make_float_info(ThreadState *ts) {
    Value items[] = {val_float(DBL_MAX), val_int(DBL_MAX_EXP), val_int(DBL_MAX_10_EXP), val_float(DBL_MIN),
                     val_int(DBL_MIN_EXP), val_int(DBL_MIN_10_EXP), val_int(DBL_DIG), val_int(DBL_MANT_DIG),
                     val_float(DBL_EPSILON), val_int(FLT_RADIX), val_int(1)};
    return structseq_new(ts, &FloatInfoType, items);
}

// Ints are 32-bit digits of 30 bits in CPython; the numbers describe its
// limits, which cs follows.
static Value make_int_info(ThreadState *ts) {
    Value items[] = {val_int(30), val_int(4), val_int(4300), val_int(640)};
    return structseq_new(ts, &IntInfoType, items);
}

static Value make_hash_info(ThreadState *ts) {
    Value items[] = {val_int(64), val_int(((int64_t)1 << 61) - 1), val_int(314159), val_int(0), val_int(1000003),
                     val_obj(str_intern_cstr("siphash13")), val_int(64), val_int(128), val_int(0)};
    return structseq_new(ts, &HashInfoType, items);
}

static Value make_flags(ThreadState *ts) {
    Value items[18];
    for (int i = 0; i < 18; i++) {
        items[i] = val_int(0);
    }
    items[4] = val_int(1);        // dont_write_bytecode: cs never writes bytecode files
    items[11] = val_int(1);       // hash_randomization
    items[13] = VFALSE;           // dev_mode
    items[16] = VFALSE;           // safe_path
    items[17] = val_int(-1);      // int_max_str_digits: the default
    return structseq_new(ts, &FlagsType, items);
}

// --- functions ----------------------------------------------------------------------------

static Value s_exit(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "sys", "exit", nargs, kwnames, 0, 1, ARGS_VARARGS)) {
        return VNULL;
    }
    return exc_raise_value(ts, &ExcSystemExit, nargs ? args[0] : VNULL);
}

static Value s_getrecursionlimit(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "sys", "getrecursionlimit", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return val_int(ts->interp->recursion_limit);
}

static Value s_setrecursionlimit(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "sys", "setrecursionlimit", nargs, kwnames, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    if (!val_is_int_subclass(args[0])) {
        return exc_raise(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer", val_type_name(args[0]));
    }
    int64_t n;
    if (!obj_index_i64(ts, args[0], &n)) {
        return VNULL;
    }
    if (n < 1) {
        return exc_raise(ts, &ExcValueError, "recursion limit must be greater or equal than 1");
    }
    if (n <= ts->depth) {
        return exc_raise(ts, &ExcRecursionError,
                         "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                         (long long)n, ts->depth);
    }
    ts->interp->recursion_limit = n > INT_MAX ? INT_MAX : (int)n;
    return VNONE;
}

static Value s_getrefcount(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "sys", "getrefcount", nargs, kwnames, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    Value v = args[0];
    if (v.tag != VAL_OBJ) {
        // Unboxed values are not counted; report what CPython reports
        // for its immortal singletons and small ints.
        return val_int(4294967295LL);
    }
    if (v.as.obj->refcnt >= IMMORTAL_REFCNT / 2) {
        return val_int(4294967295LL);
    }
    // +1 for the argument itself, as in CPython.
    return val_int(v.as.obj->refcnt + 1);
}

// Text is always UTF-8 in cs.
static Value s_getdefaultencoding(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "sys", "getdefaultencoding", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return val_obj(str_intern_cstr("utf-8"));
}

static Value s_getsizeof(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "sys", "getsizeof", nargs, kwnames, 1, 2, ARGS_VARARGS)) {
        return VNULL;
    }
    Value v = args[0];
    if (v.tag != VAL_OBJ) {
        return val_int((int64_t)sizeof(Value));
    }
    Value r = obj_call_method(ts, v, "__sizeof__", NULL, 0);
    return r;
}

static Value s_intern(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "sys", "intern", nargs, kwnames, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    if (!val_is_str(args[0])) {
        return exc_raise(ts, &ExcTypeError, "intern() argument must be str, not %s", val_type_name(args[0]));
    }
    obj_incref(args[0].as.obj);
    return val_obj(str_intern(ts, args[0].as.obj));
}

static Value s_getswitchinterval(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "sys", "getswitchinterval", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return val_float((double)atomic_load(&ts->interp->gil.interval_ns) / 1e9);
}

static Value s_setswitchinterval(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "sys", "setswitchinterval", nargs, kwnames, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    double d;
    if (val_is_float(args[0])) {
        d = args[0].as.f;
    } else if (val_is_intlike(args[0])) {
        d = (double)args[0].as.i;
    } else {
        return exc_raise(ts, &ExcTypeError, "must be real number, not %s", val_type_name(args[0]));
    }
    if (d < 0) {
        return exc_raise(ts, &ExcValueError, "switch interval must be strictly positive");
    }
    // 0 is cs's chaos mode (CPython refuses it): a switch at every
    // instruction whenever another thread waits, so races show up.
    Gil *gil = &ts->interp->gil;
    atomic_store(&gil->interval_ns, (unsigned long long)(d * 1e9));
    atomic_store(&gil->chaos, gil->chaos_always || d == 0);
    return VNONE;
}

static Value s_exc_info(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "sys", "exc_info", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    Value e = ts->handled_exc;
    Obj *t;
    if (val_is_null(e)) {
        t = tuple_pack(ts, 3, VNONE, VNONE, VNONE);
    } else {
        ObjException *ex = (ObjException *)e.as.obj;
        t = tuple_pack(ts, 3, val_obj(&val_type(e)->base), e,
                       ex->traceback ? val_obj(ex->traceback) : VNONE);
    }
    return t ? val_obj(t) : VNULL;
}

static Value s_exception(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "sys", "exception", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return val_is_null(ts->handled_exc) ? VNONE : val_dup(ts->handled_exc);
}

static Value s_displayhook(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "sys", "displayhook", nargs, kwnames, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    Value v = args[0];
    if (val_is_none(v)) {
        return VNONE;
    }
    Obj *b = ts->interp->builtins;
    if (dict_set_cstr(ts, b, "_", VNONE) < 0) {
        return VNULL;
    }
    Value r = obj_repr(ts, v);
    if (val_is_null(r)) {
        return VNULL;
    }
    Value out = dict_get_cstr(module_dict(ts->interp->sys_module), "stdout");
    if (val_is_null(out) || val_is_none(out)) {
        val_decref(r);
        return exc_raise(ts, &ExcRuntimeError, "lost sys.stdout");
    }
    Obj *line = str_format_c(ts, "%U\n", r.as.obj);
    val_decref(r);
    if (!line) {
        return VNULL;
    }
    Value arg = val_obj(line);
    Value w = obj_call_method(ts, out, "write", &arg, 1);
    obj_decref(line);
    if (val_is_null(w)) {
        return VNULL;
    }
    val_decref(w);
    if (dict_set_cstr(ts, b, "_", v) < 0) {
        return VNULL;
    }
    return VNONE;
}

static Value s_excepthook(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "sys", "excepthook", nargs, kwnames, 3, 3, ARGS_VARARGS)) {
        return VNULL;
    }
    Value e = args[1];
    if (val_isinstance(e, &ExcBaseException)) {
        if (!val_is_none(args[2])) {
            ObjException *ex = (ObjException *)e.as.obj;
            if (val_has_type(args[2], &TracebackType) && ex->traceback != args[2].as.obj) {
                obj_xdecref(ex->traceback);
                ex->traceback = args[2].as.obj;
                obj_incref(ex->traceback);
            }
        }
        traceback_print(ts, e);
    } else {
        Obj *s = str_format_c(ts, "TypeError: print_exception(): Exception expected for value, %s found\n",
                              val_type_name(e));
        if (s) {
            traceback_write_stderr(ts, str_cstr(s), (size_t)((ObjStr *)s)->nbytes);
            obj_decref(s);
        }
    }
    return VNONE;
}

static Value s_get_int_max_str_digits(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "sys", "get_int_max_str_digits", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return val_int(int_max_str_digits);
}

static Value s_set_int_max_str_digits(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"maxdigits"};
    Value a[1];
    if (!args_parse(ts, "set_int_max_str_digits", args, nargs, kwnames, names, 1, 1, a)) {
        return VNULL;
    }
    int64_t n;
    if (!obj_index_i64(ts, a[0], &n)) {
        return VNULL;
    }
    if (n != 0 && n < 640) {
        return exc_raise(ts, &ExcValueError, "maxdigits must be 0 or larger than 640");
    }
    int_max_str_digits = (int)n;
    return VNONE;
}

// sys._getframe([depth]): the frame object depth calls up (runtime/obj_frame.c).
static Value s_getframe(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "sys", "_getframe", nargs, kwnames, 0, 1, ARGS_CLINIC)) {
        return VNULL;
    }
    int64_t depth = 0;
    if (nargs == 1 && !obj_index_i64(ts, args[0], &depth)) {
        return VNULL;
    }
    return frame_get(ts, depth);
}

static const MethodDef sys_functions[] = {
    {"_getframe", s_getframe, 0, "Return a frame object from the call stack."},
    {"exit", s_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", s_getrecursionlimit, 0, "Return the current value of the recursion limit."},
    {"setrecursionlimit", s_setrecursionlimit, 0, "Set the maximum depth of the interpreter stack to n."},
    {"getrefcount", s_getrefcount, 0, "Return the reference count of object."},
    {"getsizeof", s_getsizeof, 0, "Return the size of object in bytes."},
    {"getdefaultencoding", s_getdefaultencoding, 0, "Return the current default encoding used by the Unicode implementation."},
    {"getfilesystemencoding", s_getdefaultencoding, 0, "Return the encoding used to convert Unicode filenames to OS filenames."},
    {"intern", s_intern, 0, "``Intern'' the given string."},
    {"getswitchinterval", s_getswitchinterval, 0, "Return the current thread switch interval; see sys.setswitchinterval()."},
    {"setswitchinterval", s_setswitchinterval, 0, "Set the ideal thread switching delay inside the interpreter."},
    {"exc_info", s_exc_info, 0, "Return current exception information: (type, value, traceback)."},
    {"exception", s_exception, 0, "Return the current exception."},
    {"displayhook", s_displayhook, 0, "Print an object to sys.stdout and also save it in builtins._"},
    {"excepthook", s_excepthook, 0, "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"__displayhook__", s_displayhook, 0, "Print an object to sys.stdout and also save it in builtins._"},
    {"__excepthook__", s_excepthook, 0, "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"get_int_max_str_digits", s_get_int_max_str_digits, 0, "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", s_set_int_max_str_digits, 0, "Set the maximum string digits limit for non-binary int<->str conversions."},
    {NULL, NULL, 0, NULL},
};

Value sys_module_create(ThreadState *ts) {
    Obj *m = module_new(ts, "sys");
    if (!m) {
        return VNULL;
    }
    module_add_functions(ts, m, sys_functions);
    module_set(ts, m, "modules", val_obj(ts->interp->modules));
    module_set_steal(ts, m, "version",
                     val_obj(str_format_c(ts, "%d.%d.%d (cs %s) [GCC %s]", CS_PY_MAJOR, CS_PY_MINOR, CS_PY_MICRO,
                                          CS_VERSION, __VERSION__)));
    module_set_steal(ts, m, "version_info", make_version_info(ts));
    module_set_steal(ts, m, "float_info", make_float_info(ts));
    module_set_steal(ts, m, "int_info", make_int_info(ts));
    module_set_steal(ts, m, "hash_info", make_hash_info(ts));
    module_set_steal(ts, m, "flags", make_flags(ts));
    module_set(ts, m, "float_repr_style", val_obj(str_intern_cstr("short")));
    module_set(ts, m, "hexversion", val_int(((int64_t)CS_PY_MAJOR << 24) | (CS_PY_MINOR << 16) | (CS_PY_MICRO << 8) | 0xf0));
    module_set(ts, m, "platform", val_obj(str_intern_cstr("linux")));
    module_set(ts, m, "byteorder", val_obj(str_intern_cstr("little")));
    module_set(ts, m, "maxsize", val_int(INT64_MAX));
    module_set(ts, m, "maxunicode", val_int(0x10FFFF));
    module_set(ts, m, "api_version", val_int(1013));
    module_set(ts, m, "dont_write_bytecode", VTRUE);
    module_set_steal(ts, m, "executable",
                     val_obj(str_from_cstr(ts, ts->interp->executable ? ts->interp->executable : "")));
    Obj *names = list_new(ts, 0);
    for (const ModuleDef *d = builtin_modules; d->name; d++) {
        Obj *n = str_from_cstr(ts, d->name);
        list_append(ts, names, val_obj(n));
        obj_decref(n);
    }
    Value bt = tuple_from_iterable(ts, val_obj(names));
    obj_decref(names);
    module_set_steal(ts, m, "builtin_module_names", bt);
    bool unbuffered = getenv("CS_UNBUFFERED") && getenv("CS_UNBUFFERED")[0];
    Value in = file_from_fd(ts, 0, "<stdin>", "r", false, false);
    Value out = file_from_fd(ts, 1, "<stdout>", "w", isatty(1), unbuffered);
    Value err = file_from_fd(ts, 2, "<stderr>", "w", true, unbuffered);
    module_set(ts, m, "stdin", in);
    module_set(ts, m, "stdout", out);
    module_set(ts, m, "stderr", err);
    module_set_steal(ts, m, "__stdin__", in);
    module_set_steal(ts, m, "__stdout__", out);
    module_set_steal(ts, m, "__stderr__", err);
    return val_obj(m);
}
