// float: IEEE doubles, unboxed in the Value. Arithmetic with ints converts
// the int (OverflowError when it is too big for a double); comparisons
// with ints are exact, as in CPython, even for ints beyond 2**53.
//
// An instance of a subclass of float is a heap ObjFloat of that class
// holding its double; every slot below reads its operands with
// float_value, so float's methods work on both forms, and results are
// always plain (unboxed) floats, as CPython's are.
#include <float.h>
#include <math.h>

#include "runtime/numfmt.h"
#include "runtime/numfmt_parse.h"
#include "runtime/obj_class.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/bignum.h"
#include "runtime/state.h"

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

// CPython's numeric hash for doubles: the value reduced modulo 2**61 - 1,
// so that hash(2.0) == hash(2) and equal numbers hash alike.
int64_t float_hash(double v) {
    if (!isfinite(v)) {
        if (isinf(v)) {
            return v > 0 ? HASH_INF : -HASH_INF;
        }
        return 0;   // CPython 3.10+ hashes NaN by identity; a constant is allowed
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;   // 2**28
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) {
            x -= HASH_MODULUS;
        }
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

Obj *float_repr_obj(ThreadState *ts, double d) {
    char buf[40];
    StrBuf sb = {buf, 0, sizeof buf};
    buf[0] = '\0';
    numfmt_float_repr_to(&sb, d);
    Obj *s = str_new_known(ts, sb.data, (int64_t)sb.len, (int64_t)sb.len);
    if (sb.data != buf) {
        free(sb.data);
    }
    return s;
}

bool val_to_double(ThreadState *ts, Value v, double *out) {
    switch (v.tag) {
    case VAL_FLOAT: *out = v.as.f; return true;
    case VAL_INT:
    case VAL_BOOL: *out = (double)v.as.i; return true;
    default: break;
    }
    if (val_is_bigint(v)) {
        return int_to_double(ts, v, out);
    }
    if (val_is_float_subclass(v)) {
        *out = float_value(v);
        return true;
    }
    Type *t = val_type(v);
    Value f = type_lookup_cstr(t, "__float__");
    Value r = VNULL;
    if (!val_is_null(f)) {
        Value bound = val_type(f)->descr_get ? val_type(f)->descr_get(ts, f, v, t) : val_dup(f);
        r = val_is_null(bound) ? VNULL : obj_call0(ts, bound);
        val_decref(bound);
        if (val_is_null(r)) {
            return false;
        }
        if (!val_is_float_subclass(r)) {
            exc_raise(ts, &ExcTypeError, "%s.__float__ returned non-float (type %s)", t->name,
                      val_type_name(r));
            val_decref(r);
            return false;
        }
        *out = float_value(r);
        val_decref(r);
        return true;
    }
    if (t->to_float) {
        r = t->to_float(ts, v);
        if (val_is_null(r)) {
            return false;
        }
        *out = float_value(r);
        val_decref(r);
        return true;
    }
    if (val_is_int_subclass(v) || !val_is_null(type_lookup_cstr(t, "__index__"))) {
        Value i = obj_index(ts, v);
        if (val_is_null(i)) {
            return false;
        }
        bool ok = int_to_double(ts, i, out);
        val_decref(i);
        return ok;
    }
    exc_raise(ts, &ExcTypeError, "must be real number, not %s", t->name);
    return false;
}

bool float_floordiv(ThreadState *ts, double a, double b, double *out) {
    double mod;
    if (b == 0.0) {
        exc_raise(ts, &ExcZeroDivisionError, "float floor division by zero");
        return false;
    }
    mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod && ((b < 0) != (mod < 0))) {
        div -= 1.0;
    }
    double floordiv;
    if (div) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) {
            floordiv += 1.0;
        }
    } else {
        floordiv = copysign(0.0, a / b);
    }
    *out = floordiv;
    return true;
}

bool float_mod(ThreadState *ts, double a, double b, double *out) {
    if (b == 0.0) {
        exc_raise(ts, &ExcZeroDivisionError, "float modulo");
        return false;
    }
    double mod = fmod(a, b);
    if (mod) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
        }
    } else {
        mod = copysign(0.0, b);
    }
    *out = mod;
    return true;
}

