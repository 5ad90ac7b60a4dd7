// os.environ and the functions on the process environment: getenv,
// putenv, unsetenv.
//
// os.environ is a mapping over a dict made from the environment when the
// module is created. Writing to it (os.environ['X'] = 'y', del, pop,
// update, clear...) also changes the process environment with setenv and
// unsetenv, so child processes see the change; reading only looks at the
// dict. As in CPython, putenv and unsetenv change the process environment
// without touching os.environ. Keys and values must be str.
//
// See also: mod_os.c.
#include <errno.h>
#include <stdlib.h>

#include "runtime/args.h"
#include "runtime/obj_bytes.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_list.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"
#include "stdlib/mod_os.h"

// An empty argument list: callees copy from it, so it must not be a null pointer.
#define NO_ARGS ((Value[1]){VNULL})

extern char **environ;

typedef struct ObjEnviron {
    Obj base;
    Obj *data;               // dict: str -> str, what os.environ holds
} ObjEnviron;

static Obj *data_of(Value self) { return ((ObjEnviron *)self.as.obj)->data; }

static bool check_str(ThreadState *ts, Value v) {
    if (val_is_str_like(v)) {
        return true;
    }
    exc_raise(ts, &ExcTypeError, "str expected, not %s", val_type_name(v));
    return false;
}

// --- the process environment ----------------------------------------------------------------

// A key or value of putenv/unsetenv: str, bytes or path-like, as a C
// string; `name` says a key, which may not contain '='.
static bool env_arg(ThreadState *ts, Value v, bool name, Value *holder, const char **out) {
    Value p = mod_os_fspath(ts, v);
    if (val_is_null(p)) {
        return false;
    }
    const char *s;
    int64_t len;
    if (val_is_str_like(p)) {
        s = as_str(p)->data;
        len = as_str(p)->nbytes;
    } else {
        s = ((ObjBytes *)p.as.obj)->data;
        len = ((ObjBytes *)p.as.obj)->len;
    }
    if ((int64_t)strlen(s) != len) {
        val_decref(p);
        exc_raise(ts, &ExcValueError, "embedded null byte");
        return false;
    }
    if (name && strchr(s, '=')) {
        val_decref(p);
        exc_raise(ts, &ExcValueError, "illegal environment variable name");
        return false;
    }
    *holder = p;
    *out = s;
    return true;
}

static bool env_set(ThreadState *ts, Value key, Value value) {
    Value kh, vh;
    const char *k, *v;
    if (!env_arg(ts, key, true, &kh, &k)) {
        return false;
    }
    if (!env_arg(ts, value, false, &vh, &v)) {
        val_decref(kh);
        return false;
    }
    int rc = setenv(k, v, 1);
    int err = errno;
    val_decref(kh);
    val_decref(vh);
    if (rc != 0) {
        mod_os_error(ts, err, VNULL, VNULL);
        return false;
    }
    return true;
}

static bool env_unset(ThreadState *ts, Value key) {
    Value kh;
    const char *k;
    // unsetenv itself rejects a name with '=' (EINVAL), as CPython reports.
    if (!env_arg(ts, key, false, &kh, &k)) {
        return false;
    }
    int rc = unsetenv(k);
    int err = errno;
    val_decref(kh);
    if (rc != 0) {
        mod_os_error(ts, err, VNULL, VNULL);
        return false;
    }
    return true;
}

static Value os_putenv(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "os", "putenv", nargs, kwnames, 2, 2, ARGS_CLINIC) ||
        !env_set(ts, args[0], args[1])) {
        return VNULL;
    }
    return VNONE;
}

static Value os_unsetenv(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "os", "unsetenv", nargs, kwnames, 1, 1, ARGS_CLINIC) || !env_unset(ts, args[0])) {
        return VNULL;
    }
    return VNONE;
}

// --- the mapping ----------------------------------------------------------------------------

static Value environ_getitem(ThreadState *ts, Value self, Value key) {
    if (!check_str(ts, key)) {
        return VNULL;
    }
    Value v = dict_get(ts, data_of(self), key);
    if (val_is_null(v)) {
        return exc_occurred(ts) ? VNULL : exc_raise_value(ts, &ExcKeyError, key);
    }
    return val_dup(v);
}

// value VNULL deletes.
static int environ_setitem(ThreadState *ts, Value self, Value key, Value value) {
    if (!check_str(ts, key)) {
        return -1;
    }
    if (val_is_null(value)) {
        int r = dict_contains(ts, data_of(self), key);
        if (r <= 0) {
            if (r == 0) {
                exc_raise_value(ts, &ExcKeyError, key);
            }
            return -1;
        }
        if (!env_unset(ts, key)) {
            return -1;
        }
        return dict_del(ts, data_of(self), key) < 0 ? -1 : 0;
    }
    if (!check_str(ts, value) || !env_set(ts, key, value)) {
        return -1;
    }
    return dict_set(ts, data_of(self), key, value);
}

