// The integer functions of the math module: factorial, gcd, lcm, isqrt,
// comb and perm. They take anything with __index__ (so a float is a
// TypeError, "'float' object cannot be interpreted as an integer") and work
// on ints of any size, with CPython 3.11's messages for negative and
// too-large arguments.
//
// Products of many consecutive integers (factorial, perm, comb) are formed
// by splitting the range in halves and multiplying the two halves'
// products, so the big multiplications are between numbers of similar
// size, which is much faster than multiplying one factor at a time.
//
// See also: mod_math.c (the module), runtime/bignum.h (bignum_gcd).
#include <math.h>

#include "runtime/bignum.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/state.h"
#include "stdlib/mod_math.h"

// The exact int value of v through __index__. New reference or VNULL.
static Value index_exact(ThreadState *ts, Value v) {
    // An int subclass is used for its int value, as PyNumber_Index does.
    if (val_is_int_subclass(v)) {
        return int_exact(ts, v);
    }
    Value i = obj_index(ts, v);
    if (val_is_null(i) || val_is_intlike(i)) {
        return i;
    }
    Value exact = int_exact(ts, i);
    val_decref(i);
    return exact;
}

// start * (start + 1) * ... * (start + count - 1); 1 when count is 0.
static Value product_from(ThreadState *ts, Value start, uint64_t count) {
    if (count <= 8) {
        Value acc = val_int(1);
        for (uint64_t i = 0; i < count; i++) {
            Value factor = int_add(ts, start, val_int((int64_t)i));
            Value next = val_is_null(factor) ? VNULL : int_mul(ts, acc, factor);
            val_decref(factor);
            val_decref(acc);
            if (val_is_null(next)) {
                return VNULL;
            }
            acc = next;
        }
        return acc;
    }
    uint64_t half = count / 2;
    Value low = product_from(ts, start, half);
    if (val_is_null(low)) {
        return VNULL;
    }
    Value mid = int_add(ts, start, val_int((int64_t)half));
    Value high = val_is_null(mid) ? VNULL : product_from(ts, mid, count - half);
    val_decref(mid);
    if (val_is_null(high)) {
        val_decref(low);
        return VNULL;
    }
    Value r = int_mul(ts, low, high);
    val_decref(low);
    val_decref(high);
    return r;
}

static Value factorial_of(ThreadState *ts, Value n) {
    int64_t v;
    if (!int_to_i64(n, &v)) {
        if (int_sign(n) > 0) {
            return exc_raise(ts, &ExcOverflowError, "factorial() argument should not exceed %lld",
                             (long long)INT64_MAX);
        }
        v = -1;
    }
    if (v < 0) {
        return exc_raise(ts, &ExcValueError, "factorial() not defined for negative values");
    }
    return product_from(ts, val_int(1), (uint64_t)v);
}

static Value m_factorial(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!mod_math_check_args(ts, "factorial", nargs, kwnames, 1, 1)) {
        return VNULL;
    }
    Value n = index_exact(ts, args[0]);
    if (val_is_null(n)) {
        return VNULL;
    }
    Value r = factorial_of(ts, n);
    val_decref(n);
    return r;
}

// --- gcd and lcm ---------------------------------------------------------------------------

static uint64_t gcd_u64(uint64_t a, uint64_t b) {
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// The non-negative gcd of two exact ints. New reference or VNULL.
static Value gcd_of(ThreadState *ts, Value a, Value b) {
    int64_t x, y;
    if (int_to_i64(a, &x) && int_to_i64(b, &y)) {
        uint64_t ux = x < 0 ? -(uint64_t)x : (uint64_t)x;
        uint64_t uy = y < 0 ? -(uint64_t)y : (uint64_t)y;
        return int_from_u64(ts, gcd_u64(ux, uy));
    }
    BigNum *ba = int_as_bignum(ts, a);
    BigNum *bb = ba ? int_as_bignum(ts, b) : NULL;
    BigNum *g = bb ? bignum_gcd(ba, bb) : NULL;
    bignum_free(ba);
    bignum_free(bb);
    if (!g) {
        return exc_no_memory(ts);
    }
    return int_from_bignum(ts, g);
}

static Value m_gcd(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!mod_math_check_args(ts, "gcd", nargs, kwnames, 0, INT32_MAX)) {
        return VNULL;
    }
    Value acc = val_int(0);
    for (int64_t i = 0; i < nargs; i++) {
        Value x = index_exact(ts, args[i]);
        Value g = val_is_null(x) ? VNULL : gcd_of(ts, acc, x);
        val_decref(x);
        val_decref(acc);
        if (val_is_null(g)) {
            return VNULL;
        }
        acc = g;
    }
    return acc;
}

