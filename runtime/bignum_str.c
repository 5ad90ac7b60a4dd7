// Text conversion for bignums: parsing digit strings in bases 2..36 (int("...", base)) and
// printing magnitudes in those bases (str, hex, oct, bin, format).
//
// Power-of-two bases map characters straight onto bit fields, in linear time. Other bases
// work in chunks: the largest power of the base that fits in a digit (10^9 for decimal)
// is handled with one single-digit multiply or divide over the whole number per chunk, so
// the cost is quadratic in the length but with a small constant: a 10,000-digit decimal
// number takes about a million digit operations either way.
//
// See also: runtime/bignum.h (contract), runtime/bignum_mag.c (the kernels used here).
#include "runtime/bignum_mag.h"

static const char DIGIT_CHARS[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// The value of a digit character in bases up to 36, or 36 for anything else.
static int digit_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 36;
}

// log2(base) for a power of two, else 0.
static int power_of_two_bits(int base) {
    return (base & (base - 1)) == 0 ? __builtin_ctz((unsigned)base) : 0;
}

// The largest power of base that fits in a uint32_t, and its exponent in *per_chunk.
static uint32_t chunk_base(int base, int *per_chunk) {
    uint64_t big = (uint64_t)base;
    int k = 1;
    while (big * (uint64_t)base <= UINT32_MAX) {
        big *= (uint64_t)base;
        k++;
    }
    *per_chunk = k;
    return (uint32_t)big;
}

// Checks the characters and the underscores (only single ones, only between digits) and
// returns the number of digits, or 0 when the text is invalid.
static size_t count_digits(const char *s, size_t len, int base) {
    size_t count = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '_') {
            if (i == 0 || i + 1 == len || s[i - 1] == '_') {
                return 0;
            }
        } else if (digit_value(s[i]) >= base) {
            return 0;
        } else {
            count++;
        }
    }
    return count;
}

// Fills bit fields from the least significant character up.
static BigNum *parse_power_of_two(const char *s, size_t len, size_t n_digits, int bits) {
    uint64_t n = ((uint64_t)n_digits * (uint64_t)bits + 31) / 32;
    BigNum *r = bignum_mag_alloc(n);
    if (r == NULL) {
        return NULL;
    }
    uint64_t acc = 0;
    int acc_bits = 0;
    size_t out = 0;
    for (size_t i = len; i-- > 0;) {
        if (s[i] == '_') {
            continue;
        }
        acc |= (uint64_t)digit_value(s[i]) << acc_bits;
        acc_bits += bits;
        if (acc_bits >= 32) {
            r->digits[out++] = (uint32_t)acc;
            acc >>= 32;
            acc_bits -= 32;
        }
    }
    if (acc_bits > 0) {
        r->digits[out++] = (uint32_t)acc;
    }
    return bignum_mag_finish(r, out, false);
}

// Horner's rule one chunk at a time: value = value * base^k + chunk.
static BigNum *parse_chunked(const char *s, size_t len, size_t n_digits, int base) {
    int per_chunk;
    chunk_base(base, &per_chunk);
    // Each digit carries at most ceil(log2(base)) <= 6 bits; one spare for the carries.
    int bits_per_digit = 32 - __builtin_clz((unsigned)(base - 1));
    BigNum *r = bignum_mag_alloc(((uint64_t)n_digits * (uint64_t)bits_per_digit + 31) / 32 + 1);
    if (r == NULL) {
        return NULL;
    }
    size_t n = 0;
    // The first chunk takes the odd digits, so every later one has exactly per_chunk.
    size_t take = n_digits % (size_t)per_chunk;
    if (take == 0) {
        take = (size_t)per_chunk;
    }
    size_t i = 0;
    while (i < len) {
        uint32_t chunk = 0;
        uint32_t scale = 1;
        for (size_t got = 0; got < take; i++) {
            if (s[i] != '_') {
                chunk = chunk * (uint32_t)base + (uint32_t)digit_value(s[i]);
                scale *= (uint32_t)base;
                got++;
            }
        }
        uint32_t carry = bignum_mag_mul_small(r->digits, n, scale, chunk);
        if (carry != 0) {
            r->digits[n++] = carry;
        }
        take = (size_t)per_chunk;
        // Skip an underscore here so the loop condition sees the real end of the text.
        if (i < len && s[i] == '_') {
            i++;
        }
    }
    return bignum_mag_finish(r, n, false);
}