static int64_t environ_len(ThreadState *ts, Value self) {
    (void)ts;
    return dict_len(data_of(self));
}

static Value environ_iter(ThreadState *ts, Value self) { return obj_iter(ts, val_obj(data_of(self))); }

static int environ_contains(ThreadState *ts, Value self, Value key) {
    (void)ts;
    if (!check_str(ts, key)) {
        return -1;
    }
    return dict_contains(ts, data_of(self), key);
}

static Value environ_repr(ThreadState *ts, Value self) {
    Value inner = obj_repr(ts, val_obj(data_of(self)));
    if (val_is_null(inner)) {
        return VNULL;
    }
    Obj *s = str_format_c(ts, "environ(%U)", inner.as.obj);
    val_decref(inner);
    return s ? val_obj(s) : VNULL;
}

static Value environ_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    if (op != CMP_EQ && op != CMP_NE) {
        return VNOTIMPL;
    }
    Value other = val_type(b) == val_type(a) ? val_obj(data_of(b)) : b;
    if (!val_is_dict_like(other)) {
        return VNOTIMPL;
    }
    return obj_richcompare(ts, val_obj(data_of(a)), other, op);
}

static void environ_dealloc(Obj *o) {
    obj_decref(((ObjEnviron *)o)->data);
    obj_free(o);
}

// --- the methods ----------------------------------------------------------------------------

// Calls the dict method `name` of the data: the reading methods.
static Value delegate(ThreadState *ts, Value self, const char *name, Value *args, int64_t nargs) {
    return obj_call_method(ts, val_obj(data_of(self)), name, args, nargs);
}

static Value env_get(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (!args_check(ts, "_Environ", "get", nargs, kwnames, 1, 2, ARGS_VARARGS) || !check_str(ts, args[0])) {
        return VNULL;
    }
    return delegate(ts, self, "get", args, nargs);
}

static Value env_keys(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    return args_check(ts, "_Environ", "keys", nargs, kwnames, 0, 0, ARGS_FIXED)
               ? delegate(ts, self, "keys", NO_ARGS, 0)
               : VNULL;
}

static Value env_values(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    return args_check(ts, "_Environ", "values", nargs, kwnames, 0, 0, ARGS_FIXED)
               ? delegate(ts, self, "values", NO_ARGS, 0)
               : VNULL;
}

static Value env_items(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    return args_check(ts, "_Environ", "items", nargs, kwnames, 0, 0, ARGS_FIXED)
               ? delegate(ts, self, "items", NO_ARGS, 0)
               : VNULL;
}

