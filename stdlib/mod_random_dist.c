// The real-valued distributions of Random: uniform, triangular, the normal
// family (normalvariate, gauss, lognormvariate), expovariate,
// vonmisesvariate, gammavariate, betavariate, paretovariate and
// weibullvariate.
//
// Each uses the same method and the same number of random() calls as
// CPython 3.11's random.py, so a seeded script draws the same values. The
// final scaling by the caller's parameters (mu + z * sigma and the like)
// goes through the generic operators, so ints, floats and other numbers
// behave, and fail, as they do in Python.
//
// See also: mod_random.c (the generator and mod_random_float).
#include <math.h>

#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/state.h"
#include "stdlib/mod_random.h"

#define TWOPI (2.0 * M_PI)

// a + b * c, with b a float: the shape of most results here.
static Value add_scaled(ThreadState *ts, Value a, double b, Value c) {
    Value product = obj_binop(ts, val_float(b), c, BINOP_MUL);
    if (val_is_null(product)) {
        return VNULL;
    }
    Value r = obj_binop(ts, a, product, BINOP_ADD);
    val_decref(product);
    return r;
}

static bool to_double(ThreadState *ts, Value v, double *out) { return val_to_double(ts, v, out); }

static Value m_uniform(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"a", "b"};
    static const PySignature sig = {"Random.uniform", names, 2, 0, 2, true};
    Value a[2];
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a)) {
        return VNULL;
    }
    // a + (b - a) * random()
    Value width = obj_binop(ts, a[1], a[0], BINOP_SUB);
    if (val_is_null(width)) {
        return VNULL;
    }
    double u;
    Value scaled = mod_random_float(ts, self, &u) ? obj_binop(ts, width, val_float(u), BINOP_MUL) : VNULL;
    val_decref(width);
    if (val_is_null(scaled)) {
        return VNULL;
    }
    Value r = obj_binop(ts, a[0], scaled, BINOP_ADD);
    val_decref(scaled);
    return r;
}

static Value m_triangular(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"low", "high", "mode"};
    static const PySignature sig = {"Random.triangular", names, 3, 0, 0, true};
    Value a[3];
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a)) {
        return VNULL;
    }
    Value low = val_is_null(a[0]) ? val_float(0.0) : a[0];
    Value high = val_is_null(a[1]) ? val_float(1.0) : a[1];
    double u, c = 0.5;
    if (!mod_random_float(ts, self, &u)) {
        return VNULL;
    }
    if (!val_is_null(a[2]) && !val_is_none(a[2])) {
        // c = (mode - low) / (high - low); a zero width means the answer is low.
        Value num = obj_binop(ts, a[2], low, BINOP_SUB);
        Value den = val_is_null(num) ? VNULL : obj_binop(ts, high, low, BINOP_SUB);
        Value q = val_is_null(den) ? VNULL : obj_binop(ts, num, den, BINOP_TRUEDIV);
        val_decref(num);
        val_decref(den);
        if (val_is_null(q)) {
            if (exc_matches(ts, &ExcZeroDivisionError)) {
                exc_clear(ts);
                return val_dup(low);
            }
            return VNULL;
        }
        bool ok = to_double(ts, q, &c);
        val_decref(q);
        if (!ok) {
            return VNULL;
        }
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        Value t = low;
        low = high;
        high = t;
    }
    // low + (high - low) * sqrt(u * c)
    Value width = obj_binop(ts, high, low, BINOP_SUB);
    if (val_is_null(width)) {
        return VNULL;
    }
    Value scaled = obj_binop(ts, width, val_float(sqrt(u * c)), BINOP_MUL);
    val_decref(width);
    if (val_is_null(scaled)) {
        return VNULL;
    }
    Value r = obj_binop(ts, low, scaled, BINOP_ADD);
    val_decref(scaled);
    return r;
}

// --- the normal family ----------------------------------------------------------------------

// A standard normal deviate by Kinderman and Monahan's ratio method.
static bool normal_deviate(ThreadState *ts, Value self, double *out) {
    const double magic = 4.0 * exp(-0.5) / sqrt(2.0);
    for (;;) {
        double u1, u2;
        if (!mod_random_float(ts, self, &u1) || !mod_random_float(ts, self, &u2)) {
            return false;
        }
        u2 = 1.0 - u2;
        double z = magic * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2)) {
            *out = z;
            return true;
        }
    }
}

static const char *const mu_sigma[] = {"mu", "sigma"};

static Value m_normalvariate(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const PySignature sig = {"Random.normalvariate", mu_sigma, 2, 0, 0, true};
    Value a[2];
    double z;
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a) || !normal_deviate(ts, self, &z)) {
        return VNULL;
    }
    return add_scaled(ts, val_is_null(a[0]) ? val_float(0.0) : a[0], z,
                      val_is_null(a[1]) ? val_float(1.0) : a[1]);
}

