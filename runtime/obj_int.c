// int and bool.
//
// Overflow policy: an int that fits in int64_t is a VAL_INT Value and every
// operation on two of them is done in C with an overflow check; only when a
// result does not fit does it become a heap ObjInt holding a BigNum
// (runtime/bignum.c). Results are always normalized back: a big result that
// fits becomes VAL_INT again, so `x == y` on ints never needs the bignum
// code unless the values really are big.
//
// An instance of a subclass of int is a heap object of that class whose
// BigNum holds its value, whatever its size; int_exact turns it (or a bool)
// into the plain int the arithmetic works on.
#include <math.h>

#include "runtime/args.h"
#include "runtime/bignum.h"
#include "runtime/obj_class.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/obj_bytes.h"
#include "runtime/numfmt_parse.h"
#include "runtime/state.h"

// CPython 3.11's limit on decimal conversions (sys.set_int_max_str_digits).
int int_max_str_digits = 4300;

static inline BigNum *bn(Value v) { return ((ObjInt *)v.as.obj)->num; }

bool val_is_int_subclass(Value v) {
    return v.tag == VAL_INT || v.tag == VAL_BOOL || (v.tag == VAL_OBJ && val_isinstance(v, &IntType));
}

Value int_from_i64(int64_t i) { return val_int(i); }

// Wraps a BigNum (stolen) as an int of the given exact type.
static Value wrap_bignum(ThreadState *ts, Type *type, BigNum *n) {
    ObjInt *o = (ObjInt *)obj_alloc(ts, type, type->basic_size);
    if (!o) {
        bignum_free(n);
        return VNULL;
    }
    o->num = n;
    return val_obj(&o->base);
}

Value int_from_bignum(ThreadState *ts, BigNum *n) {
    if (!n) {
        return exc_no_memory(ts);
    }
    if (bignum_fits_i64(n)) {
        bool ovf;
        int64_t i = bignum_to_i64(n, &ovf);
        bignum_free(n);
        return val_int(i);
    }
    return wrap_bignum(ts, &IntType, n);
}

Value int_from_u64(ThreadState *ts, uint64_t u) {
    if (u <= (uint64_t)INT64_MAX) {
        return val_int((int64_t)u);
    }
    return int_from_bignum(ts, bignum_from_u64(u));
}

BigNum *int_as_bignum(ThreadState *ts, Value a) {
    BigNum *n = (a.tag == VAL_INT || a.tag == VAL_BOOL) ? bignum_from_i64(a.as.i) : bignum_copy(bn(a));
    if (!n) {
        exc_no_memory(ts);
    }
    return n;
}

Value int_exact(ThreadState *ts, Value v) {
    if (v.tag == VAL_INT) {
        return v;
    }
    if (v.tag == VAL_BOOL) {
        return val_int(v.as.i);
    }
    if (val_is_bigint(v)) {
        return val_dup(v);
    }
    return int_from_bignum(ts, bignum_copy(bn(v)));
}

bool int_to_i64(Value a, int64_t *out) {
    if (a.tag == VAL_INT || a.tag == VAL_BOOL) {
        *out = a.as.i;
        return true;
    }
    bool ovf;
    *out = bignum_to_i64(bn(a), &ovf);
    return !ovf;
}

int int_sign(Value a) {
    if (a.tag == VAL_INT || a.tag == VAL_BOOL) {
        return (a.as.i > 0) - (a.as.i < 0);
    }
    return bignum_sign(bn(a));
}

int int_compare(Value a, Value b) {
    bool sa = a.tag != VAL_OBJ, sb = b.tag != VAL_OBJ;
    if (sa && sb) {
        return (a.as.i > b.as.i) - (a.as.i < b.as.i);
    }
    if (sa) {
        return -bignum_cmp_i64(bn(b), a.as.i);
    }
    if (sb) {
        return bignum_cmp_i64(bn(a), b.as.i);
    }
    return bignum_cmp(bn(a), bn(b));
}

int64_t int_hash(Value a) {
    if (a.tag != VAL_OBJ) {
        return bignum_hash_i64(a.as.i);
    }
    return bignum_hash(bn(a));
}

bool int_to_double(ThreadState *ts, Value a, double *out) {
    if (a.tag != VAL_OBJ) {
        *out = (double)a.as.i;
        return true;
    }
    bool ovf;
    *out = bignum_to_double(bn(a), &ovf);
    if (ovf) {
        exc_raise(ts, &ExcOverflowError, "int too large to convert to float");
        return false;
    }
    return true;
}

// --- the slow path: both operands as BigNums -------------------------------------

typedef BigNum *(*BigBinary)(const BigNum *, const BigNum *);

static Value big_binary(ThreadState *ts, Value a, Value b, BigBinary fn) {
    BigNum *x = int_as_bignum(ts, a);
    BigNum *y = x ? int_as_bignum(ts, b) : NULL;
    BigNum *r = y ? fn(x, y) : NULL;
    bignum_free(x);
    bignum_free(y);
    if (!r) {
        return exc_occurred(ts) ? VNULL : exc_no_memory(ts);
    }
    return int_from_bignum(ts, r);
}

static Value status_error(ThreadState *ts, BigNumStatus st) {
    switch (st) {
    case BIGNUM_ZERO_DIVISION: return exc_raise(ts, &ExcZeroDivisionError, "integer division or modulo by zero");
    case BIGNUM_OVERFLOW: return exc_raise(ts, &ExcOverflowError, "integer division result too large for a float");
    default: return exc_no_memory(ts);
    }
}

