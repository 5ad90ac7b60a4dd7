// The math module: the functions of floats (sqrt, exp, log, the
// trigonometric and hyperbolic functions, gamma...), rounding to ints
// (floor, ceil, trunc) and the bit-level helpers (frexp, ldexp, modf,
// nextafter, ulp), with CPython 3.11's results and errors.
//
// Every function converts its arguments to doubles the way float() does
// (so "must be real number, not str" for a str, and OverflowError for an
// int too large for a double), calls the C library, and then classifies the
// result as CPython does: a NaN out of a non-NaN input is a domain error
// (ValueError "math domain error"); an infinity out of a finite input is
// either an overflow (OverflowError "math range error") or a singularity
// (ValueError), depending on the function. gamma and lgamma are computed
// here with the Lanczos approximation CPython uses rather than the C
// library's, because scripts print their results and the last digit must
// agree. The logarithms accept ints of any size.
//
// See also: mod_math_int.c (factorial, gcd, comb...), mod_math_sum.c
// (fsum, prod, hypot, dist).
#include <errno.h>
#include <float.h>
#include <math.h>

#include "runtime/args.h"
#include "runtime/bignum.h"
#include "runtime/obj_class.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "stdlib/mod_math.h"
#include "stdlib/modules.h"

// An empty argument list: callees copy from it, so it must not be a null pointer.
#define NO_ARGS ((Value[1]){VNULL})

bool mod_math_check_args(ThreadState *ts, const char *name, int64_t nargs, Obj *kwnames, int min,
                         int max) {
    if (kwnames && tuple_len(kwnames) > 0) {
        exc_raise(ts, &ExcTypeError, "math.%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs >= min && nargs <= max) {
        return true;
    }
    if (min == 1 && max == 1) {
        exc_raise(ts, &ExcTypeError, "math.%s() takes exactly one argument (%lld given)", name,
                  (long long)nargs);
        return false;
    }
    return args_check(ts, "math", name, nargs, NULL, min, max, ARGS_CLINIC);
}

static Value domain_error(ThreadState *ts) {
    return exc_raise(ts, &ExcValueError, "math domain error");
}

static Value range_error(ThreadState *ts) {
    return exc_raise(ts, &ExcOverflowError, "math range error");
}

// --- one float in, one float out ------------------------------------------------------------

// Classifies r = fn(x) as described at the top of the file.
static Value float_result(ThreadState *ts, double x, double r, bool can_overflow) {
    if (isnan(r) && !isnan(x)) {
        return domain_error(ts);
    }
    if (isinf(r) && isfinite(x)) {
        return can_overflow ? range_error(ts) : domain_error(ts);
    }
    return val_float(r);
}

static Value math1(ThreadState *ts, const char *name, Value *args, int64_t nargs, Obj *kwnames,
                   double (*fn)(double), bool can_overflow) {
    double x;
    if (!mod_math_check_args(ts, name, nargs, kwnames, 1, 1) || !val_to_double(ts, args[0], &x)) {
        return VNULL;
    }
    return float_result(ts, x, fn(x), can_overflow);
}

#define MATH1(name, fn, can_overflow)                                                        \
    static Value m_##name(ThreadState *ts, Value self, Value *args, int64_t nargs,           \
                          Obj *kwnames) {                                                    \
        (void)self;                                                                          \
        return math1(ts, #name, args, nargs, kwnames, fn, can_overflow);                     \
    }

MATH1(acos, acos, false)
MATH1(acosh, acosh, false)
MATH1(asin, asin, false)
MATH1(asinh, asinh, false)
MATH1(atan, atan, false)
MATH1(atanh, atanh, false)
MATH1(cbrt, cbrt, false)
MATH1(cos, cos, false)
MATH1(cosh, cosh, true)
MATH1(erf, erf, false)
MATH1(erfc, erfc, false)
MATH1(exp, exp, true)
MATH1(exp2, exp2, true)
MATH1(expm1, expm1, true)
MATH1(fabs, fabs, false)
MATH1(log1p, log1p, false)
MATH1(sin, sin, false)
MATH1(sinh, sinh, true)
MATH1(sqrt, sqrt, false)
MATH1(tan, tan, false)
MATH1(tanh, tanh, false)

// --- gamma and lgamma -----------------------------------------------------------------------

// The Lanczos approximation with g = 6.0246800407767296 and 13 terms (the
// "lanczos13m53" parameters of Boost, which CPython also uses):
//   gamma(x) ~ lanczos_sum(x) * (x + g - 0.5)^(x - 0.5) / exp(x + g - 0.5)
// where lanczos_sum is a rational function whose denominator is
// x (x+1) ... (x+11). Computing it our own way with the same constants
// and the same order of operations gives CPython's last digits.
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
// The coefficients of x (x+1) ... (x+11), lowest power first.
static const double lanczos_den[LANCZOS_N] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0,
};