// |a // gcd(a, b) * b|, 0 when either is 0.
static Value lcm_of(ThreadState *ts, Value a, Value b) {
    if (int_sign(a) == 0 || int_sign(b) == 0) {
        return val_int(0);
    }
    Value g = gcd_of(ts, a, b);
    Value q = val_is_null(g) ? VNULL : int_floordiv(ts, a, g);
    Value p = val_is_null(q) ? VNULL : int_mul(ts, q, b);
    Value r = val_is_null(p) ? VNULL : int_abs(ts, p);
    val_decref(g);
    val_decref(q);
    val_decref(p);
    return r;
}

static Value m_lcm(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!mod_math_check_args(ts, "lcm", nargs, kwnames, 0, INT32_MAX)) {
        return VNULL;
    }
    if (nargs == 0) {
        return val_int(1);
    }
    Value acc = index_exact(ts, args[0]);
    if (val_is_null(acc)) {
        return VNULL;
    }
    if (nargs == 1) {
        Value r = int_abs(ts, acc);
        val_decref(acc);
        return r;
    }
    for (int64_t i = 1; i < nargs; i++) {
        Value x = index_exact(ts, args[i]);
        Value l = val_is_null(x) ? VNULL : lcm_of(ts, acc, x);
        val_decref(x);
        val_decref(acc);
        if (val_is_null(l)) {
            return VNULL;
        }
        acc = l;
    }
    return acc;
}

// --- isqrt ---------------------------------------------------------------------------------

// floor(sqrt(n)) for n < 2**64: the double estimate is off by at most one
// either way, so it is corrected with exact 128-bit squares.
static uint64_t isqrt_u64(uint64_t n) {
    uint64_t r = (uint64_t)sqrt((double)n);
    while ((unsigned __int128)r * r > n) {
        r--;
    }
    while ((unsigned __int128)(r + 1) * (r + 1) <= n) {
        r++;
    }
    return r;
}

// Newton's iteration from above: x = 2**ceil(bits / 2) >= sqrt(n), then
// x = (x + n // x) // 2 decreases until it stops at floor(sqrt(n)).
static Value isqrt_big(ThreadState *ts, Value n) {
    BigNum *b = int_as_bignum(ts, n);
    if (!b) {
        return VNULL;
    }
    uint64_t bits = bignum_bit_length(b);
    bignum_free(b);
    Value x = int_lshift(ts, val_int(1), val_int((int64_t)((bits + 1) / 2)));
    while (!val_is_null(x)) {
        Value q = int_floordiv(ts, n, x);
        Value s = val_is_null(q) ? VNULL : int_add(ts, x, q);
        Value y = val_is_null(s) ? VNULL : int_rshift(ts, s, val_int(1));
        val_decref(q);
        val_decref(s);
        if (val_is_null(y)) {
            val_decref(x);
            return VNULL;
        }
        if (int_compare(y, x) >= 0) {
            val_decref(y);
            return x;
        }
        val_decref(x);
        x = y;
    }
    return VNULL;
}

static Value m_isqrt(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!mod_math_check_args(ts, "isqrt", nargs, kwnames, 1, 1)) {
        return VNULL;
    }
    Value n = index_exact(ts, args[0]);
    if (val_is_null(n)) {
        return VNULL;
    }
    Value r;
    int64_t small;
    if (int_sign(n) < 0) {
        r = exc_raise(ts, &ExcValueError, "isqrt() argument must be nonnegative");
    } else if (int_to_i64(n, &small)) {
        r = val_int((int64_t)isqrt_u64((uint64_t)small));
    } else {
        r = isqrt_big(ts, n);
    }
    val_decref(n);
    return r;
}

