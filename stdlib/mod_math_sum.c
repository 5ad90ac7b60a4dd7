// The math functions that combine many numbers: fsum (an exactly rounded
// sum), prod (a product with a start value), hypot and dist (Euclidean
// norms).
//
// fsum keeps the running sum as a list of "partials": non-overlapping
// doubles whose exact sum is the exact sum of the inputs so far (Shewchuk's
// algorithm, "Adaptive Precision Floating-Point Arithmetic", 1997). Adding
// an input walks the partials with two-sum steps, each of which splits
// a + b into the rounded sum and its exact rounding error. At the end the
// partials are added from the largest down, and a last check corrects the
// one case where that rounds wrongly (a tie broken the wrong way).
//
// hypot and dist scale every coordinate by a power of two so that the
// largest is just below 1, then add the squares with their rounding errors
// kept aside (a product's error is exact with fma), take the square root
// and apply one Newton correction. This is CPython 3.11's algorithm, and
// using it gives the same last bit.
//
// See also: mod_math.c (the module).
#include <float.h>
#include <math.h>

#include "runtime/args.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/obj_func.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "stdlib/mod_math.h"

// --- fsum ----------------------------------------------------------------------------------

// A growable array of doubles: the partials.
typedef struct Partials {
    double *items;          // cs_malloc'd, owned; `small` until it grows past it
    int64_t len, cap;
    double small[32];
} Partials;

static bool partials_push(ThreadState *ts, Partials *p, double x) {
    if (p->len == p->cap) {
        int64_t cap = p->cap * 2;
        double *items = p->items == p->small
                            ? cs_malloc_or_raise(ts, (size_t)cap * sizeof(double))
                            : cs_realloc_or_raise(ts, p->items, (size_t)cap * sizeof(double));
        if (!items) {
            return false;
        }
        if (p->items == p->small) {
            memcpy(items, p->small, sizeof p->small);
        }
        p->items = items;
        p->cap = cap;
    }
    p->items[p->len++] = x;
    return true;
}

// Adds x into the partials exactly. Infinities and NaNs are summed apart
// (in *special, and the infinities alone in *inf_sum, to tell inf - inf).
static bool fsum_add(ThreadState *ts, Partials *p, double x, double *special, double *inf_sum) {
    double original = x;
    int64_t kept = 0;
    for (int64_t j = 0; j < p->len; j++) {
        double y = p->items[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) {
            p->items[kept++] = lo;
        }
        x = hi;
    }
    p->len = kept;
    if (x == 0.0) {
        return true;
    }
    if (!isfinite(x)) {
        // A finite input whose sum is not finite overflowed on the way.
        if (isfinite(original)) {
            exc_raise(ts, &ExcOverflowError, "intermediate overflow in fsum");
            return false;
        }
        if (isinf(original)) {
            *inf_sum += original;
        }
        *special += original;
        p->len = 0;
        return true;
    }
    return partials_push(ts, p, x);
}

// The correctly rounded value of the sum of the partials.
static double fsum_total(Partials *p) {
    int64_t n = p->len;
    if (n == 0) {
        return 0.0;
    }
    double hi = p->items[--n];
    double lo = 0.0;
    // Add from the top while the additions are exact.
    while (n > 0) {
        double x = hi;
        double y = p->items[--n];
        hi = x + y;
        double yr = hi - x;
        lo = y - yr;
        if (lo != 0.0) {
            break;
        }
    }
    // hi + lo rounded half-to-even, but the partials below lo push the
    // exact value off the halfway point: round away from it instead.
    if (n > 0 && ((lo < 0.0 && p->items[n - 1] < 0.0) || (lo > 0.0 && p->items[n - 1] > 0.0))) {
        double y = lo * 2.0;
        double x = hi + y;
        double yr = x - hi;
        if (y == yr) {
            hi = x;
        }
    }
    return hi;
}

static Value m_fsum(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!mod_math_check_args(ts, "fsum", nargs, kwnames, 1, 1)) {
        return VNULL;
    }
    Value it = obj_iter(ts, args[0]);
    if (val_is_null(it)) {
        return VNULL;
    }
    Partials p = {.len = 0, .cap = 32};
    p.items = p.small;
    double special = 0.0, inf_sum = 0.0;
    Value result = VNULL;
    for (;;) {
        Value item = obj_next(ts, it);
        if (val_is_null(item)) {
            if (exc_occurred(ts)) {
                goto done;
            }
            break;
        }
        double x;
        bool ok = val_to_double(ts, item, &x);
        val_decref(item);
        if (!ok || !fsum_add(ts, &p, x, &special, &inf_sum)) {
            goto done;
        }
    }
    if (special != 0.0) {
        if (isnan(inf_sum)) {
            exc_raise(ts, &ExcValueError, "-inf + inf in fsum");
        } else {
            result = val_float(special);
        }
        goto done;
    }
    result = val_float(fsum_total(&p));
done:
    if (p.items != p.small) {
        cs_free(p.items);
    }
    val_decref(it);
    return result;
}

// --- prod ----------------------------------------------------------------------------------