BigNumStatus bignum_from_digits(const char *s, size_t len, int base, BigNum **out) {
    *out = NULL;
    if (base < 2 || base > 36) {
        return BIGNUM_INVALID;
    }
    size_t n_digits = count_digits(s, len, base);
    if (n_digits == 0) {
        return BIGNUM_INVALID;
    }
    int bits = power_of_two_bits(base);
    *out = bits != 0 ? parse_power_of_two(s, len, n_digits, bits)
                     : parse_chunked(s, len, n_digits, base);
    return *out == NULL ? BIGNUM_NO_MEMORY : BIGNUM_OK;
}

// ---- Printing. ----

// One character per `bits`-bit field, most significant first.
static char *print_power_of_two(const BigNum *a, int bits, size_t *len_out) {
    size_t n = bignum_mag_len(a);
    uint64_t total = bignum_mag_bit_length(a->digits, n);
    size_t n_chars = (size_t)((total + (uint64_t)bits - 1) / (uint64_t)bits);
    char *text = malloc(n_chars + 1);
    if (text == NULL) {
        return NULL;
    }
    uint32_t mask = ((uint32_t)1 << bits) - 1;
    for (size_t c = 0; c < n_chars; c++) {
        uint64_t pos = (uint64_t)c * (uint64_t)bits;
        size_t k = (size_t)(pos / 32);
        int shift = (int)(pos % 32);
        uint64_t window = a->digits[k];
        if (k + 1 < n) {
            window |= (uint64_t)a->digits[k + 1] << 32;
        }
        text[n_chars - 1 - c] = DIGIT_CHARS[(window >> shift) & mask];
    }
    text[n_chars] = '\0';
    *len_out = n_chars;
    return text;
}

// Divides the n-digit a by 10^9 in place and returns the remainder. A separate loop with
// a constant divisor lets the compiler replace the division by a multiplication, which
// makes decimal printing several times faster than the generic path.
static uint32_t divrem_1e9(uint32_t *a, size_t n) {
    uint64_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        uint64_t cur = (rem << 32) | a[i];
        a[i] = (uint32_t)(cur / 1000000000u);
        rem = cur % 1000000000u;
    }
    return (uint32_t)rem;
}

// Peels chunks of per_chunk characters off the bottom by dividing by base^per_chunk.
static char *print_chunked(const BigNum *a, int base, size_t *len_out) {
    int per_chunk;
    uint32_t big = chunk_base(base, &per_chunk);
    size_t n = bignum_mag_len(a);
    // Each chunk removes at least floor(log2(big)) bits.
    int chunk_bits = 31 - __builtin_clz(big);
    size_t max_chunks = (size_t)(bignum_mag_bit_length(a->digits, n) / (uint64_t)chunk_bits) + 1;
    uint32_t *work = malloc(n * sizeof(uint32_t) + max_chunks * sizeof(uint32_t));
    if (work == NULL) {
        return NULL;
    }
    uint32_t *chunks = work + n;
    memcpy(work, a->digits, n * sizeof(uint32_t));
    size_t n_chunks = 0;
    while (n > 0) {
        chunks[n_chunks++] = base == 10 ? divrem_1e9(work, n)
                                        : bignum_mag_divrem_small(work, work, n, big);
        n = bignum_mag_trim(work, n);
    }
    // The top chunk prints without leading zeros, every other one with exactly per_chunk.
    char top[40];
    size_t top_len = 0;
    for (uint32_t v = chunks[n_chunks - 1]; v != 0; v /= (uint32_t)base) {
        top[top_len++] = DIGIT_CHARS[v % (uint32_t)base];
    }
    size_t total = top_len + (n_chunks - 1) * (size_t)per_chunk;
    char *text = malloc(total + 1);
    if (text != NULL) {
        for (size_t i = 0; i < top_len; i++) {
            text[i] = top[top_len - 1 - i];
        }
        char *p = text + total;
        *p = '\0';
        for (size_t c = 0; c + 1 < n_chunks; c++) {
            uint32_t v = chunks[c];
            for (int d = 0; d < per_chunk; d++) {
                *--p = DIGIT_CHARS[v % (uint32_t)base];
                v /= (uint32_t)base;
            }
        }
        *len_out = total;
    }
    free(work);
    return text;
}

char *bignum_to_str(const BigNum *a, int base, size_t *len_out) {
    size_t unused;
    if (len_out == NULL) {
        len_out = &unused;
    }
    if (base < 2 || base > 36) {
        return NULL;
    }
    if (a->size == 0) {
        char *text = malloc(2);
        if (text != NULL) {
            memcpy(text, "0", 2);
            *len_out = 1;
        }
        return text;
    }
    int bits = power_of_two_bits(base);
    return bits != 0 ? print_power_of_two(a, bits, len_out) : print_chunked(a, base, len_out);
}
