// Arbitrary-precision integers: the ints that do not fit in an unboxed int64_t.
//
// A BigNum is sign-magnitude in base 2^32: digits[] holds |size| digits, least significant
// first, and the sign of `size` is the sign of the number. Invariants every function keeps:
// the top digit is never zero (so 0 has size 0 and no digits), and a BigNum is immutable
// once returned, so values may be shared freely. Every BigNum comes from malloc and is
// released with bignum_free.
//
// The library is pure C and knows nothing about the interpreter: it never raises. A function
// that can fail only for lack of memory returns NULL (the caller raises MemoryError); one
// that can fail for other reasons returns a BigNumStatus and writes its result through an
// out-parameter. Arithmetic follows Python 3.11 exactly: floor division, a remainder with
// the divisor's sign, arithmetic right shifts and bitwise operations on an infinite two's
// complement, and hash() equal to CPython's. Error messages are the caller's business.
//
// See also: runtime/bignum_mag.h (digit kernels), bignum_div.c (division, pow, gcd),
// bignum_str.c (text conversion), tests/unit/test_bignum.c.
#ifndef CS_RUNTIME_BIGNUM_H
#define CS_RUNTIME_BIGNUM_H

#include "runtime/common.h"

typedef struct BigNum {
    int64_t size;        // number of digits, negated for a negative number
    uint32_t digits[];   // little-endian base-2^32 magnitude, top digit nonzero
} BigNum;

typedef enum BigNumStatus {
    BIGNUM_OK = 0,
    BIGNUM_NO_MEMORY,      // an allocation failed: MemoryError
    BIGNUM_INVALID,        // bad digit string, or a negative exponent given to bignum_powmod
    BIGNUM_OVERFLOW,       // the value does not fit the requested type or size
    BIGNUM_NEGATIVE,       // a negative value where only non-negative ones fit
    BIGNUM_ZERO_DIVISION,  // division or modulus by zero
    BIGNUM_NOT_INVERTIBLE, // bignum_modinv: gcd(a, m) != 1
} BigNumStatus;

// Releases a (NULL is allowed).
void bignum_free(BigNum *a);

// -1, 0 or 1 by the sign of a.
static inline int bignum_sign(const BigNum *a) {
    return (a->size > 0) - (a->size < 0);
}

// ---- Construction. Each returns a new BigNum, or NULL when allocation fails. ----

BigNum *bignum_from_i64(int64_t v);
BigNum *bignum_from_u64(uint64_t v);
// Truncates toward zero, like int(3.9) == 3. d must be finite (the caller checks: NaN and
// infinities raise ValueError/OverflowError in Python); a non-finite d returns NULL.
BigNum *bignum_from_double(double d);
// Parses len characters of s as a magnitude in `base` (2..36): digits 0-9, a-z, A-Z with
// values below base, with single underscores allowed between digits. The caller has
// already handled whitespace, the sign, any "0x"-style prefix (and the one underscore
// Python allows right after it) and the int_max_str_digits limit. Returns BIGNUM_OK with a
// new BigNum in *out, BIGNUM_INVALID (empty, bad character, misplaced underscore or bad
// base) or BIGNUM_NO_MEMORY; *out is NULL on failure. Quadratic time for bases that are not
// powers of two, linear for powers of two.
BigNumStatus bignum_from_digits(const char *s, size_t len, int base, BigNum **out);
// int.from_bytes: reads len bytes, little- or big-endian, as unsigned or two's complement.
BigNum *bignum_from_bytes(const uint8_t *bytes, size_t len, bool little_endian,
                          bool is_signed);
// A new copy of a.
BigNum *bignum_copy(const BigNum *a);

// ---- Conversion. None of these allocate except bignum_to_str. ----

// True when a is in [INT64_MIN, INT64_MAX].
bool bignum_fits_i64(const BigNum *a);
// a as an int64_t; when it does not fit, sets *overflow and returns 0 (else clears it).
int64_t bignum_to_i64(const BigNum *a, bool *overflow);
// a as a uint64_t; when a is negative or too large, sets *overflow and returns 0.
uint64_t bignum_to_u64(const BigNum *a, bool *overflow);
// float(a), correctly rounded (half to even). When the result would not be finite, sets
// *overflow (Python's "int too large to convert to float") and returns 0.0.
double bignum_to_double(const BigNum *a, bool *overflow);
// The digits of |a| in base 2..36, lowercase, with no sign and no prefix (the caller adds
// "-" and "0x"); "0" for zero. Returns a new NUL-terminated malloc'ed string that the caller
// frees, and its length in *len_out when that is not NULL; NULL when allocation fails or
// base is out of range. Quadratic for bases that are not powers of two.
char *bignum_to_str(const BigNum *a, int base, size_t *len_out);
// int.to_bytes: writes a into out[0..len) as unsigned or two's complement, little- or
// big-endian. Returns BIGNUM_OK, BIGNUM_NEGATIVE (a < 0 and !is_signed: "can't convert
// negative int to unsigned") or BIGNUM_OVERFLOW ("int too big to convert"); out is then
// unspecified.
BigNumStatus bignum_to_bytes(const BigNum *a, uint8_t *out, size_t len, bool little_endian,
                             bool is_signed);
