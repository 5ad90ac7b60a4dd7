// numfmt_parse: reading numbers from text as float() does, plus the two
// Unicode facts number parsing needs (which characters are decimal digits
// and which are white space), so that int() can share them.
//
// See also: runtime/numfmt.h (the other direction, double to text).
#ifndef CS_RUNTIME_NUMFMT_PARSE_H
#define CS_RUNTIME_NUMFMT_PARSE_H

#include "runtime/common.h"

// Parses the UTF-8 text s[0..len) with the rules of Python's float(str):
// surrounding white space (Unicode too), an optional sign, then "inf",
// "infinity" or "nan" in any case, or a decimal number with an optional
// exponent; single underscores only between digits; any Unicode decimal
// digit counts as a digit. Overflow gives +-inf and underflow +-0.0, as in
// Python. Returns false, leaving *out alone, when the text is not a float;
// the caller raises ValueError "could not convert string to float: <repr>".
bool numfmt_parse_float(const char *s, size_t len, double *out);

// The value 0..9 of a Unicode decimal digit (category Nd, Unicode 14.0 as in
// Python 3.11: ASCII, Arabic-Indic, Devanagari, fullwidth...), or -1.
int numfmt_parse_digit_value(uint32_t cp);

// True for the code points str.isspace() accepts.
bool numfmt_parse_is_space(uint32_t cp);

// Decodes one UTF-8 sequence from s[*pos..len) and advances *pos; returns
// false (leaving *pos alone) for a malformed or truncated sequence.
bool numfmt_parse_utf8_next(const char *s, size_t len, size_t *pos, uint32_t *cp);

#endif
