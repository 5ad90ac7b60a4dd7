// Digit kernels for the bignum library: allocation, comparison, addition, subtraction,
// multiplication (schoolbook, and Karatsuba above a measured size), division (single digit
// and Knuth's algorithm D) and the rounding shared by the int-to-float conversions.
//
// Everything here works on unsigned base-2^32 magnitudes and uses uint64_t for a digit
// product plus carry, which cannot overflow: (2^32 - 1)^2 + 2 * (2^32 - 1) == 2^64 - 1.
//
// See also: runtime/bignum_mag.h (contracts), runtime/bignum.c (signs and normalization).
#include "runtime/bignum_mag.h"

// Below this many digits in the shorter operand, schoolbook multiplication beats
// Karatsuba. Measured with tests/unit/bignum_check.sh --bench, which rebuilds with other
// values through -DBIGNUM_KARATSUBA_CUTOFF=n: on x86-64 with gcc 12 -O2, cutoffs from 24
// to 64 digits were within noise of each other, 40 was the best of them, and schoolbook
// alone was 4.5 times slower at 1024 digits.
#ifndef BIGNUM_KARATSUBA_CUTOFF
#define BIGNUM_KARATSUBA_CUTOFF 40
#endif
// The middle product has ceil(n/2) + 1 digits, which is smaller than n only from n = 4 on.
#if BIGNUM_KARATSUBA_CUTOFF < 4
#error "BIGNUM_KARATSUBA_CUTOFF must be at least 4, or the recursion never ends"
#endif

BigNum *bignum_mag_alloc(uint64_t n) {
    if (n > BIGNUM_MAX_DIGITS) {
        return NULL;
    }
    BigNum *r = malloc(sizeof(BigNum) + (size_t)n * sizeof(uint32_t));
    if (r != NULL) {
        r->size = 0;
    }
    return r;
}

BigNum *bignum_mag_finish(BigNum *r, size_t n, bool negative) {
    n = bignum_mag_trim(r->digits, n);
    r->size = negative ? -(int64_t)n : (int64_t)n;
    return r;
}

int bignum_mag_cmp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    if (na != nb) {
        return na < nb ? -1 : 1;
    }
    for (size_t i = na; i-- > 0;) {
        if (a[i] != b[i]) {
            return a[i] < b[i] ? -1 : 1;
        }
    }
    return 0;
}

