// Division and the number theory built on it: Python's floor division and modulo (one
// pass of Knuth's algorithm D, then a sign fix-up), correctly rounded true division,
// modular exponentiation, modular inverse and gcd.
//
// Python rounds quotients toward minus infinity, so a remainder takes the divisor's sign.
// We divide magnitudes (which truncates) and, when the signs differ and the remainder is
// nonzero, step the quotient one further from zero and replace the remainder R by |b| - R.
//
// See also: runtime/bignum_mag.c (bignum_mag_divrem), runtime/bignum.h (contract).
#include "runtime/bignum_mag.h"

BigNumStatus bignum_divmod(const BigNum *a, const BigNum *b, BigNum **quot, BigNum **rem) {
    if (quot != NULL) {
        *quot = NULL;
    }
    if (rem != NULL) {
        *rem = NULL;
    }
    size_t na = bignum_mag_len(a);
    size_t nb = bignum_mag_len(b);
    if (nb == 0) {
        return BIGNUM_ZERO_DIVISION;
    }
    bool aneg = a->size < 0;
    bool bneg = b->size < 0;
    // One spare quotient digit for the fix-up's carry.
    size_t nq = (na >= nb ? na - nb + 1 : 0) + 1;
    BigNum *q = bignum_mag_alloc(nq);
    BigNum *r = bignum_mag_alloc(nb);
    if (q == NULL || r == NULL) {
        bignum_free(q);
        bignum_free(r);
        return BIGNUM_NO_MEMORY;
    }
    memset(q->digits, 0, nq * sizeof(uint32_t));
    if (na < nb) {
        memset(r->digits, 0, nb * sizeof(uint32_t));
        memcpy(r->digits, a->digits, na * sizeof(uint32_t));
    } else if (!bignum_mag_divrem(q->digits, r->digits, a->digits, na, b->digits, nb)) {
        bignum_free(q);
        bignum_free(r);
        return BIGNUM_NO_MEMORY;
    }
    if (aneg != bneg && bignum_mag_trim(r->digits, nb) != 0) {
        uint32_t one = 1;
        bignum_mag_add(q->digits, q->digits, nq, &one, 1);
        // The subtraction reads each digit of r before it overwrites it.
        bignum_mag_sub(r->digits, b->digits, nb, r->digits, nb);
    }
    bignum_mag_finish(q, nq, aneg != bneg);
    bignum_mag_finish(r, nb, bneg);
    if (quot != NULL) {
        *quot = q;
    } else {
        bignum_free(q);
    }
    if (rem != NULL) {
        *rem = r;
    } else {
        bignum_free(r);
    }
    return BIGNUM_OK;
}

BigNumStatus bignum_floordiv(const BigNum *a, const BigNum *b, BigNum **out) {
    return bignum_divmod(a, b, out, NULL);
}

BigNumStatus bignum_mod(const BigNum *a, const BigNum *b, BigNum **out) {
    return bignum_divmod(a, b, NULL, out);
}

// ---- True division. ----

// Rounds q * 2^-s to a double, where q has 55 or 56 bits and `sticky` says a nonzero
// remainder was cut off below q. Keeps 53 bits, or fewer when the result is subnormal
// (its lowest kept bit may not be below 2^-1074).
static BigNumStatus round_quotient(uint64_t q, int64_t s, bool sticky, bool negative,
                                   double *out) {
    int64_t bits = 64 - __builtin_clzll(q);
    int64_t drop = bits - 53;
    if (s - 1074 > drop) {
        drop = s - 1074;
    }
    if (drop > 64) {
        *out = negative ? -0.0 : 0.0;  // below half the smallest subnormal
        return BIGNUM_OK;
    }
    uint64_t m = bignum_mag_round(q, (int)drop, sticky);
    int64_t e = drop - s;
    if (m == ((uint64_t)1 << 53)) {
        m >>= 1;
        e++;
    }
    if (m >= ((uint64_t)1 << 52) && e + 52 >= 1024) {
        return BIGNUM_OVERFLOW;
    }
    *out = bignum_mag_make_double(m, e, negative);
    return BIGNUM_OK;
}

