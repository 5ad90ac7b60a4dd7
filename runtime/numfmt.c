// numfmt: doubles to text (repr, and the e/f/g conversions format() and `%`
// use) and round(x, n), byte for byte as CPython 3.11.
//
// Every conversion goes through one intermediate form, Digits: the
// significant decimal digits of |x| with no leading or trailing zeros and
// the position of the decimal point (|x| = 0.d1d2d3... * 10^point). Zero is
// the single digit "0" with point 1. Three producers fill it:
//  - digits_significant: |x| rounded to n significant digits ('e', 'g');
//  - digits_fixed: |x| rounded to n digits after the point ('f');
//  - digits_shortest: the fewest digits that read back as x ('r', repr).
// One consumer, layout, writes Digits in positional or exponent form. The
// per-type rules (when 'g' switches to an exponent, how many zeros '#'
// keeps) sit in numfmt_float_to_string between the two.
//
// The producers ask printf for the digits: glibc and musl print the exact
// binary value, rounded half-even, which is what CPython's dtoa computes.
// A double's exact expansion has at most 767 significant digits and 1074
// digits after the point, so requests beyond those are capped and the
// layout pads with the zeros that would have followed.
//
// See also: runtime/numfmt.h (contract), runtime/numfmt_spec.c (format()),
// runtime/numfmt_printf.c (`%`).
#include "runtime/numfmt.h"

#include <limits.h>
#include <math.h>

// More significant digits than any double's exact expansion has.
#define MAX_SIGNIFICANT 800
// More digits after the point than any double's exact expansion has.
#define MAX_FRACTION 1100
// The longest printf output we ask for: 309 integer digits, the point and
// MAX_FRACTION fraction digits, or an exponent form with MAX_SIGNIFICANT digits.
#define DIGITS_CAP 1500

typedef struct Digits {
    char d[DIGITS_CAP];
    int n;           // number of digits, at least 1
    int point;       // |x| = 0.d[0]d[1]...d[n-1] * 10^point
    bool negative;   // the sign bit of x
} Digits;

// Drops leading and trailing zeros, moving the point to match; an all-zero
// string becomes the canonical zero.
static void digits_normalize(Digits *dg) {
    int start = 0;
    while (start < dg->n && dg->d[start] == '0') {
        start++;
    }
    if (start == dg->n) {
        dg->d[0] = '0';
        dg->n = 1;
        dg->point = 1;
        return;
    }
    memmove(dg->d, dg->d + start, (size_t)(dg->n - start));
    dg->n -= start;
    dg->point -= start;
    while (dg->d[dg->n - 1] == '0') {
        dg->n--;
    }
}

// Reads printf's "%e" output ("d.ddde+XX", or "de+XX" with no fraction).
static void digits_from_exponent_form(Digits *dg, const char *text) {
    dg->n = 0;
    const char *p = text;
    for (; *p != 'e'; p++) {
        if (*p != '.') {
            dg->d[dg->n++] = *p;
        }
    }
    dg->point = atoi(p + 1) + 1;
    digits_normalize(dg);
}

// |x| rounded half-even to `count` significant digits (1 <= count).
static void digits_significant(Digits *dg, double x, int count) {
    char text[DIGITS_CAP + 16];
    if (count > MAX_SIGNIFICANT) {
        count = MAX_SIGNIFICANT;
    }
    snprintf(text, sizeof text, "%.*e", count - 1, fabs(x));
    dg->negative = signbit(x) != 0;
    digits_from_exponent_form(dg, text);
}

// |x| rounded half-even to `fraction` digits after the point.
static void digits_fixed(Digits *dg, double x, int64_t fraction) {
    char text[DIGITS_CAP + 16];
    if (fraction > MAX_FRACTION) {
        fraction = MAX_FRACTION;
    }
    snprintf(text, sizeof text, "%.*f", (int)fraction, fabs(x));
    dg->negative = signbit(x) != 0;
    dg->n = 0;
    dg->point = 0;
    bool seen_point = false;
    for (const char *p = text; *p; p++) {
        if (*p == '.') {
            seen_point = true;
            continue;
        }
        dg->d[dg->n++] = *p;
        if (!seen_point) {
            dg->point++;
        }
    }
    digits_normalize(dg);
}

// The double that the decimal string in dg reads back as (sign ignored).
static double digits_value(const Digits *dg) {
    char text[DIGITS_CAP + 16];
    snprintf(text, sizeof text, "0.%.*se%d", dg->n, dg->d, dg->point);
    return strtod(text, NULL);
}

