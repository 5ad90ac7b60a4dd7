// The bignum library's core: construction from machine values and bytes, conversion back,
// comparison, signed addition, subtraction and multiplication, pow, shifts, bitwise
// operations and hashing.
//
// Signs live only in BigNum.size, so most operations work on magnitudes (runtime/
// bignum_mag.c) and then pick the sign. The bitwise operations are the exception: Python
// defines them on an infinite two's complement, so they convert negative operands to a
// finite two's complement one digit wider than either operand, operate, and convert back.
//
// See also: runtime/bignum.h (contract), bignum_div.c, bignum_str.c.
#include "runtime/bignum_mag.h"

void bignum_free(BigNum *a) {
    free(a);
}

// Splits |v| into at most two digits and returns how many are nonzero.
static size_t u64_digits(uint64_t v, uint32_t d[2]) {
    d[0] = (uint32_t)v;
    d[1] = (uint32_t)(v >> 32);
    return d[1] != 0 ? 2 : d[0] != 0 ? 1 : 0;
}

// |v| as a uint64_t, which also works for INT64_MIN.
static uint64_t i64_magnitude(int64_t v) {
    return v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
}

static BigNum *from_digits_signed(const uint32_t *d, size_t n, bool negative) {
    BigNum *r = bignum_mag_alloc(n);
    if (r == NULL) {
        return NULL;
    }
    if (n > 0) {
        memcpy(r->digits, d, n * sizeof(uint32_t));
    }
    return bignum_mag_finish(r, n, negative);
}

// Negates r when `negative` says so; r is freshly built (not yet returned, so still ours
// to change) or NULL, which passes through.
static BigNum *with_sign(BigNum *r, bool negative) {
    if (r != NULL && negative) {
        r->size = -r->size;
    }
    return r;
}

BigNum *bignum_from_u64(uint64_t v) {
    uint32_t d[2];
    return from_digits_signed(d, u64_digits(v, d), false);
}

BigNum *bignum_from_i64(int64_t v) {
    uint32_t d[2];
    return from_digits_signed(d, u64_digits(i64_magnitude(v), d), v < 0);
}

BigNum *bignum_copy(const BigNum *a) {
    return from_digits_signed(a->digits, bignum_mag_len(a), a->size < 0);
}

BigNum *bignum_from_double(double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    bool negative = (bits >> 63) != 0;
    int exponent = (int)((bits >> 52) & 0x7ff);
    if (exponent == 0x7ff) {
        return NULL;
    }
    if (exponent < 1023) {
        // |d| < 1 (this includes zero and the subnormals) truncates to 0.
        return bignum_from_u64(0);
    }
    // |d| == mantissa * 2^shift exactly.
    uint64_t mantissa = (bits & (((uint64_t)1 << 52) - 1)) | ((uint64_t)1 << 52);
    int shift = exponent - 1075;
    if (shift <= 0) {
        return with_sign(bignum_from_u64(mantissa >> -shift), negative);
    }
    BigNum *m = bignum_from_u64(mantissa);
    BigNum *r = m == NULL ? NULL : bignum_lshift(m, (uint64_t)shift);
    bignum_free(m);
    return with_sign(r, negative);
}

BigNum *bignum_from_bytes(const uint8_t *bytes, size_t len, bool little_endian,
                          bool is_signed) {
    size_t n = (len + 3) / 4;
    BigNum *r = bignum_mag_alloc(n);
    if (r == NULL) {
        return NULL;
    }
    memset(r->digits, 0, n * sizeof(uint32_t));
    for (size_t i = 0; i < len; i++) {
        uint8_t byte = bytes[little_endian ? i : len - 1 - i];
        r->digits[i / 4] |= (uint32_t)byte << (8 * (i % 4));
    }
    bool negative = is_signed && len > 0 &&
                    (bytes[little_endian ? len - 1 : 0] & 0x80) != 0;
    if (negative) {
        // The value is the unsigned reading minus 2^(8 len): negate the two's complement
        // inside the 8*len-bit window (invert, add one, and drop bits above the window).
        uint64_t carry = 1;
        for (size_t i = 0; i < n; i++) {
            carry += (uint32_t)~r->digits[i];
            r->digits[i] = (uint32_t)carry;
            carry >>= 32;
        }
        if (len % 4 != 0) {
            r->digits[n - 1] &= ((uint32_t)1 << (8 * (len % 4))) - 1;
        }
        // A window holding exactly -2^(8 len - 1) negates to the top bit alone, which the
        // mask keeps, so no digit is lost.
    }
    return bignum_mag_finish(r, n, negative);
}