// gamma(n) for the integers 1..23 is exact in a double: (n-1)!.
#define EXACT_GAMMAS 23

static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    // Horner's rule in x for small x, in 1/x for large x, so that no
    // intermediate overflows.
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

// sin(pi * x), accurate also where pi * x would lose the fraction: the
// argument is reduced to [0, 2) first and the quadrant picked exactly.
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0);
    double r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

// Sets *err to EDOM (a pole or -inf) or ERANGE (overflow).
static double gamma_of(double x, int *err) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0) {
            return x;
        }
        *err = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        *err = EDOM;
        return copysign(INFINITY, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            *err = EDOM;
            return NAN;
        }
        if (x <= EXACT_GAMMAS) {
            double f = 1.0;
            for (int i = 2; i < (int)x; i++) {
                f *= i;
            }
            return f;
        }
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r)) {
            *err = ERANGE;
        }
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) {
            return 0.0 / sin_pi(x);
        }
        *err = ERANGE;
        return INFINITY;
    }
    // y = absx + g - 0.5 is rounded; z is the rounding error times g / y,
    // a first-order correction applied below as r += z * r.
    double y = absx + lanczos_g_minus_half;
    double q, z;
    if (absx > lanczos_g_minus_half) {
        q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        // The reflection formula: gamma(-x) = -pi / (sin(pi x) x gamma(x)).
        r = -M_PI / sin_pi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double half = pow(y, absx / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double half = pow(y, absx / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    if (isinf(r)) {
        *err = ERANGE;
    }
    return r;
}

static double lgamma_of(double x, int *err) {
    if (!isfinite(x)) {
        return isnan(x) ? x : INFINITY;
    }
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            *err = EDOM;
            return INFINITY;
        }
        return 0.0;   // lgamma(1) == lgamma(2) == 0 exactly
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        return -log(absx);
    }
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1.0);
    if (x < 0.0) {
        r = log(M_PI) - log(fabs(sin_pi(absx))) - log(absx) - r;
    }
    if (isinf(r)) {
        *err = ERANGE;
    }
    return r;
}

// gamma and lgamma report their errors themselves; an overflow to a tiny
// value would not count, but these never underflow with an error.
static Value math1_err(ThreadState *ts, const char *name, Value *args, int64_t nargs,
                       Obj *kwnames, double (*fn)(double, int *)) {
    double x;
    if (!mod_math_check_args(ts, name, nargs, kwnames, 1, 1) || !val_to_double(ts, args[0], &x)) {
        return VNULL;
    }
    int err = 0;
    double r = fn(x, &err);
    if (err == EDOM) {
        return domain_error(ts);
    }
    if (err == ERANGE && fabs(r) >= 1.5) {
        return range_error(ts);
    }
    return val_float(r);
}

static Value m_gamma(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return math1_err(ts, "gamma", args, nargs, kwnames, gamma_of);
}

static Value m_lgamma(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return math1_err(ts, "lgamma", args, nargs, kwnames, lgamma_of);
}

// --- logarithms ---------------------------------------------------------------------------

