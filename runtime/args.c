// Argument checking for native methods: arity and keyword checks with the
// messages CPython prints, and the start/end arguments of the search
// methods of str, bytes and bytearray. See args.h for the three styles.
#include "runtime/args.h"

#include "runtime/obj_exc.h"
#include "runtime/obj_int.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"

static const char *plural(int n) { return n == 1 ? "" : "s"; }

bool args_check(ThreadState *ts, const char *type_name, const char *name, int64_t nargs,
                Obj *kwnames, int min, int max, ArgStyle style) {
    if (kwnames && tuple_len(kwnames) > 0) {
        exc_raise(ts, &ExcTypeError, "%s.%s() takes no keyword arguments", type_name, name);
        return false;
    }
    if (nargs >= min && nargs <= max) {
        return true;
    }
    switch (style) {
    case ARGS_FIXED:
        if (max == 0) {
            exc_raise(ts, &ExcTypeError, "%s.%s() takes no arguments (%lld given)", type_name, name,
                      (long long)nargs);
        } else {
            exc_raise(ts, &ExcTypeError, "%s.%s() takes exactly one argument (%lld given)",
                      type_name, name, (long long)nargs);
        }
        break;
    case ARGS_CLINIC:
        if (min == max) {
            exc_raise(ts, &ExcTypeError, "%s expected %d argument%s, got %lld", name, min,
                      plural(min), (long long)nargs);
        } else if (nargs < min) {
            exc_raise(ts, &ExcTypeError, "%s expected at least %d argument%s, got %lld", name, min,
                      plural(min), (long long)nargs);
        } else {
            exc_raise(ts, &ExcTypeError, "%s expected at most %d argument%s, got %lld", name, max,
                      plural(max), (long long)nargs);
        }
        break;
    default:
        if (nargs < min) {
            exc_raise(ts, &ExcTypeError, "%s() takes at least %d argument%s (%lld given)", name,
                      min, plural(min), (long long)nargs);
        } else {
            exc_raise(ts, &ExcTypeError, "%s() takes at most %d argument%s (%lld given)", name, max,
                      plural(max), (long long)nargs);
        }
        break;
    }
    return false;
}

bool args_parse(ThreadState *ts, const char *name, Value *args, int64_t nargs, Obj *kwnames,
                const char *const *names, int n, int min, Value *out) {
    if (nargs > n) {
        exc_raise(ts, &ExcTypeError, "%s() takes at most %d argument%s (%lld given)", name, n,
                  plural(n), (long long)nargs);
        return false;
    }
    for (int i = 0; i < n; i++) {
        out[i] = i < nargs ? args[i] : VNULL;
    }
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (int64_t k = 0; k < nkw; k++) {
        Obj *key = tuple_get(kwnames, k).as.obj;
        int i = 0;
        while (i < n && !str_eq_cstr(key, names[i])) {
            i++;
        }
        if (i == n) {
            exc_raise(ts, &ExcTypeError, "'%U' is an invalid keyword argument for %s()", key, name);
            return false;
        }
        if (i < nargs) {
            exc_raise(ts, &ExcTypeError, "argument for %s() given by name ('%s') and position (%d)",
                      name, names[i], i + 1);
            return false;
        }
        out[i] = args[nargs + k];
    }
    for (int i = 0; i < min; i++) {
        if (val_is_null(out[i])) {
            exc_raise(ts, &ExcTypeError, "%s() missing required argument '%s' (pos %d)", name,
                      names[i], i + 1);
            return false;
        }
    }
    return true;
}

bool args_slice_index(ThreadState *ts, Value v, int64_t *out) {
    if (val_is_null(v) || val_is_none(v)) {
        return true;
    }
    if (v.tag == VAL_INT || v.tag == VAL_BOOL) {
        *out = v.as.i;
        return true;
    }
    if (!val_is_int_subclass(v) && !val_type(v)->index && !(val_type(v)->flags & TYPE_HEAP)) {
        exc_raise(ts, &ExcTypeError,
                  "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    Value i = obj_index(ts, v);
    if (val_is_null(i)) {
        if (exc_matches(ts, &ExcTypeError)) {
            exc_clear(ts);
            exc_raise(ts, &ExcTypeError,
                      "slice indices must be integers or None or have an __index__ method");
        }
        return false;
    }
    if (!int_to_i64(i, out)) {
        *out = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    }
    val_decref(i);
    return true;
}

void args_adjust_range(int64_t len, int64_t *start, int64_t *end) {
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) {
            *end = 0;
        }
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) {
            *start = 0;
        }
    }
}