// int.bit_length: bits of |a|, 0 for zero.
uint64_t bignum_bit_length(const BigNum *a);
// int.bit_count: one bits of |a|.
uint64_t bignum_bit_count(const BigNum *a);
// hash(a), identical to CPython's: sign(a) * (|a| mod (2^61 - 1)), with -1 mapped to -2.
int64_t bignum_hash(const BigNum *a);
// The same hash for an unboxed int, so both representations of one value agree.
int64_t bignum_hash_i64(int64_t v);

// ---- Comparison. ----

// -1, 0 or 1 as a <, ==, > b.
int bignum_cmp(const BigNum *a, const BigNum *b);
int bignum_cmp_i64(const BigNum *a, int64_t b);

// ---- Arithmetic. Each returns a new BigNum, or NULL when allocation fails. ----

BigNum *bignum_neg(const BigNum *a);
BigNum *bignum_abs(const BigNum *a);
BigNum *bignum_add(const BigNum *a, const BigNum *b);
BigNum *bignum_sub(const BigNum *a, const BigNum *b);
BigNum *bignum_mul(const BigNum *a, const BigNum *b);
// The same with an unboxed second operand, without boxing it first.
BigNum *bignum_add_i64(const BigNum *a, int64_t b);
BigNum *bignum_sub_i64(const BigNum *a, int64_t b);
BigNum *bignum_mul_i64(const BigNum *a, int64_t b);
// a ** exp for a non-negative exponent; an exponent that does not fit in a uint64_t can
// only be computed for a in {-1, 0, 1}, which the caller handles. NULL when the result
// would exceed memory.
BigNum *bignum_pow(const BigNum *a, uint64_t exp);
// a << n (n >= 0; the caller rejects a negative count). NULL when out of memory.
BigNum *bignum_lshift(const BigNum *a, uint64_t n);
// a >> n, rounding toward minus infinity: -5 >> 1 == -3.
BigNum *bignum_rshift(const BigNum *a, uint64_t n);
// Bitwise operations as if both operands were infinite two's complement: -1 & 255 == 255.
BigNum *bignum_and(const BigNum *a, const BigNum *b);
BigNum *bignum_or(const BigNum *a, const BigNum *b);
BigNum *bignum_xor(const BigNum *a, const BigNum *b);
// ~a == -a - 1.
BigNum *bignum_invert(const BigNum *a);

// ---- Division and number theory (bignum_div.c). ----

// Python's divmod: *quot = a // b (floor) and *rem = a % b (sign of b), in one pass. Either
// out-parameter may be NULL. Returns BIGNUM_ZERO_DIVISION for b == 0 or BIGNUM_NO_MEMORY;
// outputs are new BigNums on success and NULL on failure.
BigNumStatus bignum_divmod(const BigNum *a, const BigNum *b, BigNum **quot, BigNum **rem);
BigNumStatus bignum_floordiv(const BigNum *a, const BigNum *b, BigNum **out);
BigNumStatus bignum_mod(const BigNum *a, const BigNum *b, BigNum **out);
// a / b correctly rounded to a double, as Python's int / int. Returns BIGNUM_ZERO_DIVISION,
// BIGNUM_OVERFLOW ("integer division result too large for a float") or BIGNUM_NO_MEMORY.
BigNumStatus bignum_truediv(const BigNum *a, const BigNum *b, double *out);
// pow(a, exp, m) for exp >= 0: the result has the sign of m, like a % m. Returns
// BIGNUM_ZERO_DIVISION for m == 0 ("pow() 3rd argument cannot be 0"), BIGNUM_INVALID for
// exp < 0 (the caller computes bignum_modinv first and raises that to -exp), or
// BIGNUM_NO_MEMORY.
BigNumStatus bignum_powmod(const BigNum *a, const BigNum *exp, const BigNum *m, BigNum **out);
// pow(a, -1, m): the inverse of a modulo m, with the sign convention of bignum_powmod.
// Returns BIGNUM_ZERO_DIVISION for m == 0, BIGNUM_NOT_INVERTIBLE ("base is not invertible
// for the given modulus") or BIGNUM_NO_MEMORY.
BigNumStatus bignum_modinv(const BigNum *a, const BigNum *m, BigNum **out);
// math.gcd: the non-negative greatest common divisor (gcd(0, 0) == 0). New or NULL.
BigNum *bignum_gcd(const BigNum *a, const BigNum *b);

#endif
