// numfmt: turning doubles into text exactly as CPython 3.11 does, and
// round(x, n). This header is the core every other formatter builds on:
// repr(float), the typed conversions behind format() and `%`, and rounding.
//
// The library is pure C: it knows nothing about objects or thread states.
// Results are appended to a StrBuf; failures come back as a NumfmtStatus
// and, for a ValueError, a message appended to a second StrBuf (`error`,
// owned by the caller, who raises it; it may hold NUL bytes quoted from a
// spec, so use its len). Nothing here raises, allocates objects or touches
// the GIL.
//
// Decimal digits come from the C library's printf, which (in glibc and
// musl) converts the exact binary value with correct round-half-even, the
// same rounding CPython's dtoa uses; everything around the digits (layout,
// exponent rules, signs, padding) is done here.
//
// See also: runtime/numfmt_spec.h (the format() mini-language),
// runtime/numfmt_printf.h (`%` formatting), runtime/numfmt_parse.h (float()).
#ifndef CS_RUNTIME_NUMFMT_H
#define CS_RUNTIME_NUMFMT_H

#include "runtime/common.h"
#include "runtime/strbuf.h"

// The largest result, in bytes, the formatters agree to build. A width or
// precision asking for more yields NUMFMT_MEMORY_ERROR instead of an abort
// (StrBuf aborts when malloc fails); CPython would try and raise
// MemoryError only when the allocation fails.
#define NUMFMT_MAX_LEN ((int64_t)1 << 30)

typedef enum NumfmtStatus {
    NUMFMT_OK = 0,
    NUMFMT_VALUE_ERROR,    // the error StrBuf holds the message for ValueError
    NUMFMT_MEMORY_ERROR,   // the result would pass NUMFMT_MAX_LEN: raise MemoryError
} NumfmtStatus;

// Flags for numfmt_float_to_string, named after what Python's spec says.
enum {
    NUMFMT_ALT = 1,        // '#': keep the decimal point (and 'g' keeps trailing zeros)
    NUMFMT_ADD_DOT_0 = 2,  // a positional result gets at least one fraction digit: "1.0"
    NUMFMT_NO_NEG_0 = 4,   // 'z': a result that rounds to zero drops its minus sign
};

// Appends x as CPython's float-to-string conversion does: '-' for negative
// values (never a '+'; nan never gets a sign), then the digits. type is one
// of e E f F g G (precision as in C's printf, 0 <= precision <= INT_MAX) or
// 'r', the shortest string that reads back as x (precision ignored), laid
// out like repr with exponents below 1e-4 and from 1e16. Upper-case types
// write 'E', "INF" and "NAN". Returns NUMFMT_MEMORY_ERROR (appending
// nothing) when the precision asks for more than NUMFMT_MAX_LEN bytes.
NumfmtStatus numfmt_float_to_string(StrBuf *out, double x, char type, int64_t precision,
                                    unsigned flags);

// Appends repr(x), which is also str(x): "1.0", "1e+16", "1.5e-05", "-0.0",
// "inf", "nan".
void numfmt_float_repr_to(StrBuf *out, double x);
// repr(x) as a new malloc'd NUL-terminated string owned by the caller.
char *numfmt_float_repr(double x);

// round(x, ndigits) for a float: the exact binary value rounded half-even to
// ndigits decimals (negative ndigits round to tens, hundreds...), so
// round(2.675, 2) == 2.67. inf and nan are returned unchanged. Returns false
// when the rounded value overflows, where Python raises OverflowError
// "rounded value too large to represent"; *out is then inf.
bool numfmt_round_double(double x, int64_t ndigits, double *out);

#endif