Value float_pow(ThreadState *ts, double a, double b) {
    if (b == 0.0) {
        return val_float(1.0);
    }
    if (isnan(a)) {
        return val_float(a);
    }
    if (isnan(b)) {
        return val_float(a == 1.0 ? 1.0 : b);
    }
    if (a == 0.0 && b < 0.0 && isfinite(b)) {
        return exc_raise(ts, &ExcZeroDivisionError, "0.0 cannot be raised to a negative power");
    }
    if (a < 0.0 && isfinite(a) && isfinite(b) && b != floor(b)) {
        return exc_raise(ts, &ExcValueError,
                         "math domain error: negative number cannot be raised to a fractional power");
    }
    double r = pow(a, b);
    if (isinf(r) && isfinite(a) && isfinite(b)) {
        return exc_raise(ts, &ExcOverflowError, "(34, 'Numerical result out of range')");
    }
    return val_float(r);
}

// --- float/int comparison -----------------------------------------------------------

int float_int_compare(ThreadState *ts, double f, Value i, int *result) {
    if (isnan(f)) {
        *result = 2;   // unordered
        return 0;
    }
    if (i.tag != VAL_OBJ) {
        int64_t n = i.as.i;
        if (n > -(1LL << 53) && n < (1LL << 53)) {
            double d = (double)n;
            *result = (f > d) - (f < d);
            return 0;
        }
    }
    if (isinf(f)) {
        *result = f > 0 ? 1 : -1;
        return 0;
    }
    // Compare exactly: floor(f) against the int, then the fraction.
    double fl = floor(f);
    Value fi = int_from_double(ts, fl);
    if (val_is_null(fi)) {
        return -1;
    }
    Value e = int_exact(ts, i);
    int c = int_compare(fi, e);
    val_decref(fi);
    val_decref(e);
    if (c == 0 && f != fl) {
        c = 1;
    }
    *result = c;
    return 0;
}

static Value float_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    int c;
    bool fa = val_is_float_subclass(a), fb = val_is_float_subclass(b);
    if (fa && fb) {
        double x = float_value(a), y = float_value(b);
        switch (op) {
        case CMP_LT: return val_bool(x < y);
        case CMP_LE: return val_bool(x <= y);
        case CMP_EQ: return val_bool(x == y);
        case CMP_NE: return val_bool(x != y);
        case CMP_GT: return val_bool(x > y);
        default: return val_bool(x >= y);
        }
    }
    if (fa && val_is_int_subclass(b)) {
        if (float_int_compare(ts, float_value(a), b, &c) < 0) {
            return VNULL;
        }
    } else if (fb && val_is_int_subclass(a)) {
        if (float_int_compare(ts, float_value(b), a, &c) < 0) {
            return VNULL;
        }
        if (c != 2) {
            c = -c;
        }
    } else {
        return VNOTIMPL;
    }
    if (c == 2) {
        return val_bool(op == CMP_NE);
    }
    switch (op) {
    case CMP_LT: return val_bool(c < 0);
    case CMP_LE: return val_bool(c <= 0);
    case CMP_EQ: return val_bool(c == 0);
    case CMP_NE: return val_bool(c != 0);
    case CMP_GT: return val_bool(c > 0);
    default: return val_bool(c >= 0);
    }
}

// --- arithmetic slots -------------------------------------------------------------

// Both operands as doubles; NotImplemented unless each is a float or an int.
static int operands(ThreadState *ts, Value a, Value b, double *x, double *y) {
    if (!(val_is_float_subclass(a) || val_is_int_subclass(a)) ||
        !(val_is_float_subclass(b) || val_is_int_subclass(b))) {
        return 0;
    }
    if (!val_to_double(ts, a, x) || !val_to_double(ts, b, y)) {
        return -1;
    }
    return 1;
}

#define FLOAT_SLOT(name, body)                                  \
    static Value name(ThreadState *ts, Value a, Value b) {      \
        double x, y;                                            \
        int ok = operands(ts, a, b, &x, &y);                    \
        if (ok <= 0) {                                          \
            return ok < 0 ? VNULL : VNOTIMPL;                   \
        }                                                       \
        body                                                    \
    }

FLOAT_SLOT(slot_add, return val_float(x + y);)
FLOAT_SLOT(slot_sub, return val_float(x - y);)
FLOAT_SLOT(slot_mul, return val_float(x * y);)
FLOAT_SLOT(slot_truediv, {
    if (y == 0.0) {
        return exc_raise(ts, &ExcZeroDivisionError, "float division by zero");
    }
    return val_float(x / y);
})
FLOAT_SLOT(slot_floordiv, {
    double r;
    return float_floordiv(ts, x, y, &r) ? val_float(r) : VNULL;
})
FLOAT_SLOT(slot_mod, {
    double r;
    return float_mod(ts, x, y, &r) ? val_float(r) : VNULL;
})
FLOAT_SLOT(slot_pow, return float_pow(ts, x, y);)