// The logarithm `fn` of an int of any size. An int too large for a double
// is split as m * 2**e with m in [0.5, 1), rounded to 53 bits as float()
// would round it, and its log is log(m) + e * log(2).
static bool log_of_int(ThreadState *ts, Value n, double (*fn)(double), double *out) {
    if (int_sign(n) <= 0) {
        domain_error(ts);
        return false;
    }
    if (!val_is_bigint(n)) {
        *out = fn((double)n.as.i);
        return true;
    }
    BigNum *b = ((ObjInt *)n.as.obj)->num;
    bool overflow = false;
    double d = bignum_to_double(b, &overflow);
    if (!overflow) {
        *out = fn(d);
        return true;
    }
    // The top 64 bits, with a sticky bit for everything below them, round
    // to the same 53 bits as the whole number does.
    uint64_t bits = bignum_bit_length(b);
    uint64_t shift = bits - 64;
    BigNum *top = bignum_rshift(b, shift);
    BigNum *back = top ? bignum_lshift(top, shift) : NULL;
    if (!back) {
        bignum_free(top);
        exc_no_memory(ts);
        return false;
    }
    bool ignored;
    uint64_t t = bignum_to_u64(top, &ignored);
    if (bignum_cmp(back, b) != 0) {
        t |= 1;
    }
    bignum_free(top);
    bignum_free(back);
    double m = ldexp((double)t, -64);
    int64_t e = (int64_t)bits;
    if (m == 1.0) {
        m = 0.5;
        e++;
    }
    *out = fn(m) + fn(2.0) * (double)e;
    return true;
}

// log, log2 or log10 of any real number, with CPython's error rules.
static bool log_helper(ThreadState *ts, Value x, double (*fn)(double), double *out) {
    if (val_is_int_subclass(x)) {
        Value n = int_exact(ts, x);
        if (val_is_null(n)) {
            return false;
        }
        bool ok = log_of_int(ts, n, fn, out);
        val_decref(n);
        return ok;
    }
    double d;
    if (!val_to_double(ts, x, &d)) {
        return false;
    }
    // log(0) is a pole and log of a negative number is undefined: both are
    // domain errors; inf and nan pass through.
    if (isfinite(d) && d <= 0.0) {
        domain_error(ts);
        return false;
    }
    if (isinf(d) && d < 0) {
        domain_error(ts);
        return false;
    }
    *out = isfinite(d) ? fn(d) : d;
    return true;
}

static Value m_log(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (kwnames && tuple_len(kwnames) > 0) {
        return exc_raise(ts, &ExcTypeError, "log() takes no keyword arguments");
    }
    if (nargs < 1 || nargs > 2) {
        return exc_raise(ts, &ExcTypeError, "math.log requires 1 to 2 arguments");
    }
    double num, den;
    if (!log_helper(ts, args[0], log, &num)) {
        return VNULL;
    }
    if (nargs == 1) {
        return val_float(num);
    }
    if (!log_helper(ts, args[1], log, &den)) {
        return VNULL;
    }
    if (den == 0.0) {
        return exc_raise(ts, &ExcZeroDivisionError, "float division by zero");
    }
    return val_float(num / den);
}

static Value m_log2(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    double r;
    if (!mod_math_check_args(ts, "log2", nargs, kwnames, 1, 1) || !log_helper(ts, args[0], log2, &r)) {
        return VNULL;
    }
    return val_float(r);
}

static Value m_log10(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    double r;
    if (!mod_math_check_args(ts, "log10", nargs, kwnames, 1, 1) ||
        !log_helper(ts, args[0], log10, &r)) {
        return VNULL;
    }
    return val_float(r);
}

// --- two floats in ------------------------------------------------------------------------

static bool two_doubles(ThreadState *ts, const char *name, Value *args, int64_t nargs,
                        Obj *kwnames, double *x, double *y) {
    return mod_math_check_args(ts, name, nargs, kwnames, 2, 2) && val_to_double(ts, args[0], x) &&
           val_to_double(ts, args[1], y);
}

static Value m_atan2(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    double y, x;
    if (!two_doubles(ts, "atan2", args, nargs, kwnames, &y, &x)) {
        return VNULL;
    }
    return val_float(atan2(y, x));
}

static Value m_copysign(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    double x, y;
    if (!two_doubles(ts, "copysign", args, nargs, kwnames, &x, &y)) {
        return VNULL;
    }
    return val_float(copysign(x, y));
}

static Value m_fmod(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    double x, y;
    if (!two_doubles(ts, "fmod", args, nargs, kwnames, &x, &y)) {
        return VNULL;
    }
    // fmod(x, inf) is x for a finite x, though some C libraries disagree.
    if (isinf(y) && isfinite(x)) {
        return val_float(x);
    }
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        return domain_error(ts);
    }
    return val_float(r);
}