// --- comb and perm -------------------------------------------------------------------------

// Converts both arguments and checks they are not negative. On success
// *n and *k hold new references.
static bool comb_args(ThreadState *ts, Value n_arg, Value k_arg, Value *n, Value *k) {
    *n = index_exact(ts, n_arg);
    if (val_is_null(*n)) {
        return false;
    }
    *k = index_exact(ts, k_arg);
    if (val_is_null(*k)) {
        val_decref(*n);
        return false;
    }
    const char *bad = int_sign(*n) < 0 ? "n" : int_sign(*k) < 0 ? "k" : NULL;
    if (bad) {
        exc_raise(ts, &ExcValueError, "%s must be a non-negative integer", bad);
        val_decref(*n);
        val_decref(*k);
        return false;
    }
    return true;
}

// n * (n-1) * ... * (n-k+1) for 0 <= k <= n, k fitting in int64.
static Value falling_product(ThreadState *ts, Value n, int64_t k) {
    Value start = int_sub(ts, n, val_int(k - 1));
    if (val_is_null(start)) {
        return VNULL;
    }
    Value r = product_from(ts, start, (uint64_t)k);
    val_decref(start);
    return r;
}

static Value m_perm(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!mod_math_check_args(ts, "perm", nargs, kwnames, 1, 2)) {
        return VNULL;
    }
    if (nargs == 1 || val_is_none(args[1])) {
        Value n = index_exact(ts, args[0]);
        if (val_is_null(n)) {
            return VNULL;
        }
        Value r = factorial_of(ts, n);
        val_decref(n);
        return r;
    }
    Value n, k;
    if (!comb_args(ts, args[0], args[1], &n, &k)) {
        return VNULL;
    }
    Value r;
    int64_t ki;
    if (int_compare(k, n) > 0) {
        r = val_int(0);
    } else if (!int_to_i64(k, &ki)) {
        r = exc_raise(ts, &ExcOverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    } else {
        r = falling_product(ts, n, ki);
    }
    val_decref(n);
    val_decref(k);
    return r;
}

static Value m_comb(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!mod_math_check_args(ts, "comb", nargs, kwnames, 2, 2)) {
        return VNULL;
    }
    Value n, k;
    if (!comb_args(ts, args[0], args[1], &n, &k)) {
        return VNULL;
    }
    Value r = VNULL;
    if (int_compare(k, n) > 0) {
        r = val_int(0);
        goto done;
    }
    // comb(n, k) == comb(n, n - k): use the smaller, which must fit.
    Value rest = int_sub(ts, n, k);
    if (val_is_null(rest)) {
        goto done;
    }
    Value smaller = int_compare(rest, k) < 0 ? rest : k;
    int64_t m;
    bool fits = int_to_i64(smaller, &m);
    val_decref(rest);
    if (!fits) {
        r = exc_raise(ts, &ExcOverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
        goto done;
    }
    Value top = falling_product(ts, n, m);
    Value bottom = val_is_null(top) ? VNULL : product_from(ts, val_int(1), (uint64_t)m);
    if (!val_is_null(bottom)) {
        r = int_floordiv(ts, top, bottom);
    }
    val_decref(top);
    val_decref(bottom);
done:
    val_decref(n);
    val_decref(k);
    return r;
}

const MethodDef mod_math_int_functions[] = {
    {"comb", m_comb, 0, "Number of ways to choose k items from n items without repetition and without order."},
    {"factorial", m_factorial, 0, "Find n!."},
    {"gcd", m_gcd, 0, "Greatest Common Divisor."},
    {"isqrt", m_isqrt, 0, "Return the integer part of the square root of the input."},
    {"lcm", m_lcm, 0, "Least Common Multiple."},
    {"perm", m_perm, 0, "Number of ways to choose k items from n items without repetition and with order."},
    {NULL, NULL, 0, NULL},
};