Value int_add(ThreadState *ts, Value a, Value b) {
    int64_t r;
    if (a.tag != VAL_OBJ && b.tag != VAL_OBJ && !__builtin_add_overflow(a.as.i, b.as.i, &r)) {
        return val_int(r);
    }
    return big_binary(ts, a, b, bignum_add);
}

Value int_sub(ThreadState *ts, Value a, Value b) {
    int64_t r;
    if (a.tag != VAL_OBJ && b.tag != VAL_OBJ && !__builtin_sub_overflow(a.as.i, b.as.i, &r)) {
        return val_int(r);
    }
    return big_binary(ts, a, b, bignum_sub);
}

Value int_mul(ThreadState *ts, Value a, Value b) {
    int64_t r;
    if (a.tag != VAL_OBJ && b.tag != VAL_OBJ && !__builtin_mul_overflow(a.as.i, b.as.i, &r)) {
        return val_int(r);
    }
    return big_binary(ts, a, b, bignum_mul);
}

static Value big_divmod(ThreadState *ts, Value a, Value b, bool want_q, bool want_r) {
    BigNum *x = int_as_bignum(ts, a);
    BigNum *y = x ? int_as_bignum(ts, b) : NULL;
    if (!y) {
        bignum_free(x);
        return VNULL;
    }
    BigNum *q = NULL, *r = NULL;
    BigNumStatus st = bignum_divmod(x, y, want_q ? &q : NULL, want_r ? &r : NULL);
    bignum_free(x);
    bignum_free(y);
    if (st != BIGNUM_OK) {
        return status_error(ts, st);
    }
    if (want_q && want_r) {
        Value qv = int_from_bignum(ts, q);
        Value rv = int_from_bignum(ts, r);
        if (val_is_null(qv) || val_is_null(rv)) {
            val_decref(qv);
            val_decref(rv);
            return VNULL;
        }
        Obj *t = tuple_pack(ts, 2, qv, rv);
        val_decref(qv);
        val_decref(rv);
        return t ? val_obj(t) : VNULL;
    }
    return int_from_bignum(ts, want_q ? q : r);
}

Value int_floordiv(ThreadState *ts, Value a, Value b) {
    if (a.tag != VAL_OBJ && b.tag != VAL_OBJ) {
        int64_t x = a.as.i, y = b.as.i;
        if (y == 0) {
            return exc_raise(ts, &ExcZeroDivisionError, "integer division or modulo by zero");
        }
        if (!(x == INT64_MIN && y == -1)) {
            int64_t q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) {
                q--;
            }
            return val_int(q);
        }
    }
    return big_divmod(ts, a, b, true, false);
}

Value int_mod(ThreadState *ts, Value a, Value b) {
    // `%` has its own message; `//` and divmod() share the other one.
    if (int_sign(b) == 0) {
        return exc_raise(ts, &ExcZeroDivisionError, "integer modulo by zero");
    }
    if (a.tag != VAL_OBJ && b.tag != VAL_OBJ) {
        int64_t x = a.as.i, y = b.as.i;
        if (y == -1) {
            return val_int(0);
        }
        int64_t r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            r += y;
        }
        return val_int(r);
    }
    return big_divmod(ts, a, b, false, true);
}

Value int_divmod(ThreadState *ts, Value a, Value b) {
    if (a.tag != VAL_OBJ && b.tag != VAL_OBJ && b.as.i != 0 && !(a.as.i == INT64_MIN && b.as.i == -1)) {
        Value q = int_floordiv(ts, a, b);
        Value r = int_mod(ts, a, b);
        Obj *t = tuple_pack(ts, 2, q, r);
        return t ? val_obj(t) : VNULL;
    }
    return big_divmod(ts, a, b, true, true);
}

Value int_truediv(ThreadState *ts, Value a, Value b) {
    if (a.tag != VAL_OBJ && b.tag != VAL_OBJ) {
        int64_t x = a.as.i, y = b.as.i;
        if (y == 0) {
            return exc_raise(ts, &ExcZeroDivisionError, "division by zero");
        }
        // Exact when both convert to double exactly: then one rounding.
        if (x > -(1LL << 53) && x < (1LL << 53) && y > -(1LL << 53) && y < (1LL << 53)) {
            return val_float((double)x / (double)y);
        }
    }
    BigNum *x = int_as_bignum(ts, a);
    BigNum *y = x ? int_as_bignum(ts, b) : NULL;
    if (!y) {
        bignum_free(x);
        return VNULL;
    }
    double d;
    BigNumStatus st = bignum_truediv(x, y, &d);
    bignum_free(x);
    bignum_free(y);
    if (st == BIGNUM_ZERO_DIVISION) {
        return exc_raise(ts, &ExcZeroDivisionError, "division by zero");
    }
    if (st != BIGNUM_OK) {
        return status_error(ts, st);
    }
    return val_float(d);
}