// Python divides ints exactly and rounds once. We scale so that the integer quotient
// q = floor(|a| * 2^s / |b|) has 55 or 56 bits, two more than a double keeps, and let the
// remainder decide ties through the sticky bit.
BigNumStatus bignum_truediv(const BigNum *a, const BigNum *b, double *out) {
    *out = 0.0;
    if (b->size == 0) {
        return BIGNUM_ZERO_DIVISION;
    }
    bool negative = (a->size < 0) != (b->size < 0);
    int64_t la = (int64_t)bignum_bit_length(a);
    int64_t lb = (int64_t)bignum_bit_length(b);
    bool unused;
    if (la <= 53 && lb <= 53) {
        // Both convert exactly, and IEEE division rounds correctly.
        *out = bignum_to_double(a, &unused) / bignum_to_double(b, &unused);
        return BIGNUM_OK;
    }
    int64_t e = la - lb;  // |a| / |b| lies in (2^(e-1), 2^(e+1))
    if (a->size == 0 || e <= -1076) {
        *out = negative ? -0.0 : 0.0;
        return BIGNUM_OK;
    }
    if (e >= 1025) {
        return BIGNUM_OVERFLOW;
    }
    int64_t s = 55 - e;
    BigNum *x = s > 0 ? bignum_lshift(a, (uint64_t)s) : bignum_abs(a);
    BigNum *y = s < 0 ? bignum_lshift(b, (uint64_t)-s) : bignum_abs(b);
    size_t nx = x == NULL ? 0 : bignum_mag_len(x);
    size_t ny = y == NULL ? 0 : bignum_mag_len(y);
    uint32_t *scratch = malloc((nx + 1) * sizeof(uint32_t));
    BigNumStatus status = BIGNUM_NO_MEMORY;
    if (x != NULL && y != NULL && scratch != NULL) {
        uint32_t *q = scratch;          // nx - ny + 1 digits: at most two are nonzero
        uint32_t *r = q + nx - ny + 1;  // ny digits
        if (bignum_mag_divrem(q, r, x->digits, nx, y->digits, ny)) {
            uint64_t qv = q[0] | (nx - ny >= 1 ? (uint64_t)q[1] << 32 : 0);
            bool sticky = bignum_mag_trim(r, ny) != 0;
            status = round_quotient(qv, s, sticky, negative, out);
        }
    }
    free(scratch);
    bignum_free(x);
    bignum_free(y);
    return status;
}

// ---- Modular arithmetic. ----

// x = x * y mod m, for x, y < m (nm digits each, m trimmed), using prod (2 nm digits).
static bool mul_mod(uint32_t *x, const uint32_t *y, const uint32_t *m, size_t nm,
                    uint32_t *prod) {
    size_t nx = bignum_mag_trim(x, nm);
    size_t ny = bignum_mag_trim(y, nm);
    if (!bignum_mag_mul(prod, x, nx, y, ny)) {
        return false;
    }
    size_t np = bignum_mag_trim(prod, nx + ny);
    if (np < nm) {
        memset(x, 0, nm * sizeof(uint32_t));
        memcpy(x, prod, np * sizeof(uint32_t));
        return true;
    }
    return bignum_mag_divrem(NULL, x, prod, np, m, nm);
}

// Python gives pow(a, e, m) and pow(a, -1, m) the sign of m: compute the residue r in
// [0, |m|), then return r - |m| for a negative m when r != 0.
static BigNum *apply_modulus_sign(BigNum *r, const BigNum *m) {
    if (r == NULL || m->size > 0 || r->size == 0) {
        return r;
    }
    BigNum *adjusted = bignum_add(r, m);
    bignum_free(r);
    return adjusted;
}

// Left-to-right binary exponentiation of base (already reduced, below |m|) modulo |m|.
static BigNum *pow_mod_magnitude(const BigNum *base, const BigNum *exp, const BigNum *m) {
    size_t nm = bignum_mag_len(m);
    BigNum *x = bignum_mag_alloc(nm);
    uint32_t *scratch = malloc(3 * nm * sizeof(uint32_t));
    if (x == NULL || scratch == NULL) {
        bignum_free(x);
        free(scratch);
        return NULL;
    }
    uint32_t *b = scratch;        // the base, padded to nm digits
    uint32_t *prod = b + nm;      // 2 nm digits
    memset(b, 0, nm * sizeof(uint32_t));
    memcpy(b, base->digits, bignum_mag_len(base) * sizeof(uint32_t));
    memset(x->digits, 0, nm * sizeof(uint32_t));
    x->digits[0] = 1;
    bool ok = true;
    for (uint64_t bit = bignum_bit_length(exp); ok && bit-- > 0;) {
        ok = mul_mod(x->digits, x->digits, m->digits, nm, prod);
        if (ok && ((exp->digits[bit / 32] >> (bit % 32)) & 1) != 0) {
            ok = mul_mod(x->digits, b, m->digits, nm, prod);
        }
    }
    free(scratch);
    if (!ok) {
        bignum_free(x);
        return NULL;
    }
    return bignum_mag_finish(x, nm, false);
}

BigNumStatus bignum_powmod(const BigNum *a, const BigNum *exp, const BigNum *m,
                           BigNum **out) {
    *out = NULL;
    if (m->size == 0) {
        return BIGNUM_ZERO_DIVISION;
    }
    if (exp->size < 0) {
        return BIGNUM_INVALID;
    }
    BigNum *abs_m = bignum_abs(m);
    BigNum *base = NULL;
    if (abs_m == NULL || bignum_mod(a, abs_m, &base) != BIGNUM_OK) {
        bignum_free(abs_m);
        return BIGNUM_NO_MEMORY;
    }
    BigNum *r = NULL;
    if (bignum_cmp_i64(abs_m, 1) == 0) {
        r = bignum_from_u64(0);  // everything is 0 modulo 1, even x ** 0
    } else {
        r = pow_mod_magnitude(base, exp, abs_m);
    }
    bignum_free(base);
    bignum_free(abs_m);
    *out = apply_modulus_sign(r, m);
    return *out == NULL ? BIGNUM_NO_MEMORY : BIGNUM_OK;
}

