// float.hex() and float.fromhex(): a float written exactly, as a hex
// significand and a binary exponent ('0x1.8p+1' is 3.0).
//
// Printing shifts the 52 fraction bits out as 13 hex digits. Parsing keeps
// up to 60 significant bits plus a "sticky" bit for anything dropped, then
// rounds once, half to even, to the 53 bits of a double (fewer for
// subnormals), so every string maps to the nearest double as CPython's does.
#include <math.h>

#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/obj_str.h"
#include "runtime/state.h"

Value float_hex_method(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    double d = float_value(self);
    char buf[64];
    if (isnan(d)) {
        strcpy(buf, "nan");
    } else if (isinf(d)) {
        strcpy(buf, d > 0 ? "inf" : "-inf");
    } else if (d == 0.0) {
        strcpy(buf, signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
    } else {
        int e;
        double m = frexp(fabs(d), &e);   // m in [0.5, 1)
        m *= 2.0;
        e -= 1;
        if (e < -1022) {   // subnormal: CPython shows the leading 0
            m = ldexp(m, e + 1022);
            e = -1022;
        }
        int lead = (int)m;
        m -= lead;
        char digits[16];
        for (int i = 0; i < 13; i++) {
            m *= 16.0;
            int dg = (int)m;
            m -= dg;
            digits[i] = "0123456789abcdef"[dg];
        }
        digits[13] = '\0';
        snprintf(buf, sizeof buf, "%s0x%d.%sp%+d", d < 0 ? "-" : "", lead, digits, e);
    }
    Obj *s = str_from_cstr(ts, buf);
    return s ? val_obj(s) : VNULL;
}

// A hex significand read from text: value = mant * 2**exp, where `sticky`
// records that nonzero digits past the 60 bits kept in `mant` were dropped.
typedef struct HexNum {
    uint64_t mant;
    int64_t exp;
    bool sticky;
} HexNum;

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// Reads the digits "h*[.h*]" at *p; false when there is not a single digit.
static bool read_hex_digits(const char **p, const char *end, HexNum *h) {
    bool any = false, frac = false;
    for (; *p < end; (*p)++) {
        if (**p == '.' && !frac) {
            frac = true;
            continue;
        }
        int d = hex_digit(**p);
        if (d < 0) {
            break;
        }
        any = true;
        if (h->mant >> 56 == 0) {
            h->mant = h->mant * 16 + (uint64_t)d;
            h->exp -= frac ? 4 : 0;
        } else {
            h->sticky |= d != 0;
            h->exp += frac ? 0 : 4;
        }
    }
    return any;
}

// Reads "p[+-]d+" at *p into h->exp; huge exponents saturate, which still
// gives inf or 0 as it should.
static bool read_hex_exponent(const char **p, const char *end, HexNum *h) {
    if (*p == end || (**p | 0x20) != 'p') {
        return true;
    }
    (*p)++;
    bool neg = *p < end && **p == '-';
    if (*p < end && (**p == '-' || **p == '+')) {
        (*p)++;
    }
    if (*p == end || **p < '0' || **p > '9') {
        return false;
    }
    int64_t e = 0;
    for (; *p < end && **p >= '0' && **p <= '9'; (*p)++) {
        e = e < 100000000 ? e * 10 + (**p - '0') : e;
    }
    h->exp += neg ? -e : e;
    return true;
}

// Rounds h to the precision of a double (fewer bits for subnormals), half
// to even, so that ldexp below is exact. Returns the magnitude.
static double hex_round(HexNum *h) {
    if (h->mant == 0) {
        return 0.0;
    }
    int bits = 64 - __builtin_clzll(h->mant);
    int64_t top = h->exp + bits - 1;           // exponent of the leading bit
    int64_t prec = top < -1022 ? 53 - (-1022 - top) : 53;
    int64_t shift = bits - prec;
    if (shift > 64) {
        return 0.0;                             // far below the smallest subnormal
    }
    if (shift > 0) {
        uint64_t rest = shift == 64 ? h->mant : h->mant & ((UINT64_C(1) << shift) - 1);
        uint64_t half = UINT64_C(1) << (shift - 1);
        h->mant = shift == 64 ? 0 : h->mant >> shift;
        h->exp += shift;
        if (rest > half || (rest == half && (h->sticky || (h->mant & 1)))) {
            h->mant++;
        }
    }
    if (h->exp > 2000) {
        return HUGE_VAL;
    }
    return ldexp((double)h->mant, (int)(h->exp < -2000 ? -2000 : h->exp));
}

// Whether p..end is exactly `word` (lowercase), ignoring ASCII case.
static bool ascii_equal_ci(const char *p, const char *end, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(end - p) != n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((p[i] | 0x20) != word[i]) {
            return false;
        }
    }
    return true;
}

typedef enum { HEX_OK, HEX_INVALID, HEX_OVERFLOW } HexStatus;

// Parses Python's hex float syntax: [sign] ('inf' | 'infinity' | 'nan' |
// ['0x'] digits ['p' exponent]), with surrounding whitespace.
static HexStatus parse_hex_float(const char *p, const char *end, double *out) {
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) end--;
    double sign = 1.0;
    if (p < end && (*p == '-' || *p == '+')) {
        sign = *p++ == '-' ? -1.0 : 1.0;
    }
    if (ascii_equal_ci(p, end, "inf") || ascii_equal_ci(p, end, "infinity")) {
        *out = sign * HUGE_VAL;
        return HEX_OK;
    }
    if (ascii_equal_ci(p, end, "nan")) {
        *out = sign * NAN;
        return HEX_OK;
    }
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') {
        p += 2;
    }
    HexNum h = {0, 0, false};
    if (!read_hex_digits(&p, end, &h) || !read_hex_exponent(&p, end, &h) || p != end) {
        return HEX_INVALID;
    }
    *out = sign * hex_round(&h);
    return isinf(*out) ? HEX_OVERFLOW : HEX_OK;
}

// float.fromhex(string): a class method; a subclass gets cls(value).
Value float_fromhex_method(ThreadState *ts, Value cls, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "fromhex() takes exactly one argument (%lld given)",
                         (long long)nargs);
    }
    if (!val_is_str_like(args[0])) {
        return exc_raise(ts, &ExcTypeError, "fromhex() argument must be str, not %s",
                         val_type_name(args[0]));
    }
    ObjStr *s = as_str(args[0]);
    double d;
    switch (parse_hex_float(s->data, s->data + s->nbytes, &d)) {
    case HEX_INVALID:
        return exc_raise(ts, &ExcValueError, "invalid hexadecimal floating-point string");
    case HEX_OVERFLOW:
        return exc_raise(ts, &ExcOverflowError, "hexadecimal value too large to represent as a float");
    case HEX_OK:
        break;
    }
    if (cls.tag == VAL_OBJ && cls.as.obj == (Obj *)&FloatType) {
        return val_float(d);
    }
    return obj_call1(ts, cls, val_float(d));
}