// The Box-Muller transform makes two independent deviates from two
// uniform ones: one is returned, the other kept for the next call.
static Value m_gauss(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const PySignature sig = {"Random.gauss", mu_sigma, 2, 0, 0, true};
    Value a[2];
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a)) {
        return VNULL;
    }
    ObjRandom *r = (ObjRandom *)self.as.obj;
    double z;
    if (r->has_gauss) {
        z = r->gauss_next;
        r->has_gauss = false;
    } else {
        double u1, u2;
        if (!mod_random_float(ts, self, &u1) || !mod_random_float(ts, self, &u2)) {
            return VNULL;
        }
        double angle = u1 * TWOPI;
        double radius = sqrt(-2.0 * log(1.0 - u2));
        z = cos(angle) * radius;
        r->gauss_next = sin(angle) * radius;
        r->has_gauss = true;
    }
    return add_scaled(ts, val_is_null(a[0]) ? val_float(0.0) : a[0], z,
                      val_is_null(a[1]) ? val_float(1.0) : a[1]);
}

static Value m_lognormvariate(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const PySignature sig = {"Random.lognormvariate", mu_sigma, 2, 0, 2, true};
    Value a[2];
    double z, x;
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a) || !normal_deviate(ts, self, &z)) {
        return VNULL;
    }
    Value n = add_scaled(ts, a[0], z, a[1]);
    if (val_is_null(n)) {
        return VNULL;
    }
    bool ok = to_double(ts, n, &x);
    val_decref(n);
    if (!ok) {
        return VNULL;
    }
    double r = exp(x);
    if (isinf(r) && isfinite(x)) {
        return exc_raise(ts, &ExcOverflowError, "math range error");
    }
    return val_float(r);
}

// --- the others -----------------------------------------------------------------------------

static Value m_expovariate(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"lambd"};
    static const PySignature sig = {"Random.expovariate", names, 1, 0, 1, true};
    Value a[1];
    double u;
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a) || !mod_random_float(ts, self, &u)) {
        return VNULL;
    }
    return obj_binop(ts, val_float(-log(1.0 - u)), a[0], BINOP_TRUEDIV);
}

static Value m_vonmisesvariate(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"mu", "kappa"};
    static const PySignature sig = {"Random.vonmisesvariate", names, 2, 0, 2, true};
    Value a[2];
    double mu, kappa, u1, u2, u3, z;
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a) || !to_double(ts, a[0], &mu) ||
        !to_double(ts, a[1], &kappa)) {
        return VNULL;
    }
    if (kappa <= 1e-6) {
        return mod_random_float(ts, self, &u1) ? val_float(TWOPI * u1) : VNULL;
    }
    // Best and Fisher's rejection method.
    double s = 0.5 / kappa;
    double r = s + sqrt(1.0 + s * s);
    for (;;) {
        if (!mod_random_float(ts, self, &u1)) {
            return VNULL;
        }
        z = cos(M_PI * u1);
        double d = z / (r + z);
        if (!mod_random_float(ts, self, &u2)) {
            return VNULL;
        }
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) {
            break;
        }
    }
    double q = 1.0 / r;
    double f = (q + z) / (1.0 + q * z);
    if (!mod_random_float(ts, self, &u3)) {
        return VNULL;
    }
    double theta;
    if (!float_mod(ts, u3 > 0.5 ? mu + acos(f) : mu - acos(f), TWOPI, &theta)) {
        return VNULL;
    }
    return val_float(theta);
}

// x ** y with Python's float rules (ZeroDivisionError for 0.0 ** -1...).
static bool py_pow(ThreadState *ts, double x, double y, double *out) {
    Value r = float_pow(ts, x, y);
    if (val_is_null(r)) {
        return false;
    }
    bool ok = to_double(ts, r, out);
    val_decref(r);
    return ok;
}

static bool gamma_deviate(ThreadState *ts, Value self, double alpha, double beta, double *out) {
    if (alpha <= 0.0 || beta <= 0.0) {
        exc_raise(ts, &ExcValueError, "gammavariate: alpha and beta must be > 0.0");
        return false;
    }
    double u, u1, u2;
    if (alpha > 1.0) {
        // Cheng's rejection algorithm GB for alpha > 1.
        double ainv = sqrt(2.0 * alpha - 1.0);
        double bbb = alpha - log(4.0);
        double ccc = alpha + ainv;
        for (;;) {
            if (!mod_random_float(ts, self, &u1)) {
                return false;
            }
            if (!(1e-7 < u1 && u1 < 0.9999999)) {
                continue;
            }
            if (!mod_random_float(ts, self, &u2)) {
                return false;
            }
            u2 = 1.0 - u2;
            double v = log(u1 / (1.0 - u1)) / ainv;
            double x = alpha * exp(v);
            double z = u1 * u1 * u2;
            double r = bbb + ccc * v - x;
            if (r + (1.0 + log(4.5)) - 4.5 * z >= 0.0 || r >= log(z)) {
                *out = x * beta;
                return true;
            }
        }
    }
    if (alpha == 1.0) {
        if (!mod_random_float(ts, self, &u)) {
            return false;
        }
        *out = -log(1.0 - u) * beta;
        return true;
    }
    // alpha < 1: Ahrens and Dieter's algorithm GS.
    double x;
    for (;;) {
        if (!mod_random_float(ts, self, &u)) {
            return false;
        }
        double b = (M_E + alpha) / M_E;
        double p = b * u;
        if (p <= 1.0) {
            if (!py_pow(ts, p, 1.0 / alpha, &x)) {
                return false;
            }
        } else {
            x = -log((b - p) / alpha);
        }
        if (!mod_random_float(ts, self, &u1)) {
            return false;
        }
        if (p > 1.0) {
            double bound;
            if (!py_pow(ts, x, alpha - 1.0, &bound)) {
                return false;
            }
            if (u1 <= bound) {
                break;
            }
        } else if (u1 <= exp(-x)) {
            break;
        }
    }
    *out = x * beta;
    return true;
}

