// numfmt_parse: float(str) and the Unicode digit and space tables.
//
// float() works in three passes over the text, as CPython's does:
//  1. Normalize: decode the UTF-8; keep ASCII as it is, turn any other
//     white space into ' ' and any other decimal digit into its ASCII digit.
//     Anything else non-ASCII can never be part of a float: fail at once.
//  2. Trim ASCII white space (" \t\n\v\f\r", not \x1c..\x1f, which
//     str.isspace() accepts but float() does not) from both ends, then drop
//     underscores, each of which must sit between two digits.
//  3. Check the grammar ourselves: [sign] (inf | infinity | nan), or
//     [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits].
//     Only then hand the clean ASCII to strtod, which rounds correctly but
//     would also accept hex floats and "nan(...)", which Python rejects.
//
// strtod reads '.' as the decimal point only in the "C" LC_NUMERIC locale,
// which is the one the interpreter runs in (it never calls setlocale for
// LC_NUMERIC, as CPython doesn't).
//
// See also: runtime/numfmt_parse.h (contract).
#include "runtime/numfmt_parse.h"

#include <math.h>

// The zero of each run of ten consecutive decimal digits outside ASCII
// (Unicode 14.0, the version of Python 3.11; every Nd character belongs to
// such a run). Sorted, for a binary search.
static const uint32_t DIGIT_ZEROS[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,
    0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,
    0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
    0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

int numfmt_parse_digit_value(uint32_t cp) {
    if (cp >= '0' && cp <= '9') {
        return (int)(cp - '0');
    }
    // Find the last run starting at or before cp.
    size_t lo = 0;
    size_t hi = sizeof DIGIT_ZEROS / sizeof DIGIT_ZEROS[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (DIGIT_ZEROS[mid] <= cp) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo > 0 && cp - DIGIT_ZEROS[lo - 1] < 10) {
        return (int)(cp - DIGIT_ZEROS[lo - 1]);
    }
    return -1;
}

bool numfmt_parse_is_space(uint32_t cp) {
    if (cp < 0x80) {
        return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1c && cp <= 0x1f);
    }
    switch (cp) {
    case 0x85:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200a;
    }
}

bool numfmt_parse_utf8_next(const char *s, size_t len, size_t *pos, uint32_t *cp) {
    const unsigned char *p = (const unsigned char *)s + *pos;
    size_t left = len - *pos;
    if (left == 0) {
        return false;
    }
    unsigned lead = p[0];
    size_t n;
    uint32_t value;
    uint32_t min;
    if (lead < 0x80) {
        *cp = lead;
        *pos += 1;
        return true;
    } else if (lead >= 0xc2 && lead <= 0xdf) {
        n = 2, value = lead & 0x1f, min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        n = 3, value = lead & 0x0f, min = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        n = 4, value = lead & 0x07, min = 0x10000;
    } else {
        return false;
    }
    if (left < n) {
        return false;
    }
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xc0) != 0x80) {
            return false;
        }
        value = (value << 6) | (p[i] & 0x3f);
    }
    if (value < min || value > 0x10ffff) {
        return false;
    }
    *cp = value;
    *pos += n;
    return true;
}

static bool is_ascii_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Pass 1: writes the normalized ASCII form of s into buf (room for len
// bytes), returning its length, or -1 when s cannot be a float.
static ptrdiff_t normalize(const char *s, size_t len, char *buf) {
    size_t pos = 0;
    size_t n = 0;
    while (pos < len) {
        uint32_t cp;
        if (!numfmt_parse_utf8_next(s, len, &pos, &cp)) {
            return -1;
        }
        if (cp < 0x80) {
            buf[n++] = (char)cp;
        } else if (numfmt_parse_is_space(cp)) {
            buf[n++] = ' ';
        } else {
            int digit = numfmt_parse_digit_value(cp);
            if (digit < 0) {
                return -1;
            }
            buf[n++] = (char)('0' + digit);
        }
    }
    return (ptrdiff_t)n;
}

// Pass 2, second half: removes underscores from t[0..n) in place, checking
// that each one has a digit on both sides. Returns the new length or -1.
static ptrdiff_t drop_underscores(char *t, size_t n) {
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i] != '_') {
            t[kept++] = t[i];
            continue;
        }
        if (i == 0 || !is_digit(t[i - 1]) || i + 1 == n || !is_digit(t[i + 1])) {
            return -1;
        }
    }
    return (ptrdiff_t)kept;
}

// Compares t[0..n) with a lower-case word, ignoring ASCII case.
static bool equals_word(const char *t, size_t n, const char *word) {
    if (strlen(word) != n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        char c = t[i];
        if (c >= 'A' && c <= 'Z') {
            c = (char)(c - 'A' + 'a');
        }
        if (c != word[i]) {
            return false;
        }
    }
    return true;
}

// Length of the run of ASCII digits at t[i..n).
static size_t digit_run(const char *t, size_t i, size_t n) {
    size_t start = i;
    while (i < n && is_digit(t[i])) {
        i++;
    }
    return i - start;
}

// Pass 3: true when t[0..n) (sign included) is a decimal float literal.
static bool is_decimal_literal(const char *t, size_t n) {
    size_t i = 0;
    if (i < n && (t[i] == '+' || t[i] == '-')) {
        i++;
    }
    size_t int_digits = digit_run(t, i, n);
    i += int_digits;
    size_t frac_digits = 0;
    if (i < n && t[i] == '.') {
        i++;
        frac_digits = digit_run(t, i, n);
        i += frac_digits;
    }
    if (int_digits + frac_digits == 0) {
        return false;
    }
    if (i < n && (t[i] == 'e' || t[i] == 'E')) {
        i++;
        if (i < n && (t[i] == '+' || t[i] == '-')) {
            i++;
        }
        size_t exp_digits = digit_run(t, i, n);
        if (exp_digits == 0) {
            return false;
        }
        i += exp_digits;
    }
    return i == n;
}

bool numfmt_parse_float(const char *s, size_t len, double *out) {
    char small[64];
    char *buf = len < sizeof small ? small : malloc(len + 1);
    if (!buf) {
        cs_fatal("out of memory parsing a float of %zu bytes", len);
    }
    bool ok = false;
    ptrdiff_t n = normalize(s, len, buf);
    if (n < 0) {
        goto done;
    }
    char *t = buf;
    while (n > 0 && is_ascii_space(t[0])) {
        t++;
        n--;
    }
    while (n > 0 && is_ascii_space(t[n - 1])) {
        n--;
    }
    n = drop_underscores(t, (size_t)n);
    if (n <= 0) {
        goto done;
    }
    bool negative = t[0] == '-';
    size_t skip = (t[0] == '-' || t[0] == '+') ? 1 : 0;
    const char *word = t + skip;
    size_t word_len = (size_t)n - skip;
    if (equals_word(word, word_len, "inf") || equals_word(word, word_len, "infinity")) {
        *out = negative ? -INFINITY : INFINITY;
        ok = true;
    } else if (equals_word(word, word_len, "nan")) {
        *out = negative ? -NAN : NAN;
        ok = true;
    } else if (is_decimal_literal(t, (size_t)n)) {
        t[n] = '\0';
        *out = strtod(t, NULL);
        ok = true;
    }
done:
    if (buf != small) {
        free(buf);
    }
    return ok;
}