Value int_pow(ThreadState *ts, Value a, Value b, Value m) {
    if (!val_is_null(m) && !val_is_none(m)) {
        if (int_sign(m) == 0) {
            return exc_raise(ts, &ExcValueError, "pow() 3rd argument cannot be 0");
        }
        BigNum *x = int_as_bignum(ts, a), *e = int_as_bignum(ts, b), *mm = int_as_bignum(ts, m);
        BigNum *r = NULL;
        BigNumStatus st = BIGNUM_NO_MEMORY;
        if (x && e && mm) {
            if (int_sign(b) < 0) {
                BigNum *inv = NULL;
                st = bignum_modinv(x, mm, &inv);
                if (st == BIGNUM_OK) {
                    BigNum *pe = bignum_neg(e);
                    st = pe ? bignum_powmod(inv, pe, mm, &r) : BIGNUM_NO_MEMORY;
                    bignum_free(pe);
                }
                bignum_free(inv);
            } else {
                st = bignum_powmod(x, e, mm, &r);
            }
        }
        bignum_free(x);
        bignum_free(e);
        bignum_free(mm);
        if (st == BIGNUM_NOT_INVERTIBLE) {
            return exc_raise(ts, &ExcValueError, "base is not invertible for the given modulus");
        }
        if (st != BIGNUM_OK) {
            return status_error(ts, st);
        }
        return int_from_bignum(ts, r);
    }
    if (int_sign(b) < 0) {
        double x, y;
        if (!int_to_double(ts, a, &x) || !int_to_double(ts, b, &y)) {
            return VNULL;
        }
        if (x == 0.0) {
            return exc_raise(ts, &ExcZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        return float_pow(ts, x, y);
    }
    if (a.tag != VAL_OBJ && b.tag != VAL_OBJ) {
        // Square and multiply in int64 while nothing overflows.
        int64_t base = a.as.i, e = b.as.i, r = 1;
        bool ovf = false;
        while (e > 0) {
            if (e & 1) {
                ovf |= __builtin_mul_overflow(r, base, &r);
            }
            e >>= 1;
            if (e > 0) {
                ovf |= __builtin_mul_overflow(base, base, &base);
            }
            if (ovf) {
                break;
            }
        }
        if (!ovf) {
            return val_int(r);
        }
    }
    int64_t e;
    if (!int_to_i64(b, &e)) {
        if (int_sign(a) == 0 || (a.tag != VAL_OBJ && (a.as.i == 1 || a.as.i == -1))) {
            // 0, 1 and -1 stay small whatever the exponent.
            if (a.as.i == -1) {
                return val_int(bignum_sign(bn(b)) && (bn(b)->digits[0] & 1) ? -1 : 1);
            }
            return val_int(a.tag == VAL_OBJ ? 0 : a.as.i);
        }
        return exc_no_memory(ts);
    }
    BigNum *x = int_as_bignum(ts, a);
    if (!x) {
        return VNULL;
    }
    BigNum *r = bignum_pow(x, (uint64_t)e);
    bignum_free(x);
    return int_from_bignum(ts, r);
}

Value int_lshift(ThreadState *ts, Value a, Value b) {
    if (int_sign(b) < 0) {
        return exc_raise(ts, &ExcValueError, "negative shift count");
    }
    int64_t n;
    if (!int_to_i64(b, &n)) {
        if (int_sign(a) == 0) {
            return val_int(0);
        }
        return exc_raise(ts, &ExcOverflowError, "too many digits in integer");
    }
    if (a.tag != VAL_OBJ) {
        int64_t x = a.as.i;
        if (x == 0) {
            return val_int(0);
        }
        if (n < 63) {
            int64_t r = (int64_t)((uint64_t)x << n);
            if ((r >> n) == x) {
                return val_int(r);
            }
        }
    }
    BigNum *x = int_as_bignum(ts, a);
    if (!x) {
        return VNULL;
    }
    BigNum *r = bignum_lshift(x, (uint64_t)n);
    bignum_free(x);
    return int_from_bignum(ts, r);
}

Value int_rshift(ThreadState *ts, Value a, Value b) {
    if (int_sign(b) < 0) {
        return exc_raise(ts, &ExcValueError, "negative shift count");
    }
    int64_t n;
    if (!int_to_i64(b, &n)) {
        return val_int(int_sign(a) < 0 ? -1 : 0);
    }
    if (a.tag != VAL_OBJ) {
        return val_int(n >= 64 ? (a.as.i < 0 ? -1 : 0) : a.as.i >> n);
    }
    BigNum *x = int_as_bignum(ts, a);
    if (!x) {
        return VNULL;
    }
    BigNum *r = bignum_rshift(x, (uint64_t)n);
    bignum_free(x);
    return int_from_bignum(ts, r);
}

Value int_and(ThreadState *ts, Value a, Value b) {
    if (a.tag != VAL_OBJ && b.tag != VAL_OBJ) {
        return val_int(a.as.i & b.as.i);
    }
    return big_binary(ts, a, b, bignum_and);
}

Value int_or(ThreadState *ts, Value a, Value b) {
    if (a.tag != VAL_OBJ && b.tag != VAL_OBJ) {
        return val_int(a.as.i | b.as.i);
    }
    return big_binary(ts, a, b, bignum_or);
}

Value int_xor(ThreadState *ts, Value a, Value b) {
    if (a.tag != VAL_OBJ && b.tag != VAL_OBJ) {
        return val_int(a.as.i ^ b.as.i);
    }
    return big_binary(ts, a, b, bignum_xor);
}

Value int_neg(ThreadState *ts, Value a) {
    if (a.tag != VAL_OBJ && a.as.i != INT64_MIN) {
        return val_int(-a.as.i);
    }
    BigNum *x = int_as_bignum(ts, a);
    if (!x) {
        return VNULL;
    }
    BigNum *r = bignum_neg(x);
    bignum_free(x);
    return int_from_bignum(ts, r);
}

Value int_invert(ThreadState *ts, Value a) {
    if (a.tag != VAL_OBJ) {
        return val_int(~a.as.i);
    }
    BigNum *r = bignum_invert(bn(a));
    return int_from_bignum(ts, r);
}

Value int_abs(ThreadState *ts, Value a) {
    return int_sign(a) < 0 ? int_neg(ts, a) : int_exact(ts, a);
}

Obj *int_to_str(ThreadState *ts, Value a, int base) {
    if (a.tag != VAL_OBJ && base == 10) {
        // Digits from the right; the magnitude as unsigned so INT64_MIN works.
        char buf[24];
        char *p = buf + sizeof buf;
        uint64_t m = a.as.i < 0 ? 0 - (uint64_t)a.as.i : (uint64_t)a.as.i;
        do {
            *--p = (char)('0' + m % 10);
            m /= 10;
        } while (m);
        if (a.as.i < 0) {
            *--p = '-';
        }
        int n = (int)(buf + sizeof buf - p);
        return str_new_known(ts, p, n, n);
    }
    BigNum *x = int_as_bignum(ts, a);
    if (!x) {
        return NULL;
    }
    if (base == 10 && int_max_str_digits > 0 && bignum_bit_length(x) > (uint64_t)int_max_str_digits * 3 + 16) {
        // Cheap upper bound first; exact digit count follows below.
        size_t len;
        char *s = bignum_to_str(x, 10, &len);
        size_t digits = s ? len : 0;
        free(s);
        if (digits > (size_t)int_max_str_digits) {
            bignum_free(x);
            exc_raise(ts, &ExcValueError,
                      "Exceeds the limit (%d digits) for integer string conversion; use "
                      "sys.set_int_max_str_digits() to increase the limit",
                      int_max_str_digits);
            return NULL;
        }
    }
    // bignum_to_str prints |x|: the sign is ours to add.
    bool neg = bignum_sign(x) < 0;
    size_t len;
    char *s = bignum_to_str(x, base, &len);
    bignum_free(x);
    if (!s) {
        exc_no_memory(ts);
        return NULL;
    }
    Obj *r = neg ? str_format_c(ts, "-%s", s) : str_new_known(ts, s, (int64_t)len, (int64_t)len);
    free(s);
    return r;
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

static Value invalid_literal(ThreadState *ts, const char *s, int64_t len, int base) {
    Obj *text = str_new(ts, s, len);
    if (!text) {
        return VNULL;
    }
    exc_raise(ts, &ExcValueError, "invalid literal for int() with base %d: %R", base, val_obj(text));
    obj_decref(text);
    return VNULL;
}

// Parses s0[0..len0) as int(text, base); a ValueError quotes `shown`, the
// text the caller was given (which differs when Unicode digits were mapped).
static Value parse_int(ThreadState *ts, const char *s0, int64_t len0, int base, const char *shown,
                       int64_t shown_len) {
    const char *s = s0, *end = s0 + len0;
    while (s < end && is_space(*s)) s++;
    while (end > s && is_space(end[-1])) end--;
    bool neg = false;
    if (s < end && (*s == '+' || *s == '-')) {
        neg = *s == '-';
        s++;
    }
    int b = base;
    if (s + 1 < end && s[0] == '0') {
        char p = (char)(s[1] | 0x20);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            b = pb;
            s += 2;
            if (s < end && *s == '_') {
                s++;
            }
        }
    }
    if (b == 0) {
        b = 10;
        // Base 0 forbids leading zeros in decimal, as literals do.
        if (s < end && s[0] == '0') {
            for (const char *p = s; p < end; p++) {
                if (*p != '0' && *p != '_') {
                    return invalid_literal(ts, shown, shown_len, 0);
                }
            }
        }
    }
    if (s == end) {
        return invalid_literal(ts, shown, shown_len, base);
    }
    if (b == 10 && int_max_str_digits > 0 && end - s > int_max_str_digits) {
        int64_t ndigits = 0;
        for (const char *p = s; p < end; p++) {
            ndigits += *p != '_';
        }
        if (ndigits > int_max_str_digits) {
            return exc_raise(ts, &ExcValueError,
                             "Exceeds the limit (%d digits) for integer string conversion: value has "
                             "%lld digits; use sys.set_int_max_str_digits() to increase the limit",
                             int_max_str_digits, (long long)ndigits);
        }
    }
    // Fast path: up to 18 decimal digits fit in int64_t.
    if (b == 10 && end - s <= 18) {
        int64_t v = 0;
        const char *p = s;
        bool ok = true;
        for (; p < end; p++) {
            if (*p >= '0' && *p <= '9') {
                v = v * 10 + (*p - '0');
            } else if (*p == '_' && p > s && p + 1 < end && p[-1] != '_' && p[1] != '_') {
                continue;
            } else {
                ok = false;
                break;
            }
        }
        if (ok) {
            return val_int(neg ? -v : v);
        }
        return invalid_literal(ts, shown, shown_len, base);
    }
    BigNum *n = NULL;
    BigNumStatus st = bignum_from_digits(s, (size_t)(end - s), b, &n);
    if (st == BIGNUM_NO_MEMORY) {
        return exc_no_memory(ts);
    }
    if (st != BIGNUM_OK) {
        return invalid_literal(ts, shown, shown_len, base);
    }
    if (neg) {
        BigNum *m = bignum_neg(n);
        bignum_free(n);
        n = m;
    }
    return int_from_bignum(ts, n);
}

Value int_from_string(ThreadState *ts, const char *s, int64_t len, int base) {
    return parse_int(ts, s, len, base, s, len);
}

// int(str) for a str with non-ASCII characters: Unicode decimal digits count
// as digits and Unicode whitespace as spaces, as in CPython; anything else
// becomes '?' so that parsing fails with the original text in the message.
static Value int_from_unicode(ThreadState *ts, ObjStr *str, int base) {
    char *buf = malloc((size_t)str->nbytes + 1);
    if (!buf) {
        return exc_no_memory(ts);
    }
    size_t pos = 0, n = 0;
    while (pos < (size_t)str->nbytes) {
        uint32_t cp;
        if (!numfmt_parse_utf8_next(str->data, (size_t)str->nbytes, &pos, &cp)) {
            pos++;
            cp = '?';
        }
        int digit = cp < 128 ? -1 : numfmt_parse_digit_value(cp);
        buf[n++] = cp < 128 ? (char)cp : digit >= 0 ? (char)('0' + digit) : numfmt_parse_is_space(cp) ? ' ' : '?';
    }
    Value r = parse_int(ts, buf, (int64_t)n, base, str->data, str->nbytes);
    free(buf);
    return r;
}

Value int_from_double(ThreadState *ts, double d) {
    if (isnan(d)) {
        return exc_raise(ts, &ExcValueError, "cannot convert float NaN to integer");
    }
    if (isinf(d)) {
        return exc_raise(ts, &ExcOverflowError, "cannot convert float infinity to integer");
    }
    if (d > -9.2e18 && d < 9.2e18) {
        return val_int((int64_t)d);
    }
    return int_from_bignum(ts, bignum_from_double(d));
}

// --- the int type's slots ------------------------------------------------------------

// Both operands as exact ints, or NotImplemented when either is not an int.
#define INT_OPERANDS(a, b)                                           \
    if (!val_is_int_subclass(a) || !val_is_int_subclass(b)) {        \
        return VNOTIMPL;                                             \
    }                                                                \
    if (a.tag == VAL_OBJ && !val_is_bigint(a)) a = int_exact(ts, a); \
    else val_incref(a);                                              \
    if (b.tag == VAL_OBJ && !val_is_bigint(b)) b = int_exact(ts, b); \
    else val_incref(b);

#define INT_SLOT(name, fn)                                   \
    static Value name(ThreadState *ts, Value a, Value b) {   \
        INT_OPERANDS(a, b)                                   \
        Value r = fn(ts, a, b);                              \
        val_decref(a);                                       \
        val_decref(b);                                       \
        return r;                                            \
    }

INT_SLOT(slot_add, int_add)
INT_SLOT(slot_sub, int_sub)
INT_SLOT(slot_mul, int_mul)
INT_SLOT(slot_truediv, int_truediv)
INT_SLOT(slot_floordiv, int_floordiv)
INT_SLOT(slot_mod, int_mod)
INT_SLOT(slot_lshift, int_lshift)
INT_SLOT(slot_rshift, int_rshift)
INT_SLOT(slot_and, int_and)
INT_SLOT(slot_or, int_or)
INT_SLOT(slot_xor, int_xor)

static Value pow2(ThreadState *ts, Value a, Value b) { return int_pow(ts, a, b, VNULL); }
INT_SLOT(slot_pow, pow2)

static Value int_repr(ThreadState *ts, Value v) {
    Value e = int_exact(ts, v);
    if (val_is_null(e)) {
        return VNULL;
    }
    Obj *s = int_to_str(ts, e, 10);
    val_decref(e);
    return s ? val_obj(s) : VNULL;
}

static int int_hash_slot(ThreadState *ts, Value v, int64_t *out) {
    (void)ts;
    *out = v.tag == VAL_OBJ && !val_is_bigint(v) ? bignum_hash(bn(v)) : int_hash(v);
    return 0;
}

static Value int_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    if (!val_is_int_subclass(a) || !val_is_int_subclass(b)) {
        return VNOTIMPL;
    }
    int c;
    if (a.tag != VAL_OBJ && b.tag != VAL_OBJ) {
        c = (a.as.i > b.as.i) - (a.as.i < b.as.i);
    } else {
        BigNum *x = int_as_bignum(ts, a), *y = int_as_bignum(ts, b);
        if (!x || !y) {
            bignum_free(x);
            bignum_free(y);
            return VNULL;
        }
        c = bignum_cmp(x, y);
        bignum_free(x);
        bignum_free(y);
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

static Value unary_exact(ThreadState *ts, Value a, Value (*fn)(ThreadState *, Value)) {
    Value e = int_exact(ts, a);
    if (val_is_null(e)) {
        return VNULL;
    }
    Value r = fn ? fn(ts, e) : val_dup(e);
    val_decref(e);
    return r;
}

static Value slot_neg(ThreadState *ts, Value a) { return unary_exact(ts, a, int_neg); }
static Value slot_pos(ThreadState *ts, Value a) { return unary_exact(ts, a, NULL); }
static Value slot_invert(ThreadState *ts, Value a) { return unary_exact(ts, a, int_invert); }
static Value slot_abs(ThreadState *ts, Value a) { return unary_exact(ts, a, int_abs); }

static Value slot_to_float(ThreadState *ts, Value a) {
    Value e = int_exact(ts, a);
    double d;
    bool ok = !val_is_null(e) && int_to_double(ts, e, &d);
    val_decref(e);
    return ok ? val_float(d) : VNULL;
}

static int int_truth(ThreadState *ts, Value v) {
    (void)ts;
    return int_sign(v) != 0;
}

static void int_dealloc(Obj *o) {
    bignum_free(((ObjInt *)o)->num);
    obj_free(o);
}

// int(x=0) / int(x, base=10)
static Value int_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    Value x = VNULL, basev = VNULL;
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (nargs > 2) {
        return exc_raise(ts, &ExcTypeError, "int() takes at most 2 arguments (%lld given)",
                         (long long)(nargs + nkw));
    }
    if (nargs > 0) x = args[0];
    if (nargs > 1) basev = args[1];
    for (int64_t i = 0; i < nkw; i++) {
        Obj *k = tuple_get(kwnames, i).as.obj;
        if (str_eq_cstr(k, "base")) {
            basev = args[nargs + i];
        } else {
            return exc_raise(ts, &ExcTypeError, "'%U' is an invalid keyword argument for int()", k);
        }
    }
    Value r;
    if (val_is_null(x)) {
        if (!val_is_null(basev)) {
            return exc_raise(ts, &ExcTypeError, "int() missing string argument");
        }
        r = val_int(0);
    } else if (!val_is_null(basev)) {
        int64_t base;
        if (!obj_index_i64(ts, basev, &base)) {
            return VNULL;
        }
        if ((base != 0 && base < 2) || base > 36) {
            return exc_raise(ts, &ExcValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        const char *data;
        int64_t len;
        if (val_is_str_like(x)) {
            data = as_str(x)->data;
            len = as_str(x)->nbytes;
        } else if (!bytes_view(ts, x, &data, &len)) {
            exc_clear(ts);
            return exc_raise(ts, &ExcTypeError, "int() can't convert non-string with explicit base");
        }
        r = val_is_str_like(x) && !as_str(x)->ascii ? int_from_unicode(ts, as_str(x), (int)base)
                                                    : int_from_string(ts, data, len, (int)base);
    } else if (val_is_intlike(x)) {
        r = int_exact(ts, x);
    } else if (val_is_float(x)) {
        r = int_from_double(ts, x.as.f);
    } else if (val_is_str_like(x)) {
        r = as_str(x)->ascii ? int_from_string(ts, as_str(x)->data, as_str(x)->nbytes, 10)
                             : int_from_unicode(ts, as_str(x), 10);
    } else if (val_type(x) == &BytesType) {
        const char *data;
        int64_t len;
        bytes_view(ts, x, &data, &len);
        r = int_from_string(ts, data, len, 10);
    } else {
        // __int__, then __index__, then __trunc__.
        Type *t = val_type(x);
        Value f = type_lookup_cstr(t, "__int__");
        if (val_is_null(f)) f = type_lookup_cstr(t, "__index__");
        if (val_is_null(f)) f = type_lookup_cstr(t, "__trunc__");
        if (val_is_null(f) && t->to_int == NULL) {
            return exc_raise(ts, &ExcTypeError,
                             "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                             t->name);
        }
        if (!val_is_null(f)) {
            Value bound = val_type(f)->descr_get ? val_type(f)->descr_get(ts, f, x, t) : val_dup(f);
            r = val_is_null(bound) ? VNULL : obj_call0(ts, bound);
            val_decref(bound);
        } else {
            r = t->to_int(ts, x);
        }
        if (!val_is_null(r) && !val_is_int_subclass(r)) {
            exc_raise(ts, &ExcTypeError, "__int__ returned non-int (type %s)", val_type_name(r));
            val_decref(r);
            return VNULL;
        }
        if (!val_is_null(r) && (r.tag == VAL_BOOL || (r.tag == VAL_OBJ && !val_is_bigint(r)))) {
            Value e = int_exact(ts, r);   // a bool or int subclass becomes a plain int
            val_decref(r);
            r = e;
        }
    }
    if (val_is_null(r) || type == &IntType) {
        return r;
    }
    BigNum *n = int_as_bignum(ts, r);
    val_decref(r);
    return n ? wrap_bignum(ts, type, n) : VNULL;
}

// --- methods ---------------------------------------------------------------------

static Value m_bit_length(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    if (self.tag != VAL_OBJ) {
        uint64_t u = self.as.i < 0 ? -(uint64_t)self.as.i : (uint64_t)self.as.i;
        return val_int(u ? 64 - __builtin_clzll(u) : 0);
    }
    (void)ts;
    return val_int((int64_t)bignum_bit_length(bn(self)));
}

static Value m_bit_count(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    (void)ts;
    if (self.tag != VAL_OBJ) {
        uint64_t u = self.as.i < 0 ? -(uint64_t)self.as.i : (uint64_t)self.as.i;
        return val_int(__builtin_popcountll(u));
    }
    return val_int((int64_t)bignum_bit_count(bn(self)));
}

static Value m_conjugate(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return int_exact(ts, self);
}

static Value m_as_integer_ratio(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    Value e = int_exact(ts, self);
    if (val_is_null(e)) {
        return VNULL;
    }
    Obj *t = tuple_pack(ts, 2, e, val_int(1));
    val_decref(e);
    return t ? val_obj(t) : VNULL;
}

static bool parse_byteorder(ThreadState *ts, Value v, bool *little) {
    if (!val_is_str_like(v)) {
        exc_raise(ts, &ExcTypeError, "to_bytes() argument 'byteorder' must be str, not %s",
                  val_type_name(v));
        return false;
    }
    if (str_eq_cstr(v.as.obj, "little")) {
        *little = true;
    } else if (str_eq_cstr(v.as.obj, "big")) {
        *little = false;
    } else {
        exc_raise(ts, &ExcValueError, "byteorder must be either 'little' or 'big'");
        return false;
    }
    return true;
}

// Binds (length=1, byteorder='big', *, signed=False) style arguments.
static bool bytes_args(ThreadState *ts, Value *args, int64_t nargs, Obj *kwnames, const char *first,
                       Value *a0, Value *order, bool *is_signed) {
    *order = VNULL;
    *is_signed = false;
    if (nargs > 0) *a0 = args[0];
    if (nargs > 1) *order = args[1];
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (int64_t i = 0; i < nkw; i++) {
        Obj *k = tuple_get(kwnames, i).as.obj;
        Value v = args[nargs + i];
        if (str_eq_cstr(k, first)) {
            *a0 = v;
        } else if (str_eq_cstr(k, "byteorder")) {
            *order = v;
        } else if (str_eq_cstr(k, "signed")) {
            int t = obj_truth(ts, v);
            if (t < 0) return false;
            *is_signed = t;
        } else {
            exc_raise(ts, &ExcTypeError, "'%U' is an invalid keyword argument", k);
            return false;
        }
    }
    return true;
}

static Value m_to_bytes(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    Value lenv = val_int(1), order;
    bool is_signed, little = false;
    if (!bytes_args(ts, args, nargs, kwnames, "length", &lenv, &order, &is_signed)) {
        return VNULL;
    }
    if (!val_is_null(order) && !parse_byteorder(ts, order, &little)) {
        return VNULL;
    }
    int64_t len;
    if (!obj_index_i64(ts, lenv, &len)) {
        if (exc_matches(ts, &ExcIndexError)) {
            exc_clear(ts);
            exc_raise(ts, &ExcOverflowError, "Python int too large to convert to C ssize_t");
        }
        return VNULL;
    }
    if (len < 0) {
        return exc_raise(ts, &ExcValueError, "length argument must be non-negative");
    }
    BigNum *x = int_as_bignum(ts, self);
    uint8_t *buf = cs_malloc((size_t)len + 1);
    if (!x || !buf) {
        bignum_free(x);
        cs_free(buf);
        return exc_no_memory(ts);
    }
    BigNumStatus st = bignum_to_bytes(x, buf, (size_t)len, little, is_signed);
    bignum_free(x);
    Value r = VNULL;
    if (st == BIGNUM_OK) {
        Obj *b = bytes_new(ts, (const char *)buf, len);
        r = b ? val_obj(b) : VNULL;
    } else if (st == BIGNUM_NEGATIVE) {
        exc_raise(ts, &ExcOverflowError, "can't convert negative int to unsigned");
    } else {
        exc_raise(ts, &ExcOverflowError, "int too big to convert");
    }
    cs_free(buf);
    return r;
}

static Value m_from_bytes(ThreadState *ts, Value cls, Value *args, int64_t nargs, Obj *kwnames) {
    Value data = VNULL, order;
    bool is_signed, little = false;
    if (!bytes_args(ts, args, nargs, kwnames, "bytes", &data, &order, &is_signed)) {
        return VNULL;
    }
    if (val_is_null(data)) {
        return exc_raise(ts, &ExcTypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
    }
    if (!val_is_null(order) && !parse_byteorder(ts, order, &little)) {
        return VNULL;
    }
    const char *p;
    int64_t len;
    Value tmp = VNULL;
    if (!bytes_view(ts, data, &p, &len)) {
        exc_clear(ts);
        // Any iterable of ints: go through bytes().
        tmp = obj_call1(ts, val_obj(&BytesType.base), data);
        if (val_is_null(tmp) || !bytes_view(ts, tmp, &p, &len)) {
            val_decref(tmp);
            return VNULL;
        }
    }
    BigNum *n = bignum_from_bytes((const uint8_t *)p, (size_t)len, little, is_signed);
    val_decref(tmp);
    Value r = int_from_bignum(ts, n);
    if (val_is_null(r) || cls.as.obj == &IntType.base) {
        return r;
    }
    Value out = obj_call1(ts, cls, r);
    val_decref(r);
    return out;
}

static Value m_index_self(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return int_exact(ts, self);
}

static Value m_round(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs == 0 || val_is_none(args[0])) {
        return int_exact(ts, self);
    }
    int64_t nd;
    if (!obj_index_i64(ts, args[0], &nd)) {
        return VNULL;
    }
    if (nd >= 0) {
        return int_exact(ts, self);
    }
    // Round to a multiple of 10**-nd, halves to even.
    Value p = int_pow(ts, val_int(10), val_int(-nd), VNULL);
    if (val_is_null(p)) {
        return VNULL;
    }
    Value e = int_exact(ts, self);
    Value q = int_floordiv(ts, e, p);
    Value r = int_mod(ts, e, p);
    Value twice = int_mul(ts, r, val_int(2));
    int c = int_compare(twice, p);
    if (c > 0 || (c == 0 && !val_is_null(q) && int_sign(int_and(ts, q, val_int(1))) != 0)) {
        Value q1 = int_add(ts, q, val_int(1));
        val_decref(q);
        q = q1;
    }
    Value out = int_mul(ts, q, p);
    val_decref(p);
    val_decref(e);
    val_decref(q);
    val_decref(r);
    val_decref(twice);
    return out;
}

// The number-protocol attributes, as getset descriptors so that dir()
// lists them: an int is its own real part and numerator.
static Value get_self(ThreadState *ts, Value v) { return int_exact(ts, v); }
static Value get_zero(ThreadState *ts, Value v) {
    (void)ts;
    (void)v;
    return val_int(0);
}
static Value get_one(ThreadState *ts, Value v) {
    (void)ts;
    (void)v;
    return val_int(1);
}

// int.__divmod__ and __rdivmod__, which divmod() finds through the type.
static Value divmod_pair(ThreadState *ts, Value a, Value b) {
    if (!val_is_int_subclass(a) || !val_is_int_subclass(b)) {
        return VNOTIMPL;
    }
    Value x = int_exact(ts, a), y = int_exact(ts, b);
    Value r = val_is_null(x) || val_is_null(y) ? VNULL : int_divmod(ts, x, y);
    val_decref(x);
    val_decref(y);
    return r;
}

static Value m_divmod(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "int", "__divmod__", nargs, kw, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    return divmod_pair(ts, self, args[0]);
}

static Value m_rdivmod(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "int", "__rdivmod__", nargs, kw, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    return divmod_pair(ts, args[0], self);
}

static const MethodDef int_methods[] = {
    {"__divmod__", m_divmod, NATIVE_METHOD, "Return divmod(self, value)."},
    {"__rdivmod__", m_rdivmod, NATIVE_METHOD, "Return divmod(value, self)."},
    {"bit_length", m_bit_length, NATIVE_METHOD, "Number of bits necessary to represent self in binary."},
    {"bit_count", m_bit_count, NATIVE_METHOD, "Number of ones in the binary representation of the absolute value of self."},
    {"conjugate", m_conjugate, NATIVE_METHOD, "Returns self, the complex conjugate of any int."},
    {"as_integer_ratio", m_as_integer_ratio, NATIVE_METHOD, "Return integer ratio."},
    {"to_bytes", m_to_bytes, NATIVE_METHOD, "Return an array of bytes representing an integer."},
    {"from_bytes", m_from_bytes, NATIVE_CLASSMETHOD, "Return the integer represented by the given array of bytes."},
    {"__trunc__", m_index_self, NATIVE_METHOD, "Truncating an Integral returns itself."},
    {"__floor__", m_index_self, NATIVE_METHOD, "Flooring an Integral returns itself."},
    {"__ceil__", m_index_self, NATIVE_METHOD, "Ceiling of an Integral returns itself."},
    {"__round__", m_round, NATIVE_METHOD, "Rounding an Integral returns itself."},
    {NULL, NULL, 0, NULL},
};

Type IntType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "int",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjInt),
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .getattr = generic_getattr,
    .truth = int_truth,
    .nb = {[BINOP_ADD] = slot_add, [BINOP_SUB] = slot_sub, [BINOP_MUL] = slot_mul,
           [BINOP_TRUEDIV] = slot_truediv, [BINOP_FLOORDIV] = slot_floordiv, [BINOP_MOD] = slot_mod,
           [BINOP_POW] = slot_pow, [BINOP_LSHIFT] = slot_lshift, [BINOP_RSHIFT] = slot_rshift,
           [BINOP_AND] = slot_and, [BINOP_OR] = slot_or, [BINOP_XOR] = slot_xor},
    .neg = slot_neg,
    .pos = slot_pos,
    .invert = slot_invert,
    .abs = slot_abs,
    .to_int = slot_pos,
    .to_float = slot_to_float,
    .index = slot_pos,
    .new_ = int_new,
};

// --- bool ---------------------------------------------------------------------------

static Value bool_repr(ThreadState *ts, Value v) {
    (void)ts;
    return val_obj(str_intern_cstr(v.as.i ? "True" : "False"));
}

#define BOOL_LOGIC(name, op, intfn)                                        \
    static Value name(ThreadState *ts, Value a, Value b) {                 \
        if (a.tag == VAL_BOOL && b.tag == VAL_BOOL) {                      \
            return val_bool(a.as.i op b.as.i);                             \
        }                                                                  \
        return intfn(ts, a, b);                                            \
    }
BOOL_LOGIC(bool_and, &, slot_and)
BOOL_LOGIC(bool_or, |, slot_or)
BOOL_LOGIC(bool_xor, ^, slot_xor)

static Value bool_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)type;
    if (kwnames && tuple_len(kwnames)) {
        return exc_raise(ts, &ExcTypeError, "bool() takes no keyword arguments");
    }
    if (nargs > 1) {
        return exc_raise(ts, &ExcTypeError, "bool expected at most 1 argument, got %lld",
                         (long long)nargs);
    }
    if (nargs == 0) {
        return VFALSE;
    }
    int t = obj_truth(ts, args[0]);
    return t < 0 ? VNULL : val_bool(t);
}

Type BoolType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "bool",
    .base_type = &IntType,
    .basic_size = sizeof(ObjInt),
    .doc = "bool(x) -> bool",
    .dealloc = int_dealloc,
    .repr = bool_repr,
    .nb = {[BINOP_AND] = bool_and, [BINOP_OR] = bool_or, [BINOP_XOR] = bool_xor},
    .new_ = bool_new,
};

void int_init_types(ThreadState *ts) {
    type_add_methods(ts, &IntType, int_methods);
    if (getset_add(ts, &IntType, "real", get_self, NULL) < 0 || getset_add(ts, &IntType, "imag", get_zero, NULL) < 0 ||
        getset_add(ts, &IntType, "numerator", get_self, NULL) < 0 ||
        getset_add(ts, &IntType, "denominator", get_one, NULL) < 0) {
        cs_fatal("out of memory");
    }
}