bool bignum_fits_i64(const BigNum *a) {
    bool overflow;
    bignum_to_i64(a, &overflow);
    return !overflow;
}

// |a| as a uint64_t when it has at most two digits.
static uint64_t low_u64(const BigNum *a) {
    size_t n = bignum_mag_len(a);
    uint64_t v = n > 0 ? a->digits[0] : 0;
    if (n > 1) {
        v |= (uint64_t)a->digits[1] << 32;
    }
    return v;
}

int64_t bignum_to_i64(const BigNum *a, bool *overflow) {
    *overflow = true;
    if (bignum_mag_len(a) > 2) {
        return 0;
    }
    uint64_t m = low_u64(a);
    if (a->size >= 0) {
        if (m > (uint64_t)INT64_MAX) {
            return 0;
        }
        *overflow = false;
        return (int64_t)m;
    }
    if (m > (uint64_t)INT64_MAX + 1) {
        return 0;
    }
    *overflow = false;
    // -m computed without signed overflow: for m == 2^63 this is INT64_MIN.
    return m == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)m;
}

uint64_t bignum_to_u64(const BigNum *a, bool *overflow) {
    *overflow = a->size < 0 || a->size > 2;
    return *overflow ? 0 : low_u64(a);
}

// The 64 bits of the n-digit magnitude d starting at bit `pos` (bits past the top are 0).
static uint64_t bits_at(const uint32_t *d, size_t n, uint64_t pos) {
    size_t k = (size_t)(pos / 32);
    int s = (int)(pos % 32);
    uint64_t d0 = k < n ? d[k] : 0;
    uint64_t d1 = k + 1 < n ? d[k + 1] : 0;
    uint64_t d2 = k + 2 < n ? d[k + 2] : 0;
    uint64_t v = (d0 | d1 << 32) >> s;
    if (s > 0) {
        v |= d2 << (64 - s);
    }
    return v;
}

// True when some bit below bit `pos` of the n-digit magnitude d is set.
static bool any_bits_below(const uint32_t *d, size_t n, uint64_t pos) {
    size_t k = (size_t)(pos / 32);
    for (size_t i = 0; i < k && i < n; i++) {
        if (d[i] != 0) {
            return true;
        }
    }
    int s = (int)(pos % 32);
    return k < n && s > 0 && (d[k] & (((uint32_t)1 << s) - 1)) != 0;
}

double bignum_to_double(const BigNum *a, bool *overflow) {
    *overflow = false;
    size_t n = bignum_mag_len(a);
    uint64_t bits = bignum_mag_bit_length(a->digits, n);
    if (bits <= 53) {
        double d = (double)low_u64(a);
        return a->size < 0 ? -d : d;
    }
    // Round the top 64 bits to 53, with everything below them folded into a sticky bit.
    uint64_t low = bits > 64 ? bits - 64 : 0;
    uint64_t top = bits_at(a->digits, n, low);
    bool sticky = any_bits_below(a->digits, n, low);
    int drop = (int)(bits - low) - 53;
    uint64_t m = bignum_mag_round(top, drop, sticky);
    int64_t e = (int64_t)low + drop;
    if (m == ((uint64_t)1 << 53)) {
        m >>= 1;
        e++;
    }
    if (e + 52 >= 1024) {
        *overflow = true;
        return 0.0;
    }
    return bignum_mag_make_double(m, e, a->size < 0);
}

// True when |a| is a power of two (a != 0).
static bool is_power_of_two(const BigNum *a) {
    size_t n = bignum_mag_len(a);
    if (n == 0 || (a->digits[n - 1] & (a->digits[n - 1] - 1)) != 0) {
        return false;
    }
    for (size_t i = 0; i + 1 < n; i++) {
        if (a->digits[i] != 0) {
            return false;
        }
    }
    return true;
}

BigNumStatus bignum_to_bytes(const BigNum *a, uint8_t *out, size_t len, bool little_endian,
                             bool is_signed) {
    bool negative = a->size < 0;
    if (negative && !is_signed) {
        return BIGNUM_NEGATIVE;
    }
    size_t n = bignum_mag_len(a);
    uint64_t bits = bignum_mag_bit_length(a->digits, n);
    uint64_t room = (uint64_t)len * 8;
    bool fits;
    if (!is_signed) {
        fits = bits <= room;
    } else if (!negative) {
        fits = bits == 0 || bits < room;
    } else {
        // -2^(room - 1) is the most negative value: its magnitude has `room` bits.
        // CPython also accepts -1 with a length of 0 (giving b''), so we do too.
        fits = bits < room || (bits == room && is_power_of_two(a)) || (len == 0 && bits == 1);
    }
    if (!fits) {
        return BIGNUM_OVERFLOW;
    }
    // Produce little-endian bytes of the two's complement (invert and add one for a
    // negative value) and store each at the position the byte order asks for.
    uint32_t carry = 1;
    for (size_t i = 0; i < len; i++) {
        uint32_t digit = i / 4 < n ? a->digits[i / 4] : 0;
        uint8_t byte = (uint8_t)(digit >> (8 * (i % 4)));
        if (negative) {
            carry += (uint8_t)~byte;
            byte = (uint8_t)carry;
            carry >>= 8;
        }
        out[little_endian ? i : len - 1 - i] = byte;
    }
    return BIGNUM_OK;
}