static Value m_remainder(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    double x, y;
    if (!two_doubles(ts, "remainder", args, nargs, kwnames, &x, &y)) {
        return VNULL;
    }
    if (isnan(x)) {
        return val_float(x);
    }
    if (isnan(y)) {
        return val_float(y);
    }
    if (isinf(x) || y == 0.0) {
        return domain_error(ts);
    }
    if (isinf(y)) {
        return val_float(x);
    }
    return val_float(remainder(x, y));
}

// pow with the C99 Annex F special cases spelled out, since C libraries
// have not always agreed on them, and CPython's errors for the rest.
static Value m_pow(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    double x, y;
    if (!two_doubles(ts, "pow", args, nargs, kwnames, &x, &y)) {
        return VNULL;
    }
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            return val_float(y == 0.0 ? 1.0 : x);
        }
        if (isnan(y)) {
            return val_float(x == 1.0 ? 1.0 : y);
        }
        if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0) {
                return val_float(odd_y ? x : fabs(x));
            }
            if (y == 0.0) {
                return val_float(1.0);
            }
            return val_float(odd_y ? copysign(0.0, x) : 0.0);
        }
        // y is infinite, x finite.
        if (fabs(x) == 1.0) {
            return val_float(1.0);
        }
        if (y > 0.0 && fabs(x) > 1.0) {
            return val_float(y);
        }
        if (y < 0.0 && fabs(x) < 1.0) {
            return val_float(-y);
        }
        return val_float(0.0);
    }
    double r = pow(x, y);
    if (isnan(r)) {
        return domain_error(ts);
    }
    if (isinf(r)) {
        return x == 0.0 ? domain_error(ts) : range_error(ts);
    }
    return val_float(r);
}

static Value m_nextafter(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    double x, y;
    if (!two_doubles(ts, "nextafter", args, nargs, kwnames, &x, &y)) {
        return VNULL;
    }
    return val_float(nextafter(x, y));
}

// --- conversions and bit-level helpers ------------------------------------------------------

static Value m_degrees(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    double x;
    if (!mod_math_check_args(ts, "degrees", nargs, kwnames, 1, 1) || !val_to_double(ts, args[0], &x)) {
        return VNULL;
    }
    return val_float(x * (180.0 / M_PI));
}

static Value m_radians(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    double x;
    if (!mod_math_check_args(ts, "radians", nargs, kwnames, 1, 1) || !val_to_double(ts, args[0], &x)) {
        return VNULL;
    }
    return val_float(x * (M_PI / 180.0));
}

#define MATH_TEST(name, test)                                                                \
    static Value m_##name(ThreadState *ts, Value self, Value *args, int64_t nargs,           \
                          Obj *kwnames) {                                                    \
        (void)self;                                                                          \
        double x;                                                                            \
        if (!mod_math_check_args(ts, #name, nargs, kwnames, 1, 1) ||                         \
            !val_to_double(ts, args[0], &x)) {                                               \
            return VNULL;                                                                    \
        }                                                                                    \
        return val_bool(test(x));                                                            \
    }

MATH_TEST(isnan, isnan)
MATH_TEST(isinf, isinf)
MATH_TEST(isfinite, isfinite)

static Value m_frexp(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    double x;
    if (!mod_math_check_args(ts, "frexp", nargs, kwnames, 1, 1) || !val_to_double(ts, args[0], &x)) {
        return VNULL;
    }
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0.0) {
        m = frexp(x, &e);
    }
    Obj *t = tuple_pack(ts, 2, val_float(m), val_int(e));
    return t ? val_obj(t) : VNULL;
}

static Value m_ldexp(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    double x;
    if (!mod_math_check_args(ts, "ldexp", nargs, kwnames, 2, 2) || !val_to_double(ts, args[0], &x)) {
        return VNULL;
    }
    if (!val_is_int_subclass(args[1])) {
        return exc_raise(ts, &ExcTypeError, "Expected an int as second argument to ldexp.");
    }
    // An exponent beyond int's range overflows or underflows for sure.
    int64_t e;
    if (!int_to_i64(args[1], &e)) {
        e = int_sign(args[1]) > 0 ? INT64_MAX : INT64_MIN;
    }
    if (x == 0.0 || !isfinite(x)) {
        return val_float(x);
    }
    if (e > INT32_MAX) {
        return range_error(ts);
    }
    if (e < INT32_MIN) {
        return val_float(copysign(0.0, x));
    }
    double r = ldexp(x, (int)e);
    if (isinf(r)) {
        return range_error(ts);
    }
    return val_float(r);
}