static Value env_copy(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    if (!args_check(ts, "_Environ", "copy", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    Obj *d = dict_copy(ts, data_of(self));
    return d ? val_obj(d) : VNULL;
}

static Value env_setdefault(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (!args_check(ts, "_Environ", "setdefault", nargs, kwnames, 1, 2, ARGS_VARARGS)) {
        return VNULL;
    }
    int has = environ_contains(ts, self, args[0]);
    if (has < 0) {
        return VNULL;
    }
    if (!has && environ_setitem(ts, self, args[0], nargs > 1 ? args[1] : VNONE) < 0) {
        return VNULL;
    }
    return environ_getitem(ts, self, args[0]);
}

static Value env_pop(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (!args_check(ts, "_Environ", "pop", nargs, kwnames, 1, 2, ARGS_VARARGS)) {
        return VNULL;
    }
    Value v = environ_getitem(ts, self, args[0]);
    if (val_is_null(v)) {
        if (nargs > 1 && exc_matches(ts, &ExcKeyError)) {
            exc_clear(ts);
            return val_dup(args[1]);
        }
        return VNULL;
    }
    if (environ_setitem(ts, self, args[0], VNULL) < 0) {
        val_decref(v);
        return VNULL;
    }
    return v;
}

static Value env_popitem(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    if (!args_check(ts, "_Environ", "popitem", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    // MutableMapping.popitem: the first key the iteration gives.
    int64_t pos = 0;
    Value key, value;
    if (!dict_next(data_of(self), &pos, &key, &value)) {
        return exc_raise_value(ts, &ExcKeyError, VNULL);
    }
    Obj *pair = tuple_pack(ts, 2, key, value);
    if (!pair) {
        return VNULL;
    }
    if (environ_setitem(ts, self, tuple_get(pair, 0), VNULL) < 0) {
        obj_decref(pair);
        return VNULL;
    }
    return val_obj(pair);
}

static Value env_clear(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    if (!args_check(ts, "_Environ", "clear", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    Value keys = list_from_iterable(ts, val_obj(data_of(self)));
    if (val_is_null(keys)) {
        return VNULL;
    }
    for (int64_t i = 0; i < as_list(keys)->len; i++) {
        if (environ_setitem(ts, self, as_list(keys)->items[i], VNULL) < 0) {
            val_decref(keys);
            return VNULL;
        }
    }
    val_decref(keys);
    return VNONE;
}

// Sets every key-value pair of `pairs` (a dict made from the argument).
static bool set_all(ThreadState *ts, Value self, Obj *pairs) {
    int64_t pos = 0;
    Value k, v;
    while (dict_next(pairs, &pos, &k, &v)) {
        if (environ_setitem(ts, self, k, v) < 0) {
            return false;
        }
    }
    return true;
}

static Value env_update(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (nargs > 1) {
        return exc_raise(ts, &ExcTypeError, "update expected at most 1 argument, got %lld", (long long)nargs);
    }
    Obj *pairs = dict_new(ts);
    if (!pairs) {
        return VNULL;
    }
    bool ok = true;
    if (nargs == 1) {
        Value src = val_type(args[0]) == val_type(self) ? val_obj(data_of(args[0])) : args[0];
        ok = dict_update(ts, pairs, src) == 0;
    }
    for (int64_t i = 0; ok && kwnames && i < tuple_len(kwnames); i++) {
        ok = dict_set(ts, pairs, tuple_get(kwnames, i), args[nargs + i]) == 0;
    }
    ok = ok && set_all(ts, self, pairs);
    obj_decref(pairs);
    return ok ? VNONE : VNULL;
}

static const MethodDef environ_methods[] = {
    {"get", env_get, NATIVE_METHOD, "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."},
    {"keys", env_keys, NATIVE_METHOD, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", env_values, NATIVE_METHOD, "D.values() -> an object providing a view on D's values"},
    {"items", env_items, NATIVE_METHOD, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", env_copy, NATIVE_METHOD, "Return a dict copy of the environment."},
    {"setdefault", env_setdefault, NATIVE_METHOD, "D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D"},
    {"pop", env_pop, NATIVE_METHOD, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", env_popitem, NATIVE_METHOD, "D.popitem() -> (k, v), remove and return some (key, value) pair."},
    {"clear", env_clear, NATIVE_METHOD, "D.clear() -> None.  Remove all items from D."},
    {"update", env_update, NATIVE_METHOD, "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."},
    {NULL, NULL, 0, NULL},
};

static Type EnvironType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "_Environ",
    .basic_size = sizeof(ObjEnviron),
    .dealloc = environ_dealloc,
    .repr = environ_repr,
    .richcompare = environ_richcompare,
    .getattr = generic_getattr,
    .len = environ_len,
    .getitem = environ_getitem,
    .setitem = environ_setitem,
    .contains = environ_contains,
    .iter = environ_iter,
};

// --- getenv and the module's part -----------------------------------------------------------

static Value os_getenv(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"key", "default"};
    Value a[2];
    if (!args_parse(ts, "getenv", args, nargs, kwnames, names, 2, 1, a) || !check_str(ts, a[0])) {
        return VNULL;
    }
    Value env = obj_getattr_cstr(ts, self, "environ");
    if (val_is_null(env)) {
        return VNULL;
    }
    Value r;
    if (val_type(env) == &EnvironType) {
        r = dict_get(ts, data_of(env), a[0]);
        r = val_is_null(r) ? (exc_occurred(ts) ? VNULL : val_dup(val_is_null(a[1]) ? VNONE : a[1]))
                           : val_dup(r);
    } else {
        Value get_args[2] = {a[0], val_is_null(a[1]) ? VNONE : a[1]};
        r = obj_call_method(ts, env, "get", get_args, 2);
    }
    val_decref(env);
    return r;
}

const MethodDef mod_os_environ_functions[] = {
    {"getenv", os_getenv, 0, "Get an environment variable, return None if it doesn't exist."},
    {"putenv", os_putenv, 0, "Change or add an environment variable."},
    {"unsetenv", os_unsetenv, 0, "Delete an environment variable."},
    {NULL, NULL, 0, NULL},
};

bool mod_os_environ_init(ThreadState *ts, Obj *module) {
    if (!(EnvironType.flags & TYPE_READY)) {
        type_ready(ts, &EnvironType);
        type_add_methods(ts, &EnvironType, environ_methods);
        EnvironType.module = str_intern_cstr("os");
    }
    Obj *data = dict_new(ts);
    if (!data) {
        return false;
    }
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) {
            continue;
        }
        Obj *k = str_decode_utf8(ts, *e, eq - *e);
        Obj *v = k ? str_decode_utf8(ts, eq + 1, (int64_t)strlen(eq + 1)) : NULL;
        // Text that is not UTF-8 is left out rather than failing the import.
        if (k && v) {
            dict_set(ts, data, val_obj(k), val_obj(v));
        }
        obj_xdecref(k);
        obj_xdecref(v);
        if (exc_occurred(ts)) {
            exc_clear(ts);
        }
    }
    ObjEnviron *env = (ObjEnviron *)obj_alloc(ts, &EnvironType, sizeof(ObjEnviron));
    if (!env) {
        obj_decref(data);
        return false;
    }
    env->data = data;
    return module_set_steal(ts, module, "environ", val_obj(&env->base)) == 0;
}
