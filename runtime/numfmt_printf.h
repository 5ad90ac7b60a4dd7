// numfmt_printf: the pieces of `str % args` that turn one value into text,
// as CPython 3.11 does: parsing one conversion spec ("%-08.3f") and
// formatting a float, an int or a str with it.
//
// The caller walks the format string, handles "%%" and "%(key)", calls
// numfmt_printf_parse for the rest of each spec, fetches the arguments
// ('*' widths and precisions first, in order), picks the formatter from the
// conversion character and reports unsupported ones:
//   ValueError "unsupported format character 'q' (0x71) at index 3".
//
// Python differs from C in a few places, all handled here: "%#o" writes
// "0o17", "%.0d" % 0 writes "0", infinities and nans are "inf"/"nan"
// ("INF"/"NAN" for E F G) and still take zero padding ("%05f" gives "00inf").
//
// See also: runtime/numfmt.h, runtime/numfmt_spec.h (format()).
#ifndef CS_RUNTIME_NUMFMT_PRINTF_H
#define CS_RUNTIME_NUMFMT_PRINTF_H

#include "runtime/numfmt.h"

typedef struct PrintfSpec {
    bool left;             // '-': pad on the right
    bool plus;             // '+': always a sign
    bool space;            // ' ': a space where '+' would go
    bool alternate;        // '#'
    bool zero;             // '0': pad numbers with zeros after the sign
    bool width_star;       // width is '*': the caller takes it from the arguments
    bool precision_star;   // precision is '*': likewise
    int64_t width;         // -1 when not given
    int64_t precision;     // -1 when not given; 0 for a lone '.'
    uint32_t conversion;   // the conversion character (code point)
} PrintfSpec;

// Parses flags, width, precision, an optional length modifier (h, l or L,
// ignored) and the conversion character from the UTF-8 text[*pos..len),
// where *pos is just after the '%' (and after a "(key)"); advances *pos past
// the conversion character. Fails with a ValueError message in error:
// "incomplete format", "width too big", "precision too big".
//
// For a '*' the caller takes an int argument: a negative width sets `left`
// and uses its absolute value; a negative precision becomes 0.
NumfmtStatus numfmt_printf_parse(PrintfSpec *spec, const char *text, size_t len, size_t *pos,
                                 StrBuf *error);

// Formats a float for conversion e E f F g G (precision -1 means 6).
// Fails only with NUMFMT_MEMORY_ERROR for an outsized width or precision.
NumfmtStatus numfmt_printf_float(StrBuf *out, const PrintfSpec *spec, double x);

// The base conversion d i u o x X prints in: 10, 8 or 16 (-1 for others).
int numfmt_printf_base(uint32_t conversion);

// Formats an int for conversion d i u o x X from the digits of its absolute
// value in numfmt_printf_base's base (letters in either case).
NumfmtStatus numfmt_printf_int(StrBuf *out, const PrintfSpec *spec, bool negative,
                               const char *digits, size_t n_digits);

// Pads (and for s, r and a, truncates to the precision) an already
// converted str, UTF-8 s[0..len) of n_chars code points: %s %r %a %c.
NumfmtStatus numfmt_printf_str(StrBuf *out, const PrintfSpec *spec, const char *s, size_t len,
                               size_t n_chars);

#endif