static Value m_modf(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    double x;
    if (!mod_math_check_args(ts, "modf", nargs, kwnames, 1, 1) || !val_to_double(ts, args[0], &x)) {
        return VNULL;
    }
    double frac, whole;
    if (isinf(x)) {
        frac = copysign(0.0, x);
        whole = x;
    } else if (isnan(x)) {
        frac = whole = x;
    } else {
        frac = modf(x, &whole);
    }
    Obj *t = tuple_pack(ts, 2, val_float(frac), val_float(whole));
    return t ? val_obj(t) : VNULL;
}

static Value m_ulp(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    double x;
    if (!mod_math_check_args(ts, "ulp", nargs, kwnames, 1, 1) || !val_to_double(ts, args[0], &x)) {
        return VNULL;
    }
    if (isnan(x)) {
        return val_float(x);
    }
    x = fabs(x);
    if (isinf(x)) {
        return val_float(x);
    }
    double up = nextafter(x, INFINITY);
    if (isinf(up)) {
        // x is the largest double: measure the step below it instead.
        return val_float(x - nextafter(x, -INFINITY));
    }
    return val_float(up - x);
}

static Value m_isclose(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    if (nargs > 2) {
        return exc_raise(ts, &ExcTypeError, "isclose() takes exactly 2 positional arguments (%lld given)",
                         (long long)nargs);
    }
    Value a[4];
    if (!args_parse(ts, "isclose", args, nargs, kwnames, names, 4, 0, a)) {
        return VNULL;
    }
    for (int i = 0; i < 2; i++) {
        if (val_is_null(a[i])) {
            return exc_raise(ts, &ExcTypeError, "isclose() missing required argument '%s' (pos %d)",
                             names[i], i + 1);
        }
    }
    double x, y, rel_tol = 1e-9, abs_tol = 0.0;
    if (!val_to_double(ts, a[0], &x) || !val_to_double(ts, a[1], &y) ||
        (!val_is_null(a[2]) && !val_to_double(ts, a[2], &rel_tol)) ||
        (!val_is_null(a[3]) && !val_to_double(ts, a[3], &abs_tol))) {
        return VNULL;
    }
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        return exc_raise(ts, &ExcValueError, "tolerances must be non-negative");
    }
    if (x == y) {
        return VTRUE;   // also equal infinities
    }
    if (isinf(x) || isinf(y)) {
        return VFALSE;
    }
    double diff = fabs(y - x);
    return val_bool((diff <= fabs(rel_tol * y)) || (diff <= fabs(rel_tol * x)) || (diff <= abs_tol));
}

// --- rounding to an int ---------------------------------------------------------------------

// floor, ceil and trunc: an int is returned as it is, a float rounded
// directly, anything else asked through its __floor__/__ceil__/__trunc__
// method; floor and ceil fall back on float() when there is none.
static Value round_to_int(ThreadState *ts, const char *name, Value *args, int64_t nargs,
                          Obj *kwnames, const char *dunder, double (*fn)(double),
                          bool float_fallback) {
    if (!mod_math_check_args(ts, name, nargs, kwnames, 1, 1)) {
        return VNULL;
    }
    Value x = args[0];
    if (val_is_float(x)) {
        return int_from_double(ts, fn(x.as.f));
    }
    if (val_is_intlike(x)) {
        return int_exact(ts, x);
    }
    Value method = type_lookup_cstr(val_type(x), dunder);
    if (!val_is_null(method)) {
        return obj_call_unbound(ts, method, x, NO_ARGS, 0);
    }
    if (!float_fallback) {
        return exc_raise(ts, &ExcTypeError, "type %s doesn't define __trunc__ method", val_type_name(x));
    }
    double d;
    if (!val_to_double(ts, x, &d)) {
        return VNULL;
    }
    return int_from_double(ts, fn(d));
}

static Value m_floor(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return round_to_int(ts, "floor", args, nargs, kwnames, "__floor__", floor, true);
}

static Value m_ceil(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return round_to_int(ts, "ceil", args, nargs, kwnames, "__ceil__", ceil, true);
}