static const char *const alpha_beta[] = {"alpha", "beta"};

static Value m_gammavariate(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const PySignature sig = {"Random.gammavariate", alpha_beta, 2, 0, 2, true};
    Value a[2];
    double alpha, beta, r;
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a) || !to_double(ts, a[0], &alpha) ||
        !to_double(ts, a[1], &beta) || !gamma_deviate(ts, self, alpha, beta, &r)) {
        return VNULL;
    }
    return val_float(r);
}

static Value m_betavariate(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const PySignature sig = {"Random.betavariate", alpha_beta, 2, 0, 2, true};
    Value a[2];
    double alpha, beta, y, z;
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a) || !to_double(ts, a[0], &alpha) ||
        !to_double(ts, a[1], &beta) || !gamma_deviate(ts, self, alpha, 1.0, &y)) {
        return VNULL;
    }
    if (y == 0.0) {
        return val_float(0.0);
    }
    if (!gamma_deviate(ts, self, beta, 1.0, &z)) {
        return VNULL;
    }
    return val_float(y / (y + z));
}

static Value m_paretovariate(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"alpha"};
    static const PySignature sig = {"Random.paretovariate", names, 1, 0, 1, true};
    Value a[1];
    double u, exponent, r;
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a) || !mod_random_float(ts, self, &u)) {
        return VNULL;
    }
    // u ** (-1.0 / alpha)
    Value e = obj_binop(ts, val_float(-1.0), a[0], BINOP_TRUEDIV);
    if (val_is_null(e)) {
        return VNULL;
    }
    bool ok = to_double(ts, e, &exponent);
    val_decref(e);
    if (!ok || !py_pow(ts, 1.0 - u, exponent, &r)) {
        return VNULL;
    }
    return val_float(r);
}

static Value m_weibullvariate(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const PySignature sig = {"Random.weibullvariate", alpha_beta, 2, 0, 2, true};
    Value a[2];
    double u, exponent, p;
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a) || !mod_random_float(ts, self, &u)) {
        return VNULL;
    }
    // alpha * (-log(1.0 - u)) ** (1.0 / beta)
    Value e = obj_binop(ts, val_float(1.0), a[1], BINOP_TRUEDIV);
    if (val_is_null(e)) {
        return VNULL;
    }
    bool ok = to_double(ts, e, &exponent);
    val_decref(e);
    if (!ok || !py_pow(ts, -log(1.0 - u), exponent, &p)) {
        return VNULL;
    }
    return obj_binop(ts, a[0], val_float(p), BINOP_MUL);
}

const MethodDef mod_random_dist_methods[] = {
    {"uniform", m_uniform, NATIVE_METHOD, "Get a random number in the range [a, b) or [a, b] depending on rounding."},
    {"triangular", m_triangular, NATIVE_METHOD, "Triangular distribution."},
    {"normalvariate", m_normalvariate, NATIVE_METHOD, "Normal distribution."},
    {"gauss", m_gauss, NATIVE_METHOD, "Gaussian distribution."},
    {"lognormvariate", m_lognormvariate, NATIVE_METHOD, "Log normal distribution."},
    {"expovariate", m_expovariate, NATIVE_METHOD, "Exponential distribution."},
    {"vonmisesvariate", m_vonmisesvariate, NATIVE_METHOD, "Circular data distribution."},
    {"gammavariate", m_gammavariate, NATIVE_METHOD, "Gamma distribution.  Not the gamma function!"},
    {"betavariate", m_betavariate, NATIVE_METHOD, "Beta distribution."},
    {"paretovariate", m_paretovariate, NATIVE_METHOD, "Pareto distribution.  alpha is the shape parameter."},
    {"weibullvariate", m_weibullvariate, NATIVE_METHOD, "Weibull distribution."},
    {NULL, NULL, 0, NULL},
};
