// The sys module: the interpreter's own state as seen from scripts —
// argv, path, modules, the standard streams, the recursion limit, the
// switch interval, version information, and the display/except hooks.
#include <limits.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/frame.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_file.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_list.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/traceback.h"
#include "stdlib/modules.h"

extern int int_max_str_digits;

// --- version_info: a tuple with named fields ---------------------------------------------

static const char *const version_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};

static Value version_getattr(ThreadState *ts, Value v, Obj *name) {
    for (int i = 0; i < 5; i++) {
        if (str_eq_cstr(name, version_fields[i])) {
            return val_dup(tuple_get(v.as.obj, i));
        }
    }
    return generic_getattr(ts, v, name);
}

static Value version_repr(ThreadState *ts, Value v) {
    Obj *s = str_format_c(ts, "sys.version_info(major=%R, minor=%R, micro=%R, releaselevel=%R, serial=%R)",
                          tuple_get(v.as.obj, 0), tuple_get(v.as.obj, 1), tuple_get(v.as.obj, 2),
                          tuple_get(v.as.obj, 3), tuple_get(v.as.obj, 4));
    return s ? val_obj(s) : VNULL;
}

static Type VersionInfoType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "version_info",
    .base_type = &TupleType,
    .basic_size = sizeof(ObjTuple),
    .repr = version_repr,
    .getattr = version_getattr,
};

static Value make_version_info(ThreadState *ts) {
    type_ready(ts, &VersionInfoType);
    VersionInfoType.module = str_intern_cstr("sys");
    ObjTuple *t = (ObjTuple *)obj_alloc(ts, &VersionInfoType, sizeof(ObjTuple) + 5 * sizeof(Value));
    if (!t) {
        return VNULL;
    }
    t->len = 5;
    t->items[0] = val_int(CS_PY_MAJOR);
    t->items[1] = val_int(CS_PY_MINOR);
    t->items[2] = val_int(CS_PY_MICRO);
    t->items[3] = val_obj(str_intern_cstr("final"));
    t->items[4] = val_int(0);
    return val_obj(&t->base);
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
    atomic_store(&ts->interp->gil.interval_ns, (unsigned long long)(d * 1e9));
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

static const MethodDef sys_functions[] = {
    {"exit", s_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", s_getrecursionlimit, 0, "Return the current value of the recursion limit."},
    {"setrecursionlimit", s_setrecursionlimit, 0, "Set the maximum depth of the interpreter stack to n."},
    {"getrefcount", s_getrefcount, 0, "Return the reference count of object."},
    {"getsizeof", s_getsizeof, 0, "Return the size of object in bytes."},
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
    module_set(ts, m, "ps1", val_obj(str_intern_cstr(">>> ")));
    module_set(ts, m, "ps2", val_obj(str_intern_cstr("... ")));
    return val_obj(m);
}