// The extended Euclidean algorithm, tracking only the coefficient of a: the invariant is
// r_i == t_i * a (mod |m|), so when the remainders reach gcd == 1, t is the inverse.
BigNumStatus bignum_modinv(const BigNum *a, const BigNum *m, BigNum **out) {
    *out = NULL;
    if (m->size == 0) {
        return BIGNUM_ZERO_DIVISION;
    }
    BigNum *r0 = bignum_abs(m);
    BigNum *r1 = NULL;
    BigNum *t0 = bignum_from_u64(0);
    BigNum *t1 = bignum_from_u64(1);
    BigNum *q = NULL;
    BigNum *r2 = NULL;
    BigNumStatus status = BIGNUM_NO_MEMORY;
    if (r0 == NULL || t0 == NULL || t1 == NULL || bignum_mod(a, r0, &r1) != BIGNUM_OK) {
        goto done;
    }
    while (r1->size != 0) {
        if (bignum_divmod(r0, r1, &q, &r2) != BIGNUM_OK) {
            goto done;
        }
        BigNum *qt = bignum_mul(q, t1);
        BigNum *t2 = qt == NULL ? NULL : bignum_sub(t0, qt);
        bignum_free(qt);
        bignum_free(q);
        q = NULL;
        if (t2 == NULL) {
            goto done;
        }
        bignum_free(r0);
        r0 = r1;
        r1 = r2;
        r2 = NULL;
        bignum_free(t0);
        t0 = t1;
        t1 = t2;
    }
    if (bignum_cmp_i64(r0, 1) != 0) {
        status = BIGNUM_NOT_INVERTIBLE;
        goto done;
    }
    // t0 lies in (-|m|, |m|); flooring it modulo |m| moves it into [0, |m|).
    BigNum *abs_m = bignum_abs(m);
    BigNum *inverse = NULL;
    if (abs_m != NULL && bignum_mod(t0, abs_m, &inverse) == BIGNUM_OK) {
        *out = apply_modulus_sign(inverse, m);
        status = *out == NULL ? BIGNUM_NO_MEMORY : BIGNUM_OK;
    }
    bignum_free(abs_m);
done:
    bignum_free(r0);
    bignum_free(r1);
    bignum_free(t0);
    bignum_free(t1);
    bignum_free(q);
    bignum_free(r2);
    return status;
}

// ---- Greatest common divisor. ----

static uint64_t gcd_u64(uint64_t x, uint64_t y) {
    while (y != 0) {
        uint64_t t = x % y;
        x = y;
        y = t;
    }
    return x;
}

// Euclid's algorithm on magnitudes, rotating three buffers (x, y and the remainder) so
// that the loop allocates nothing but the division's scratch; it drops to machine words
// once both values fit in 64 bits.
BigNum *bignum_gcd(const BigNum *a, const BigNum *b) {
    size_t nx = bignum_mag_len(a);
    size_t ny = bignum_mag_len(b);
    size_t cap = (nx > ny ? nx : ny) + 1;
    uint32_t *buf = malloc(3 * cap * sizeof(uint32_t));
    if (buf == NULL) {
        return NULL;
    }
    uint32_t *x = buf;
    uint32_t *y = buf + cap;
    uint32_t *r = buf + 2 * cap;
    memcpy(x, a->digits, nx * sizeof(uint32_t));
    memcpy(y, b->digits, ny * sizeof(uint32_t));
    BigNum *result = NULL;
    for (;;) {
        if (nx < ny) {
            uint32_t *t = x;
            x = y;
            y = t;
            size_t tn = nx;
            nx = ny;
            ny = tn;
        }
        if (ny == 0 || nx <= 2) {
            break;
        }
        if (!bignum_mag_divrem(NULL, r, x, nx, y, ny)) {
            free(buf);
            return NULL;
        }
        uint32_t *old_x = x;
        x = y;
        nx = ny;
        y = r;
        ny = bignum_mag_trim(r, ny);
        r = old_x;
    }
    if (ny == 0) {
        result = bignum_mag_alloc(nx);
        if (result != NULL) {
            memcpy(result->digits, x, nx * sizeof(uint32_t));
            bignum_mag_finish(result, nx, false);
        }
    } else {
        uint64_t xv = nx > 0 ? x[0] : 0;
        uint64_t yv = y[0];
        if (nx > 1) {
            xv |= (uint64_t)x[1] << 32;
        }
        if (ny > 1) {
            yv |= (uint64_t)y[1] << 32;
        }
        result = bignum_from_u64(gcd_u64(xv, yv));
    }
    free(buf);
    return result;
}