// Adds one unit in the last place of dg's digits (999 becomes 1000).
static void digits_increment(Digits *dg) {
    int i = dg->n - 1;
    while (i >= 0 && dg->d[i] == '9') {
        dg->d[i] = '0';
        i--;
    }
    if (i >= 0) {
        dg->d[i]++;
    } else {
        memmove(dg->d + 1, dg->d, (size_t)dg->n);
        dg->d[0] = '1';
        dg->n++;
        dg->point++;
    }
    digits_normalize(dg);
}

// The shortest digit string that reads back as x (x finite); among strings
// of that length, the one nearest to x. The nearest n-digit string is the
// only n-digit candidate unless x is a power of two: there the gap to the
// next double below is half the gap above, so the nearest string may fall
// just outside below while the next one up still reads back as x.
static void digits_shortest(Digits *dg, double x) {
    double ax = fabs(x);
    int exponent;
    bool power_of_two = frexp(ax, &exponent) == 0.5;
    for (int count = 1; count <= 17; count++) {
        digits_significant(dg, ax, count);
        if (digits_value(dg) == ax) {
            break;
        }
        if (power_of_two && ax != 0) {
            // Step the count-th digit, so first restore the stripped zeros.
            Digits up = *dg;
            memset(up.d + up.n, '0', (size_t)(count - up.n));
            up.n = count;
            digits_increment(&up);
            if (digits_value(&up) == ax) {
                *dg = up;
                break;
            }
        }
    }
    dg->negative = signbit(x) != 0;
}

// Appends `count` zero characters.
static void zeros(StrBuf *out, int64_t count) {
    if (count > 0) {
        strbuf_fill(out, '0', (size_t)count);
    }
}

// Writes dg (sign excluded) in positional or exponent form, with at least
// min_frac digits after the point; the point itself appears when digits
// follow it or keep_point asks for it ('#').
static void layout(StrBuf *out, const Digits *dg, bool use_exp, int64_t min_frac, bool keep_point,
                   bool upper) {
    if (use_exp) {
        int64_t frac_len = dg->n - 1;
        strbuf_append_char(out, dg->d[0]);
        if (frac_len > 0 || min_frac > 0 || keep_point) {
            strbuf_append_char(out, '.');
        }
        strbuf_append(out, dg->d + 1, (size_t)frac_len);
        zeros(out, min_frac - frac_len);
        int exponent = dg->point - 1;
        strbuf_printf(out, "%c%c%02d", upper ? 'E' : 'e', exponent < 0 ? '-' : '+', abs(exponent));
        return;
    }
    // Integer part: the digits before the point, zeros up to the point.
    if (dg->point <= 0) {
        strbuf_append_char(out, '0');
    } else {
        int used = dg->point < dg->n ? dg->point : dg->n;
        strbuf_append(out, dg->d, (size_t)used);
        zeros(out, dg->point - dg->n);
    }
    // Fraction part: zeros between the point and the first digit, then the
    // remaining digits.
    int64_t lead_zeros = dg->point < 0 ? -dg->point : 0;
    int first = dg->point > 0 ? dg->point : 0;
    int64_t rest = dg->n > first ? dg->n - first : 0;
    int64_t frac_len = rest > 0 ? lead_zeros + rest : 0;
    if (frac_len > 0 || min_frac > 0 || keep_point) {
        strbuf_append_char(out, '.');
    }
    if (rest > 0) {
        zeros(out, lead_zeros);
        strbuf_append(out, dg->d + first, (size_t)rest);
    }
    zeros(out, min_frac - frac_len);
}