uint64_t bignum_bit_length(const BigNum *a) {
    return bignum_mag_bit_length(a->digits, bignum_mag_len(a));
}

uint64_t bignum_bit_count(const BigNum *a) {
    uint64_t count = 0;
    size_t n = bignum_mag_len(a);
    for (size_t i = 0; i < n; i++) {
        count += (uint64_t)__builtin_popcount(a->digits[i]);
    }
    return count;
}

// CPython hashes an int as its value modulo the Mersenne prime 2^61 - 1, keeping the sign,
// so equal ints and floats hash alike. Since 2^61 == 1 modulo that prime, multiplying a
// residue by 2^32 is a 61-bit rotation, and no wide multiplication is needed.
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

// h * 2^32 + digit modulo HASH_MODULUS, for h < HASH_MODULUS.
static uint64_t hash_step(uint64_t h, uint32_t digit) {
    h = ((h << 32) & HASH_MODULUS) | (h >> 29);
    h += digit;
    while (h >= HASH_MODULUS) {
        h -= HASH_MODULUS;
    }
    return h;
}

static int64_t hash_finish(uint64_t h, bool negative) {
    int64_t r = negative ? -(int64_t)h : (int64_t)h;
    // -1 is the error return of CPython's hash functions, so no hash is ever -1.
    return r == -1 ? -2 : r;
}

int64_t bignum_hash(const BigNum *a) {
    uint64_t h = 0;
    for (size_t i = bignum_mag_len(a); i-- > 0;) {
        h = hash_step(h, a->digits[i]);
    }
    return hash_finish(h, a->size < 0);
}

int64_t bignum_hash_i64(int64_t v) {
    uint64_t m = i64_magnitude(v);
    return hash_finish(hash_step(hash_step(0, (uint32_t)(m >> 32)), (uint32_t)m), v < 0);
}

// ---- Comparison and signed arithmetic on (digits, length, sign) triples, so that the
// *_i64 helpers can pass an unboxed operand as a two-digit array on the stack. ----

static int cmp_signed(const uint32_t *a, size_t na, bool aneg, const uint32_t *b, size_t nb,
                      bool bneg) {
    if (aneg != bneg) {
        return aneg ? -1 : 1;
    }
    int c = bignum_mag_cmp(a, na, b, nb);
    return aneg ? -c : c;
}

int bignum_cmp(const BigNum *a, const BigNum *b) {
    return cmp_signed(a->digits, bignum_mag_len(a), a->size < 0, b->digits,
                      bignum_mag_len(b), b->size < 0);
}

int bignum_cmp_i64(const BigNum *a, int64_t b) {
    uint32_t d[2];
    size_t nb = u64_digits(i64_magnitude(b), d);
    return cmp_signed(a->digits, bignum_mag_len(a), a->size < 0, d, nb, b < 0);
}

BigNum *bignum_neg(const BigNum *a) {
    return from_digits_signed(a->digits, bignum_mag_len(a), a->size > 0);
}

BigNum *bignum_abs(const BigNum *a) {
    return from_digits_signed(a->digits, bignum_mag_len(a), false);
}

// a + b for trimmed magnitudes with signs: a sum of magnitudes when the signs agree, else
// the difference, with the sign of the larger.
static BigNum *add_signed(const uint32_t *a, size_t na, bool aneg, const uint32_t *b,
                          size_t nb, bool bneg) {
    if (aneg == bneg) {
        if (na < nb) {
            return add_signed(b, nb, bneg, a, na, aneg);
        }
        BigNum *r = bignum_mag_alloc((uint64_t)na + 1);
        if (r == NULL) {
            return NULL;
        }
        r->digits[na] = bignum_mag_add(r->digits, a, na, b, nb);
        return bignum_mag_finish(r, na + 1, aneg);
    }
    if (bignum_mag_cmp(a, na, b, nb) < 0) {
        return add_signed(b, nb, bneg, a, na, aneg);
    }
    BigNum *r = bignum_mag_alloc(na);
    if (r == NULL) {
        return NULL;
    }
    bignum_mag_sub(r->digits, a, na, b, nb);
    return bignum_mag_finish(r, na, aneg);
}

