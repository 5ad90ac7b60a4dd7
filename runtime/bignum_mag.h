// Magnitude kernels shared by the bignum files (private: only runtime/bignum*.c include this).
//
// A magnitude is an array of base-2^32 digits, least significant first, with an explicit
// length. Kernels never allocate a BigNum and never look at signs; the public functions in
// bignum.c, bignum_div.c and bignum_str.c add signs, Python's rounding rules and
// normalization on top. Unless a comment says otherwise, inputs may carry leading zero
// digits, and an output array must not overlap an input.
//
// See also: runtime/bignum.h (the public contract), runtime/bignum_mag.c (definitions).
#ifndef CS_RUNTIME_BIGNUM_MAG_H
#define CS_RUNTIME_BIGNUM_MAG_H

#include "runtime/bignum.h"

// Largest number of digits we ever allocate. It keeps every bit count below 2^40, so bit
// arithmetic in uint64_t/int64_t cannot overflow, and requests beyond it become MemoryError.
#define BIGNUM_MAX_DIGITS ((uint64_t)1 << 34)

// Returns a new, uninitialized BigNum with room for n digits (size is set to 0), or NULL
// when the allocation fails or n exceeds BIGNUM_MAX_DIGITS.
BigNum *bignum_mag_alloc(uint64_t n);

// Strips leading zero digits of r's first n digits, stores the signed size and returns r.
// A zero result always gets size 0, whatever `negative` says.
BigNum *bignum_mag_finish(BigNum *r, size_t n, bool negative);

// Number of digits of a, without the sign.
static inline size_t bignum_mag_len(const BigNum *a) {
    return (size_t)(a->size < 0 ? -a->size : a->size);
}

// Length of the n-digit magnitude a once its leading zero digits are dropped.
static inline size_t bignum_mag_trim(const uint32_t *a, size_t n) {
    while (n > 0 && a[n - 1] == 0) {
        n--;
    }
    return n;
}

// Compares two trimmed magnitudes: -1, 0 or 1.
int bignum_mag_cmp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb);

// r = a + b for na >= nb; writes na digits and returns the carry (0 or 1). r may equal a.
uint32_t bignum_mag_add(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb);

// r = a - b for a >= b and na >= nb; writes na digits. r may equal a.
void bignum_mag_sub(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb);

// a = a * m + add in place over n digits; returns the digit that carries out.
uint32_t bignum_mag_mul_small(uint32_t *a, size_t n, uint32_t m, uint32_t add);

// r = a * b; writes na + nb digits. Uses Karatsuba for large balanced operands, which needs
// scratch memory: returns false (r undefined) when that allocation fails.
bool bignum_mag_mul(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb);

// q = a / d, returns a % d, for d != 0; writes n digits of q. q may equal a.
uint32_t bignum_mag_divrem_small(uint32_t *q, const uint32_t *a, size_t n, uint32_t d);

// Knuth's algorithm D: q = a / b and r = a % b for trimmed b (nb >= 1) and na >= nb.
// Writes na - nb + 1 digits of q and nb digits of r; either may be NULL when not wanted.
// Returns false when the scratch allocation fails.
bool bignum_mag_divrem(uint32_t *q, uint32_t *r, const uint32_t *a, size_t na,
                       const uint32_t *b, size_t nb);

// Number of significant bits of the trimmed magnitude a (0 for an empty one).
uint64_t bignum_mag_bit_length(const uint32_t *a, size_t n);

// Builds the double m * 2^e. m must be 0, in [2^52, 2^53) with a normal result, or below
// 2^52 with e == -1074 (a subnormal); the caller has already rounded.
double bignum_mag_make_double(uint64_t m, int64_t e, bool negative);

// Returns v >> drop rounded half to even, where the dropped bits of v and `sticky` (true
// when nonzero bits lie below v) decide the rounding. drop may be 0..64. The result can
// carry into one more bit than v >> drop has; callers check for that.
uint64_t bignum_mag_round(uint64_t v, int drop, bool sticky);

#endif