uint32_t bignum_mag_add(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        carry += (uint64_t)a[i] + b[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; i < na; i++) {
        carry += a[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    return (uint32_t)carry;
}

void bignum_mag_sub(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    // borrow is 0 or 1; the subtraction wraps through uint64_t and bit 63 tells whether
    // this digit borrowed from the next.
    uint64_t borrow = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        uint64_t t = (uint64_t)a[i] - b[i] - borrow;
        r[i] = (uint32_t)t;
        borrow = t >> 63;
    }
    for (; i < na; i++) {
        uint64_t t = (uint64_t)a[i] - borrow;
        r[i] = (uint32_t)t;
        borrow = t >> 63;
    }
}

uint32_t bignum_mag_mul_small(uint32_t *a, size_t n, uint32_t m, uint32_t add) {
    uint64_t carry = add;
    for (size_t i = 0; i < n; i++) {
        carry += (uint64_t)a[i] * m;
        a[i] = (uint32_t)carry;
        carry >>= 32;
    }
    return (uint32_t)carry;
}

// r = a * b by the schoolbook method, na + nb digits.
static void mul_schoolbook(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b,
                           size_t nb) {
    memset(r, 0, (na + nb) * sizeof(uint32_t));
    for (size_t j = 0; j < nb; j++) {
        uint64_t carry = 0;
        uint64_t bj = b[j];
        if (bj == 0) {
            continue;
        }
        for (size_t i = 0; i < na; i++) {
            carry += a[i] * bj + r[i + j];
            r[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        r[j + na] = (uint32_t)carry;
    }
}

// Adds the n-digit x into the m-digit r (m >= n) in place; the caller knows the sum fits.
static void add_into(uint32_t *r, size_t m, const uint32_t *x, size_t n) {
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < n; i++) {
        carry += (uint64_t)r[i] + x[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; carry != 0 && i < m; i++) {
        carry += r[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
}

static bool mul_karatsuba(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b,
                          size_t nb);

// r = a * b when a is much longer than b: multiply b by one nb-digit slice of a at a
// time, so each product is balanced and can use Karatsuba.
static bool mul_unbalanced(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b,
                           size_t nb) {
    uint32_t *part = malloc(2 * nb * sizeof(uint32_t));
    if (part == NULL) {
        return false;
    }
    memset(r, 0, (na + nb) * sizeof(uint32_t));
    for (size_t off = 0; off < na; off += nb) {
        size_t n = na - off < nb ? na - off : nb;
        // Slices are never longer than b, so call with the longer operand first.
        if (!mul_karatsuba(part, b, nb, a + off, n)) {
            free(part);
            return false;
        }
        add_into(r + off, na + nb - off, part, n + nb);
    }
    free(part);
    return true;
}

// r = a * b with na >= nb. Splits both at m digits: a = a1*B^m + a0, b = b1*B^m + b0, and
// uses (a0 + a1)(b0 + b1) - a0*b0 - a1*b1 for the middle term, so three half-size products
// replace four.
static bool mul_karatsuba(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b,
                          size_t nb) {
    if (nb < BIGNUM_KARATSUBA_CUTOFF) {
        mul_schoolbook(r, a, na, b, nb);
        return true;
    }
    size_t m = (na + 1) / 2;
    if (nb <= m) {
        return mul_unbalanced(r, a, na, b, nb);
    }
    // Scratch: the two sums (m + 1 digits each) and their product (2m + 2 digits).
    uint32_t *scratch = malloc((4 * m + 4) * sizeof(uint32_t));
    if (scratch == NULL) {
        return false;
    }
    uint32_t *sa = scratch;
    uint32_t *sb = sa + m + 1;
    uint32_t *mid = sb + m + 1;
    sa[m] = bignum_mag_add(sa, a, m, a + m, na - m);
    sb[m] = bignum_mag_add(sb, b, m, b + m, nb - m);
    // z0 = a0*b0 goes to r[0, 2m) and z2 = a1*b1 to r[2m, na + nb): they do not overlap.
    bool ok = mul_karatsuba(r, a, m, b, m) &&
              mul_karatsuba(r + 2 * m, a + m, na - m, b + m, nb - m) &&
              mul_karatsuba(mid, sa, m + 1, sb, m + 1);
    if (ok) {
        bignum_mag_sub(mid, mid, 2 * m + 2, r, 2 * m);
        bignum_mag_sub(mid, mid, 2 * m + 2, r + 2 * m, na + nb - 2 * m);
        // mid = a0*b1 + a1*b0 is smaller than the whole product, so its nonzero digits
        // fit into what is left of r above offset m.
        add_into(r + m, na + nb - m, mid, bignum_mag_trim(mid, 2 * m + 2));
    }
    free(scratch);
    return ok;
}

bool bignum_mag_mul(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    if (na < nb) {
        const uint32_t *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if (nb == 0) {
        memset(r, 0, na * sizeof(uint32_t));
        return true;
    }
    return mul_karatsuba(r, a, na, b, nb);
}

uint32_t bignum_mag_divrem_small(uint32_t *q, const uint32_t *a, size_t n, uint32_t d) {
    uint64_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        uint64_t cur = (rem << 32) | a[i];
        q[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    return (uint32_t)rem;
}

// Knuth D step: subtracts qhat * v (n digits) from u[0..n] and returns true when the
// result went negative, in which case the caller adds v back once.
static bool mul_sub(uint32_t *u, const uint32_t *v, size_t n, uint64_t qhat) {
    uint64_t carry = 0;
    uint64_t borrow = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t p = qhat * v[i] + carry;
        carry = p >> 32;
        uint64_t t = (uint64_t)u[i] - (uint32_t)p - borrow;
        u[i] = (uint32_t)t;
        borrow = t >> 63;
    }
    uint64_t t = (uint64_t)u[n] - carry - borrow;
    u[n] = (uint32_t)t;
    return (t >> 63) != 0;
}

// Knuth D divides a normalized divisor (top bit set) so that each trial quotient digit,
// estimated from the top two digits of the running remainder, is at most two too large.
bool bignum_mag_divrem(uint32_t *q, uint32_t *r, const uint32_t *a, size_t na,
                       const uint32_t *b, size_t nb) {
    if (nb == 1) {
        uint64_t rem = 0;
        if (q != NULL) {
            rem = bignum_mag_divrem_small(q, a, na, b[0]);
        } else {
            for (size_t i = na; i-- > 0;) {
                rem = ((rem << 32) | a[i]) % b[0];
            }
        }
        if (r != NULL) {
            r[0] = (uint32_t)rem;
        }
        return true;
    }
    uint32_t *u = malloc((na + 1 + nb) * sizeof(uint32_t));
    if (u == NULL) {
        return false;
    }
    uint32_t *v = u + na + 1;
    int shift = __builtin_clz(b[nb - 1]);
    // Shift both operands left so the divisor's top bit is set; the quotient is unchanged
    // and the remainder comes out shifted by the same amount.
    for (size_t i = nb - 1; i > 0; i--) {
        v[i] = (b[i] << shift) | (shift ? b[i - 1] >> (32 - shift) : 0);
    }
    v[0] = b[0] << shift;
    u[na] = shift ? a[na - 1] >> (32 - shift) : 0;
    for (size_t i = na - 1; i > 0; i--) {
        u[i] = (a[i] << shift) | (shift ? a[i - 1] >> (32 - shift) : 0);
    }
    u[0] = a[0] << shift;

    uint64_t vtop = v[nb - 1];
    uint64_t vnext = v[nb - 2];
    for (size_t j = na - nb + 1; j-- > 0;) {
        uint64_t num = ((uint64_t)u[j + nb] << 32) | u[j + nb - 1];
        uint64_t qhat = num / vtop;
        uint64_t rhat = num % vtop;
        // Refine qhat with the next digit; after this it is exact or one too large.
        while (qhat > UINT32_MAX || qhat * vnext > ((rhat << 32) | u[j + nb - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat > UINT32_MAX) {
                break;
            }
        }
        if (mul_sub(u + j, v, nb, qhat)) {
            qhat--;
            u[j + nb] += bignum_mag_add(u + j, u + j, nb, v, nb);
        }
        if (q != NULL) {
            q[j] = (uint32_t)qhat;
        }
    }
    if (r != NULL) {
        for (size_t i = 0; i < nb - 1; i++) {
            r[i] = (u[i] >> shift) | (shift ? u[i + 1] << (32 - shift) : 0);
        }
        r[nb - 1] = u[nb - 1] >> shift;
    }
    free(u);
    return true;
}

uint64_t bignum_mag_bit_length(const uint32_t *a, size_t n) {
    if (n == 0) {
        return 0;
    }
    return (uint64_t)(n - 1) * 32 + (uint64_t)(32 - __builtin_clz(a[n - 1]));
}

uint64_t bignum_mag_round(uint64_t v, int drop, bool sticky) {
    if (drop == 0) {
        return v;
    }
    uint64_t kept = drop == 64 ? 0 : v >> drop;
    uint64_t rest = drop == 64 ? v : v & (((uint64_t)1 << drop) - 1);
    uint64_t half = (uint64_t)1 << (drop - 1);
    if (rest > half || (rest == half && (sticky || (kept & 1) != 0))) {
        kept++;
    }
    return kept;
}

double bignum_mag_make_double(uint64_t m, int64_t e, bool negative) {
    uint64_t bits = 0;
    if (m >= ((uint64_t)1 << 52)) {
        bits = ((uint64_t)(e + 52 + 1023) << 52) | (m & (((uint64_t)1 << 52) - 1));
    } else {
        // Zero or a subnormal: the stored fraction is m itself, scaled by 2^-1074.
        bits = m;
    }
    if (negative) {
        bits |= (uint64_t)1 << 63;
    }
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}