// (a // b, a % b) for floats (or a float and an int), or NotImplemented.
static Value divmod_pair(ThreadState *ts, Value a, Value b) {
    double x, y, q, r;
    int ok = operands(ts, a, b, &x, &y);
    if (ok <= 0) {
        return ok < 0 ? VNULL : VNOTIMPL;
    }
    if (y == 0.0) {
        return exc_raise(ts, &ExcZeroDivisionError, "float divmod()");
    }
    if (!float_floordiv(ts, x, y, &q) || !float_mod(ts, x, y, &r)) {
        return VNULL;
    }
    Obj *t = tuple_pack(ts, 2, val_float(q), val_float(r));
    return t ? val_obj(t) : VNULL;
}

static Value m_divmod(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "expected 1 argument, got %lld", (long long)nargs);
    }
    return divmod_pair(ts, self, args[0]);
}

static Value m_rdivmod(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "expected 1 argument, got %lld", (long long)nargs);
    }
    return divmod_pair(ts, args[0], self);
}

static Value float_repr(ThreadState *ts, Value v) {
    Obj *s = float_repr_obj(ts, float_value(v));
    return s ? val_obj(s) : VNULL;
}

static int float_hash_slot(ThreadState *ts, Value v, int64_t *out) {
    (void)ts;
    *out = float_hash(float_value(v));
    return 0;
}

static Value slot_neg(ThreadState *ts, Value a) {
    (void)ts;
    return val_float(-float_value(a));
}
static Value slot_pos(ThreadState *ts, Value a) {
    (void)ts;
    return val_float(float_value(a));
}
static Value slot_abs(ThreadState *ts, Value a) {
    (void)ts;
    return val_float(fabs(float_value(a)));
}
static Value slot_int(ThreadState *ts, Value a) { return int_from_double(ts, float_value(a)); }

static int float_truth(ThreadState *ts, Value v) {
    (void)ts;
    return float_value(v) != 0.0;
}

// float(x=0.0) as a plain float, whatever the class asked for.
static Value float_from_arg(ThreadState *ts, Value *args, int64_t nargs, Obj *kwnames) {
    if (kwnames && tuple_len(kwnames)) {
        return exc_raise(ts, &ExcTypeError, "float() takes no keyword arguments");
    }
    if (nargs > 1) {
        return exc_raise(ts, &ExcTypeError, "float expected at most 1 argument, got %lld",
                         (long long)nargs);
    }
    if (nargs == 0) {
        return val_float(0.0);
    }
    Value x = args[0];
    if (val_is_str_like(x)) {
        double d;
        if (!numfmt_parse_float(as_str(x)->data, (size_t)as_str(x)->nbytes, &d)) {
            return exc_raise(ts, &ExcValueError, "could not convert string to float: %R", x);
        }
        return val_float(d);
    }
    Type *t = val_type(x);
    bool real = val_is_int_subclass(x) || val_is_float_subclass(x) || t->to_float || t->index ||
                !val_is_null(type_lookup_cstr(t, "__float__")) || !val_is_null(type_lookup_cstr(t, "__index__"));
    if (!real) {
        return exc_raise(ts, &ExcTypeError, "float() argument must be a string or a real number, not '%s'",
                         t->name);
    }
    double d;
    return val_to_double(ts, x, &d) ? val_float(d) : VNULL;
}

// float.__new__: a subclass gets a heap ObjFloat of its own class.
static Value float_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    Value r = float_from_arg(ts, args, nargs, kwnames);
    if (val_is_null(r) || type == &FloatType) {
        return r;
    }
    ObjFloat *o = (ObjFloat *)obj_alloc(ts, type, type->basic_size);
    if (!o) {
        return VNULL;
    }
    o->value = r.as.f;
    return val_obj(&o->base);
}

bool val_is_float_subclass(Value v) {
    return v.tag == VAL_FLOAT || (v.tag == VAL_OBJ && val_isinstance(v, &FloatType));
}

// --- methods ----------------------------------------------------------------------

static Value m_is_integer(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)ts;
    (void)args;
    (void)nargs;
    (void)kw;
    double d = float_value(self);
    return val_bool(isfinite(d) && d == floor(d));
}