static BigNum *mul_signed(const uint32_t *a, size_t na, bool aneg, const uint32_t *b,
                          size_t nb, bool bneg) {
    BigNum *r = bignum_mag_alloc((uint64_t)na + nb);
    if (r == NULL) {
        return NULL;
    }
    if (!bignum_mag_mul(r->digits, a, na, b, nb)) {
        bignum_free(r);
        return NULL;
    }
    return bignum_mag_finish(r, na + nb, aneg != bneg);
}

BigNum *bignum_add(const BigNum *a, const BigNum *b) {
    return add_signed(a->digits, bignum_mag_len(a), a->size < 0, b->digits, bignum_mag_len(b),
                      b->size < 0);
}

BigNum *bignum_sub(const BigNum *a, const BigNum *b) {
    return add_signed(a->digits, bignum_mag_len(a), a->size < 0, b->digits, bignum_mag_len(b),
                      b->size > 0);
}

BigNum *bignum_mul(const BigNum *a, const BigNum *b) {
    return mul_signed(a->digits, bignum_mag_len(a), a->size < 0, b->digits, bignum_mag_len(b),
                      b->size < 0);
}

BigNum *bignum_add_i64(const BigNum *a, int64_t b) {
    uint32_t d[2];
    size_t nb = u64_digits(i64_magnitude(b), d);
    return add_signed(a->digits, bignum_mag_len(a), a->size < 0, d, nb, b < 0);
}

BigNum *bignum_sub_i64(const BigNum *a, int64_t b) {
    uint32_t d[2];
    size_t nb = u64_digits(i64_magnitude(b), d);
    return add_signed(a->digits, bignum_mag_len(a), a->size < 0, d, nb, b > 0);
}

BigNum *bignum_mul_i64(const BigNum *a, int64_t b) {
    uint32_t d[2];
    size_t nb = u64_digits(i64_magnitude(b), d);
    return mul_signed(a->digits, bignum_mag_len(a), a->size < 0, d, nb, b < 0);
}

// ---- Powers. ----

// |a| ** exp by left-to-right binary exponentiation, for |a| >= 2 and exp >= 1, into a
// BigNum with room for `cap` digits; two buffers are swapped instead of reallocated.
static BigNum *pow_magnitude(const BigNum *a, uint64_t exp, uint64_t cap, bool negative) {
    size_t na = bignum_mag_len(a);
    BigNum *acc = bignum_mag_alloc(cap);
    BigNum *tmp = bignum_mag_alloc(cap);
    if (acc == NULL || tmp == NULL) {
        bignum_free(acc);
        bignum_free(tmp);
        return NULL;
    }
    memcpy(acc->digits, a->digits, na * sizeof(uint32_t));
    size_t len = na;
    for (int bit = 62 - __builtin_clzll(exp); bit >= 0; bit--) {
        bool ok = bignum_mag_mul(tmp->digits, acc->digits, len, acc->digits, len);
        len = bignum_mag_trim(tmp->digits, 2 * len);
        BigNum *t = acc;
        acc = tmp;
        tmp = t;
        if (ok && ((exp >> bit) & 1) != 0) {
            ok = bignum_mag_mul(tmp->digits, acc->digits, len, a->digits, na);
            len = bignum_mag_trim(tmp->digits, len + na);
            t = acc;
            acc = tmp;
            tmp = t;
        }
        if (!ok) {
            bignum_free(acc);
            bignum_free(tmp);
            return NULL;
        }
    }
    bignum_free(tmp);
    return bignum_mag_finish(acc, len, negative);
}

BigNum *bignum_pow(const BigNum *a, uint64_t exp) {
    bool negative = a->size < 0 && (exp & 1) != 0;
    if (exp == 0) {
        return bignum_from_u64(1);
    }
    uint64_t bits = bignum_bit_length(a);
    if (bits <= 1) {
        // 0 ** exp == 0, and (+-1) ** exp == +-1.
        return from_digits_signed(a->digits, bignum_mag_len(a), negative);
    }
    // The result has at most bits * exp bits; refuse anything beyond the digit limit
    // before computing that product, which could overflow.
    if (exp > BIGNUM_MAX_DIGITS * 32 / bits) {
        return NULL;
    }
    if (is_power_of_two(a)) {
        BigNum *one = bignum_from_u64(1);
        BigNum *r = one == NULL ? NULL : bignum_lshift(one, (bits - 1) * exp);
        bignum_free(one);
        return with_sign(r, negative);
    }
    return pow_magnitude(a, exp, (bits * exp + 31) / 32 + 2, negative);
}