static Value m_prod(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "prod() takes exactly 1 positional argument (%lld given)",
                         (long long)nargs);
    }
    Value start = VNULL;
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (int64_t i = 0; i < nkw; i++) {
        Obj *key = tuple_get(kwnames, i).as.obj;
        if (!str_eq_cstr(key, "start")) {
            return exc_raise(ts, &ExcTypeError, "'%U' is an invalid keyword argument for prod()", key);
        }
        start = args[nargs + i];
    }
    Value it = obj_iter(ts, args[0]);
    if (val_is_null(it)) {
        return VNULL;
    }
    Value acc = val_is_null(start) ? val_int(1) : val_dup(start);
    for (;;) {
        Value item = obj_next(ts, it);
        if (val_is_null(item)) {
            if (exc_occurred(ts)) {
                val_decref(acc);
                acc = VNULL;
            }
            break;
        }
        Value next = obj_binop(ts, acc, item, BINOP_MUL);
        val_decref(item);
        val_decref(acc);
        acc = next;
        if (val_is_null(acc)) {
            break;
        }
    }
    val_decref(it);
    return acc;
}

// --- hypot and dist ------------------------------------------------------------------------

// A double-length number: hi + lo exactly, with |lo| tiny next to |hi|.
typedef struct DoubleLength {
    double hi, lo;
} DoubleLength;

// a + b exactly, for |a| >= |b|.
static DoubleLength fast_two_sum(double a, double b) {
    double hi = a + b;
    return (DoubleLength){hi, b - (hi - a)};
}

// x * y exactly.
static DoubleLength two_product(double x, double y) {
    double hi = x * y;
    return (DoubleLength){hi, fma(x, y, -hi)};
}

// sqrt(sum of vec[i]^2) for n absolute values whose largest is max.
static double vector_norm(int64_t n, double *vec, double max, bool found_nan) {
    if (isinf(max)) {
        return max;
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0.0 || n <= 1) {
        return max;
    }
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        // All subnormal: 2**-max_e would overflow, so bring them up first.
        for (int64_t i = 0; i < n; i++) {
            vec[i] /= DBL_MIN;
        }
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    // The sum starts at 1.0 so that fast_two_sum's precondition holds
    // (every square is below 1); the 1.0 is subtracted again at the end.
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (int64_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        DoubleLength sq = two_product(x, x);
        DoubleLength sum = fast_two_sum(csum, sq.hi);
        csum = sum.hi;
        frac1 += sq.lo;
        frac2 += sum.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    // One Newton step on the residual sum - h*h, computed as precisely.
    DoubleLength sq = two_product(-h, h);
    DoubleLength sum = fast_two_sum(csum, sq.hi);
    csum = sum.hi;
    frac1 += sq.lo;
    frac2 += sum.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static Value m_hypot(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!mod_math_check_args(ts, "hypot", nargs, kwnames, 0, INT32_MAX)) {
        return VNULL;
    }
    double stack[16];
    double *vec = nargs <= 16 ? stack : cs_malloc_or_raise(ts, (size_t)nargs * sizeof(double));
    if (!vec) {
        return VNULL;
    }
    double max = 0.0;
    bool found_nan = false;
    Value r = VNULL;
    for (int64_t i = 0; i < nargs; i++) {
        double x;
        if (!val_to_double(ts, args[i], &x)) {
            goto done;
        }
        x = fabs(x);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    r = val_float(vector_norm(nargs, vec, max, found_nan));
done:
    if (vec != stack) {
        cs_free(vec);
    }
    return r;
}

static Value as_tuple_value(ThreadState *ts, Value v) {
    return val_is_tuple(v) ? val_dup(v) : tuple_from_iterable(ts, v);
}

static Value m_dist(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!mod_math_check_args(ts, "dist", nargs, kwnames, 2, 2)) {
        return VNULL;
    }
    Value p = as_tuple_value(ts, args[0]);
    if (val_is_null(p)) {
        return VNULL;
    }
    Value q = as_tuple_value(ts, args[1]);
    if (val_is_null(q)) {
        val_decref(p);
        return VNULL;
    }
    Value r = VNULL;
    double *vec = NULL;
    int64_t n = tuple_len(p.as.obj);
    if (n != tuple_len(q.as.obj)) {
        exc_raise(ts, &ExcValueError, "both points must have the same number of dimensions");
        goto done;
    }
    vec = cs_malloc_or_raise(ts, (size_t)(n ? n : 1) * sizeof(double));
    if (!vec) {
        goto done;
    }
    double max = 0.0;
    bool found_nan = false;
    for (int64_t i = 0; i < n; i++) {
        double px, qx;
        if (!val_to_double(ts, tuple_get(p.as.obj, i), &px) ||
            !val_to_double(ts, tuple_get(q.as.obj, i), &qx)) {
            goto done;
        }
        double x = fabs(px - qx);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    r = val_float(vector_norm(n, vec, max, found_nan));
done:
    cs_free(vec);
    val_decref(p);
    val_decref(q);
    return r;
}

const MethodDef mod_math_sum_functions[] = {
    {"dist", m_dist, 0, "Return the Euclidean distance between two points p and q."},
    {"fsum", m_fsum, 0, "Return an accurate floating point sum of values in the iterable seq."},
    {"hypot", m_hypot, 0, "Multidimensional Euclidean distance from the origin to a point."},
    {"prod", m_prod, 0, "Calculate the product of all the elements in the input iterable."},
    {NULL, NULL, 0, NULL},
};