static Value m_as_integer_ratio(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    double d = float_value(self);
    if (isinf(d)) {
        return exc_raise(ts, &ExcOverflowError, "cannot convert Infinity to integer ratio");
    }
    if (isnan(d)) {
        return exc_raise(ts, &ExcValueError, "cannot convert NaN to integer ratio");
    }
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    Value num = int_from_double(ts, m);
    Value den = val_int(1);
    if (e > 0) {
        Value p = int_lshift(ts, val_int(1), val_int(e));
        Value n2 = int_mul(ts, num, p);
        val_decref(num);
        val_decref(p);
        num = n2;
    } else {
        den = int_lshift(ts, val_int(1), val_int(-e));
    }
    Obj *t = tuple_pack(ts, 2, num, den);
    val_decref(num);
    val_decref(den);
    return t ? val_obj(t) : VNULL;
}

static Value m_conjugate(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)ts;
    (void)args;
    (void)nargs;
    (void)kw;
    return val_float(float_value(self));
}

static Value m_trunc(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return int_from_double(ts, float_value(self));
}

static Value m_floor(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return int_from_double(ts, floor(float_value(self)));
}

static Value m_ceil(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return int_from_double(ts, ceil(float_value(self)));
}

static Value m_round(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    double x = float_value(self);
    if (nargs == 0 || val_is_none(args[0])) {
        double r = round(x);
        if (fabs(x - trunc(x)) == 0.5) {
            r = 2.0 * round(x / 2.0);   // halves go to even
        }
        return int_from_double(ts, r);
    }
    int64_t nd;
    if (!obj_index_i64(ts, args[0], &nd)) {
        return VNULL;
    }
    double out;
    if (!numfmt_round_double(x, nd, &out)) {
        return exc_raise(ts, &ExcOverflowError, "rounded value too large to represent");
    }
    return val_float(out);
}

// float.real and float.imag, as getset descriptors so that dir() lists them.
static Value get_real(ThreadState *ts, Value v) {
    (void)ts;
    return val_float(float_value(v));
}
static Value get_imag(ThreadState *ts, Value v) {
    (void)ts;
    (void)v;
    return val_float(0.0);
}

static const MethodDef float_methods[] = {
    {"__divmod__", m_divmod, NATIVE_METHOD, "Return divmod(self, value)."},
    {"__rdivmod__", m_rdivmod, NATIVE_METHOD, "Return divmod(value, self)."},
    {"is_integer", m_is_integer, NATIVE_METHOD, "Return True if the float is an integer."},
    {"as_integer_ratio", m_as_integer_ratio, NATIVE_METHOD, "Return integer ratio."},
    {"conjugate", m_conjugate, NATIVE_METHOD, "Return self, the complex conjugate of any float."},
    {"hex", float_hex_method, NATIVE_METHOD, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_fromhex_method, NATIVE_CLASSMETHOD, "Create a floating-point number from a hexadecimal string."},
    {"__trunc__", m_trunc, NATIVE_METHOD, "Return the Integral closest to x between 0 and x."},
    {"__floor__", m_floor, NATIVE_METHOD, "Return the floor as an Integral."},
    {"__ceil__", m_ceil, NATIVE_METHOD, "Return the ceiling as an Integral."},
    {"__round__", m_round, NATIVE_METHOD, "Return the Integral closest to x, rounding half toward even."},
    {NULL, NULL, 0, NULL},
};

Type FloatType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "float",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjFloat),
    .doc = "Convert a string or number to a floating point number, if possible.",
    .repr = float_repr,
    .hash = float_hash_slot,
    .richcompare = float_richcompare,
    .getattr = generic_getattr,
    .truth = float_truth,
    .nb = {[BINOP_ADD] = slot_add, [BINOP_SUB] = slot_sub, [BINOP_MUL] = slot_mul,
           [BINOP_TRUEDIV] = slot_truediv, [BINOP_FLOORDIV] = slot_floordiv, [BINOP_MOD] = slot_mod,
           [BINOP_POW] = slot_pow},
    .neg = slot_neg,
    .pos = slot_pos,
    .abs = slot_abs,
    .to_int = slot_int,
    .to_float = slot_pos,
    .new_ = float_new,
};

void float_init_type(ThreadState *ts) {
    type_add_methods(ts, &FloatType, float_methods);
    if (getset_add(ts, &FloatType, "real", get_real, NULL) < 0 || getset_add(ts, &FloatType, "imag", get_imag, NULL) < 0) {
        cs_fatal("out of memory");
    }
}