NumfmtStatus numfmt_float_to_string(StrBuf *out, double x, char type, int64_t precision,
                                    unsigned flags) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (isnan(x)) {
        strbuf_append_cstr(out, upper ? "NAN" : "nan");
        return NUMFMT_OK;
    }
    if (isinf(x)) {
        strbuf_append_cstr(out, x < 0 ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf"));
        return NUMFMT_OK;
    }
    bool alt = flags & NUMFMT_ALT;
    bool wrapped_e = (type == 'e' || type == 'E') && precision == INT_MAX;
    // Only 'e', 'f' and '#g' pad out to the precision; plain 'g' strips
    // the zeros, so a huge precision costs it nothing.
    bool pads = type == 'e' || type == 'E' || type == 'f' || type == 'F' ||
                ((type == 'g' || type == 'G') && alt);
    if (pads && !wrapped_e && precision + 400 > NUMFMT_MAX_LEN) {
        return NUMFMT_MEMORY_ERROR;
    }
    Digits dg;
    bool use_exp;
    int64_t min_frac;
    switch (type) {
    case 'e':
    case 'E':
        if (wrapped_e) {
            // CPython adds one to the precision in an int, which wraps to a
            // negative count: it prints a single digit and no padding.
            digits_significant(&dg, x, 1);
            min_frac = 0;
        } else {
            digits_significant(&dg, x, (int)(precision + 1 < MAX_SIGNIFICANT ? precision + 1
                                                                               : MAX_SIGNIFICANT));
            min_frac = precision;
        }
        use_exp = true;
        break;
    case 'f':
    case 'F':
        digits_fixed(&dg, x, precision);
        use_exp = false;
        min_frac = precision;
        break;
    case 'g':
    case 'G': {
        int64_t significant = precision == 0 ? 1 : precision;
        digits_significant(&dg, x, (int)(significant < MAX_SIGNIFICANT ? significant
                                                                       : MAX_SIGNIFICANT));
        // With ADD_DOT_0 (format() with no type) an integer that needs
        // every significant digit switches to the exponent form one digit
        // earlier, so that it has room for its ".0".
        int64_t limit = (flags & NUMFMT_ADD_DOT_0) ? significant - 1 : significant;
        use_exp = dg.point < -3 || dg.point > limit;
        min_frac = !alt ? 0 : use_exp ? significant - 1 : significant - dg.point;
        break;
    }
    case 'r':
        digits_shortest(&dg, x);
        use_exp = dg.point < -3 || dg.point > 16;
        min_frac = 0;
        break;
    default:
        cs_fatal("numfmt_float_to_string: bad type '%c'", type);
    }
    if ((flags & NUMFMT_ADD_DOT_0) && !use_exp && min_frac < 1) {
        min_frac = 1;
    }
    if ((flags & NUMFMT_NO_NEG_0) && dg.n == 1 && dg.d[0] == '0') {
        dg.negative = false;
    }
    if (dg.negative) {
        strbuf_append_char(out, '-');
    }
    layout(out, &dg, use_exp, min_frac, alt, upper);
    return NUMFMT_OK;
}

void numfmt_float_repr_to(StrBuf *out, double x) {
    numfmt_float_to_string(out, x, 'r', 0, NUMFMT_ADD_DOT_0);
}

char *numfmt_float_repr(double x) {
    StrBuf sb;
    strbuf_init(&sb);
    numfmt_float_repr_to(&sb, x);
    return strbuf_take(&sb, NULL);
}

// Beyond these, round() returns x itself (every digit is kept) or a zero
// (every digit is rounded away); the bounds are CPython's.
#define ROUND_NDIGITS_MAX 323
#define ROUND_NDIGITS_MIN (-308)

// Rounds |x| half-even to a multiple of 10^places (1 <= places <= 308)
// and returns it with x's sign. The integer part of |x| is printed exactly;
// the fraction only matters to break what would otherwise be a tie.
static double round_to_tens(double x, int places) {
    double whole = trunc(fabs(x));
    bool has_fraction = whole != fabs(x);
    char text[DIGITS_CAP];
    int len = snprintf(text, sizeof text, "%.0f", whole);
    if (len < places) {
        // |x| < 10^(places-1), less than half of 10^places.
        return copysign(0.0, x);
    }
    int head = len - places;
    // Compare the dropped tail with 5000...0.
    int cmp = text[head] - '5';
    for (int i = head + 1; cmp == 0 && i < len; i++) {
        cmp = text[i] != '0';
    }
    bool last_odd = head > 0 && (text[head - 1] - '0') % 2 == 1;
    bool up = cmp > 0 || (cmp == 0 && (has_fraction || last_odd));
    Digits dg;
    memcpy(dg.d, text, (size_t)head);
    dg.n = head;
    dg.point = head;
    if (up) {
        if (head == 0) {
            // The integer 0, as one digit, about to become 1.
            dg.d[0] = '0';
            dg.n = 1;
            dg.point = 1;
        }
        digits_increment(&dg);
    } else if (head == 0) {
        return copysign(0.0, x);
    }
    dg.point += places;
    return copysign(digits_value(&dg), x);
}

bool numfmt_round_double(double x, int64_t ndigits, double *out) {
    if (!isfinite(x) || ndigits > ROUND_NDIGITS_MAX) {
        *out = x;
        return true;
    }
    if (ndigits < ROUND_NDIGITS_MIN) {
        *out = 0.0 * x;
        return true;
    }
    double rounded;
    if (ndigits >= 0) {
        char text[DIGITS_CAP];
        snprintf(text, sizeof text, "%.*f", (int)ndigits, x);
        rounded = strtod(text, NULL);
    } else {
        rounded = round_to_tens(x, (int)-ndigits);
    }
    *out = rounded;
    return !isinf(rounded);
}