// ---- Shifts. ----

BigNum *bignum_lshift(const BigNum *a, uint64_t n) {
    size_t na = bignum_mag_len(a);
    if (na == 0) {
        return bignum_from_u64(0);
    }
    uint64_t whole = n / 32;
    int bits = (int)(n % 32);
    if (whole > BIGNUM_MAX_DIGITS) {
        return NULL;
    }
    BigNum *r = bignum_mag_alloc(whole + na + 1);
    if (r == NULL) {
        return NULL;
    }
    uint32_t *d = r->digits + whole;
    memset(r->digits, 0, (size_t)whole * sizeof(uint32_t));
    d[na] = 0;
    for (size_t i = na; i-- > 0;) {
        if (bits > 0) {
            d[i + 1] |= a->digits[i] >> (32 - bits);
        }
        d[i] = a->digits[i] << bits;
    }
    return bignum_mag_finish(r, (size_t)whole + na + 1, a->size < 0);
}

BigNum *bignum_rshift(const BigNum *a, uint64_t n) {
    size_t na = bignum_mag_len(a);
    bool negative = a->size < 0;
    uint64_t whole = n / 32;
    if (whole >= na) {
        // Every bit is shifted out: 0, or -1 for a negative number (floor of a fraction).
        return bignum_from_i64(negative ? -1 : 0);
    }
    size_t len = na - (size_t)whole;
    BigNum *r = bignum_mag_alloc((uint64_t)len + 1);
    if (r == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < len; i++) {
        r->digits[i] = (uint32_t)(bits_at(a->digits, na, n + (uint64_t)i * 32));
    }
    r->digits[len] = 0;
    // Python floors: a negative number that lost one bits rounds away from zero.
    if (negative && any_bits_below(a->digits, na, n)) {
        uint32_t one = 1;
        r->digits[len] = bignum_mag_add(r->digits, r->digits, len, &one, 1);
    }
    return bignum_mag_finish(r, len + 1, negative);
}

// ---- Bitwise operations on the infinite two's complement. ----

typedef enum BitOp { BIT_AND, BIT_OR, BIT_XOR } BitOp;

// Digit i of the two's complement of a magnitude; *carry starts at 1 and threads the
// "+1" of the negation through the digits. A non-negative value is returned unchanged.
static uint32_t twos_digit(const uint32_t *d, size_t n, size_t i, bool negative,
                           uint64_t *carry) {
    uint32_t digit = i < n ? d[i] : 0;
    if (!negative) {
        return digit;
    }
    *carry += (uint32_t)~digit;
    digit = (uint32_t)*carry;
    *carry >>= 32;
    return digit;
}

// One digit wider than both operands, the top digit is pure sign extension, so it says
// the sign of the infinite result.
static BigNum *bitwise(const BigNum *a, const BigNum *b, BitOp op) {
    size_t na = bignum_mag_len(a);
    size_t nb = bignum_mag_len(b);
    bool aneg = a->size < 0;
    bool bneg = b->size < 0;
    size_t len = (na > nb ? na : nb) + 1;
    BigNum *r = bignum_mag_alloc(len);
    if (r == NULL) {
        return NULL;
    }
    uint64_t ca = 1;
    uint64_t cb = 1;
    for (size_t i = 0; i < len; i++) {
        uint32_t x = twos_digit(a->digits, na, i, aneg, &ca);
        uint32_t y = twos_digit(b->digits, nb, i, bneg, &cb);
        r->digits[i] = op == BIT_AND ? x & y : op == BIT_OR ? x | y : x ^ y;
    }
    bool negative = (r->digits[len - 1] >> 31) != 0;
    if (negative) {
        uint64_t carry = 1;
        for (size_t i = 0; i < len; i++) {
            r->digits[i] = twos_digit(r->digits, len, i, true, &carry);
        }
    }
    return bignum_mag_finish(r, len, negative);
}

BigNum *bignum_and(const BigNum *a, const BigNum *b) {
    return bitwise(a, b, BIT_AND);
}

BigNum *bignum_or(const BigNum *a, const BigNum *b) {
    return bitwise(a, b, BIT_OR);
}

BigNum *bignum_xor(const BigNum *a, const BigNum *b) {
    return bitwise(a, b, BIT_XOR);
}

BigNum *bignum_invert(const BigNum *a) {
    // ~a == -(a + 1).
    return with_sign(bignum_add_i64(a, 1), true);
}
