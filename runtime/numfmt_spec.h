// numfmt_spec: the format-spec mini-language of format(), str.format and
// f-strings ("{x:>10.3f}"), applied to str, int and float as CPython 3.11
// does, including every ValueError message word for word.
//
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// Use: parse the spec once with numfmt_spec_parse for the target's kind,
// then call the formatter for that kind. An int needs one more step, since
// its digits come from the caller's bignum code: numfmt_spec_int_plan says
// which base to print |value| in (or to format the value as a character or
// as a float), then numfmt_spec_format_int lays the digits out.
//
// An empty spec behaves as str(x) for exact str, int and float; for a
// subclass with its own __str__, format(x, "") must call that, so callers
// short-cut the empty spec themselves.
//
// See also: runtime/numfmt.h (float digits), runtime/numfmt_printf.h (`%`).
#ifndef CS_RUNTIME_NUMFMT_SPEC_H
#define CS_RUNTIME_NUMFMT_SPEC_H

#include "runtime/numfmt.h"

// What a spec is being applied to; fixes the default type and alignment.
typedef enum FormatTarget {
    FORMAT_STR,     // default type 's', left-aligned
    FORMAT_INT,     // default type 'd', right-aligned
    FORMAT_FLOAT,   // no default type (repr-like), right-aligned
} FormatTarget;

typedef struct FormatSpec {
    uint32_t fill;       // code point: ' ', or '0' from the "0" flag, or the one given
    char align;          // '<' '>' '^' '='; the target's default when not given
    char sign;           // '+' '-' ' ', or 0 when not given
    bool no_neg_zero;    // 'z'
    bool alternate;      // '#'
    char grouping;       // ',' or '_', or 0
    int64_t width;       // -1 when not given
    int64_t precision;   // -1 when not given
    uint32_t type;       // code point; 0 means none (the target's default is filled in)
} FormatSpec;

// Parses the UTF-8 spec text[0..len) for a value of the given kind whose
// type is called type_name (for messages, e.g. "int"). On NUMFMT_VALUE_ERROR
// the message ("Invalid format specifier '...' for object of type 'int'",
// "Cannot specify ',' with 's'."...) is appended to error, for the caller
// to raise as ValueError.
NumfmtStatus numfmt_spec_parse(FormatSpec *spec, const char *text, size_t len,
                               FormatTarget target, const char *type_name, StrBuf *error);

// format(s, spec) for a str given as UTF-8 s[0..len) holding n_chars code
// points. Appends to out, or fails with a ValueError message in error
// (wrong type code, sign, '#', 'z' or '=').
NumfmtStatus numfmt_spec_format_str(StrBuf *out, const FormatSpec *spec, const char *s,
                                    size_t len, size_t n_chars, const char *type_name,
                                    StrBuf *error);

// What an int needs before numfmt_spec_format_int can lay it out.
typedef enum IntFormatPlan {
    INT_PLAN_ERROR,   // the spec is invalid for an int: error holds the ValueError message
    INT_PLAN_DIGITS,  // print |value| in *base (2, 8, 10 or 16), call numfmt_spec_format_int
    INT_PLAN_CHAR,    // type 'c': the caller checks the value fits in int64 (else
                      // OverflowError "Python int too large to convert to C long"), then
                      // 0 <= value <= 0x10FFFF (else OverflowError "%c arg not in
                      // range(0x110000)"), and calls numfmt_spec_format_char
    INT_PLAN_FLOAT,   // a float type (e E f F g G %): the caller converts the int to a
                      // double (OverflowError "int too large to convert to float") and
                      // calls numfmt_spec_format_float with the same spec
} IntFormatPlan;

IntFormatPlan numfmt_spec_int_plan(const FormatSpec *spec, const char *type_name, int *base,
                                   StrBuf *error);

// Lays out an int from the digits of its absolute value in the base the plan
// gave (letters in either case; 'X' prints them in upper case): sign, "0x"
// style prefix for '#', grouping, zero padding, fill and alignment.
NumfmtStatus numfmt_spec_format_int(StrBuf *out, const FormatSpec *spec, bool negative,
                                    const char *digits, size_t n_digits);

// Lays out the character cp for an int formatted with type 'c'.
NumfmtStatus numfmt_spec_format_char(StrBuf *out, const FormatSpec *spec, uint32_t cp);

// format(x, spec) for a float (or an int the plan sent here). Fails with
// "Unknown format code 'd' for object of type 'float'" or "precision too
// big" in error.
NumfmtStatus numfmt_spec_format_float(StrBuf *out, const FormatSpec *spec, double x,
                                      const char *type_name, StrBuf *error);

#endif