static Value m_trunc(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return round_to_int(ts, "trunc", args, nargs, kwnames, "__trunc__", trunc, false);
}

// --- the module -----------------------------------------------------------------------------

static const MethodDef math_functions[] = {
    {"acos", m_acos, 0, "Return the arc cosine (measured in radians) of x."},
    {"acosh", m_acosh, 0, "Return the inverse hyperbolic cosine of x."},
    {"asin", m_asin, 0, "Return the arc sine (measured in radians) of x."},
    {"asinh", m_asinh, 0, "Return the inverse hyperbolic sine of x."},
    {"atan", m_atan, 0, "Return the arc tangent (measured in radians) of x."},
    {"atan2", m_atan2, 0, "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", m_atanh, 0, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", m_cbrt, 0, "Return the cube root of x."},
    {"ceil", m_ceil, 0, "Return the ceiling of x as an Integral."},
    {"copysign", m_copysign, 0, "Return a float with the magnitude of x but the sign of y."},
    {"cos", m_cos, 0, "Return the cosine of x (measured in radians)."},
    {"cosh", m_cosh, 0, "Return the hyperbolic cosine of x."},
    {"degrees", m_degrees, 0, "Convert angle x from radians to degrees."},
    {"erf", m_erf, 0, "Error function at x."},
    {"erfc", m_erfc, 0, "Complementary error function at x."},
    {"exp", m_exp, 0, "Return e raised to the power of x."},
    {"exp2", m_exp2, 0, "Return 2 raised to the power of x."},
    {"expm1", m_expm1, 0, "Return exp(x)-1."},
    {"fabs", m_fabs, 0, "Return the absolute value of the float x."},
    {"floor", m_floor, 0, "Return the floor of x as an Integral."},
    {"fmod", m_fmod, 0, "Return fmod(x, y), according to platform C."},
    {"frexp", m_frexp, 0, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"gamma", m_gamma, 0, "Gamma function at x."},
    {"isclose", m_isclose, 0, "Determine whether two floating point numbers are close in value."},
    {"isfinite", m_isfinite, 0, "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", m_isinf, 0, "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", m_isnan, 0, "Return True if x is a NaN (not a number), and False otherwise."},
    {"ldexp", m_ldexp, 0, "Return x * (2**i)."},
    {"lgamma", m_lgamma, 0, "Natural logarithm of absolute value of Gamma function at x."},
    {"log", m_log, 0, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log10", m_log10, 0, "Return the base 10 logarithm of x."},
    {"log1p", m_log1p, 0, "Return the natural logarithm of 1+x (base e)."},
    {"log2", m_log2, 0, "Return the base 2 logarithm of x."},
    {"modf", m_modf, 0, "Return the fractional and integer parts of x."},
    {"nextafter", m_nextafter, 0, "Return the next floating-point value after x towards y."},
    {"pow", m_pow, 0, "Return x**y (x to the power of y)."},
    {"radians", m_radians, 0, "Convert angle x from degrees to radians."},
    {"remainder", m_remainder, 0, "Difference between x and the closest integer multiple of y."},
    {"sin", m_sin, 0, "Return the sine of x (measured in radians)."},
    {"sinh", m_sinh, 0, "Return the hyperbolic sine of x."},
    {"sqrt", m_sqrt, 0, "Return the square root of x."},
    {"tan", m_tan, 0, "Return the tangent of x (measured in radians)."},
    {"tanh", m_tanh, 0, "Return the hyperbolic tangent of x."},
    {"trunc", m_trunc, 0, "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", m_ulp, 0, "Return the value of the least significant bit of the float x."},
    {NULL, NULL, 0, NULL},
};

Value math_module_create(ThreadState *ts) {
    Obj *m = module_new(ts, "math");
    if (!m) {
        return VNULL;
    }
    module_add_functions(ts, m, math_functions);
    module_add_functions(ts, m, mod_math_int_functions);
    module_add_functions(ts, m, mod_math_sum_functions);
    module_set(ts, m, "pi", val_float(M_PI));
    module_set(ts, m, "e", val_float(M_E));
    module_set(ts, m, "tau", val_float(2.0 * M_PI));
    module_set(ts, m, "inf", val_float(INFINITY));
    module_set(ts, m, "nan", val_float(NAN));
    return val_obj(m);
}
