// Argument binding with Python's messages (see py_signature.h).
#include "stdlib/py_signature.h"

#include "runtime/obj_exc.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"

// Writes "'a'", "'a' and 'b'" or "'a', 'b', and 'c'".
static void join_names(char *buf, size_t cap, const char *const *names, int n) {
    size_t used = 0;
    buf[0] = 0;
    for (int i = 0; i < n && used < cap; i++) {
        const char *sep = i == 0 ? "" : (n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        used += (size_t)snprintf(buf + used, cap - used, "%s'%s'", sep, names[i]);
    }
}

static void too_many(ThreadState *ts, const PySignature *sig, int64_t nargs) {
    int self = sig->method ? 1 : 0;
    long long given = (long long)nargs + self;
    const char *were = given == 1 ? "was" : "were";
    if (sig->nrequired == sig->npos) {
        int takes = sig->npos + self;
        exc_raise(ts, &ExcTypeError, "%s() takes %d positional argument%s but %lld %s given", sig->qualname, takes,
                  takes == 1 ? "" : "s", given, were);
    } else {
        exc_raise(ts, &ExcTypeError, "%s() takes from %d to %d positional arguments but %lld %s given",
                  sig->qualname, sig->nrequired + self, sig->npos + self, given, were);
    }
}

bool py_signature_bind(ThreadState *ts, const PySignature *sig, Value *args, int64_t nargs, Obj *kwnames,
                       Value *out) {
    int total = sig->npos + sig->nkwonly;
    if (nargs > sig->npos) {
        too_many(ts, sig, nargs);
        return false;
    }
    for (int i = 0; i < total; i++) {
        out[i] = i < nargs ? args[i] : VNULL;
    }
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (int64_t k = 0; k < nkw; k++) {
        Obj *key = tuple_get(kwnames, k).as.obj;
        int i = 0;
        while (i < total && !str_eq_cstr(key, sig->names[i])) {
            i++;
        }
        if (i == total) {
            exc_raise(ts, &ExcTypeError, "%s() got an unexpected keyword argument '%U'", sig->qualname, key);
            return false;
        }
        if (!val_is_null(out[i])) {
            exc_raise(ts, &ExcTypeError, "%s() got multiple values for argument '%U'", sig->qualname, key);
            return false;
        }
        out[i] = args[nargs + k];
    }
    const char *missing[8];
    int nmissing = 0;
    for (int i = 0; i < sig->nrequired && nmissing < 8; i++) {
        if (val_is_null(out[i])) {
            missing[nmissing++] = sig->names[i];
        }
    }
    if (nmissing > 0) {
        char list[256];
        join_names(list, sizeof list, missing, nmissing);
        exc_raise(ts, &ExcTypeError, "%s() missing %d required positional argument%s: %s", sig->qualname,
                  nmissing, nmissing == 1 ? "" : "s", list);
        return false;
    }
    return true;
}
