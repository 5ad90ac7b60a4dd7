// Unicode character properties and case mappings for the str methods
// (isalpha, isdigit, upper, casefold...), from tables generated out of
// Python 3.11's Unicode database so that the answers match CPython's.
//
// The case mappings are the full ones Python uses: a code point may map to
// up to three ('ß'.upper() == 'SS', 'ŉ'.upper() == 'ʼN').
#ifndef CS_RUNTIME_STR_CTYPE_H
#define CS_RUNTIME_STR_CTYPE_H

#include "runtime/common.h"

bool ctype_is_alpha(uint32_t cp);
bool ctype_is_decimal(uint32_t cp);
bool ctype_is_digit(uint32_t cp);
bool ctype_is_numeric(uint32_t cp);
bool ctype_is_space(uint32_t cp);
bool ctype_is_lower(uint32_t cp);
bool ctype_is_upper(uint32_t cp);
bool ctype_is_title(uint32_t cp);     // titlecase letters such as 'ǅ'
bool ctype_is_cased(uint32_t cp);     // lower, upper or title
// Ignored when deciding whether a sigma ends a word: combining marks,
// apostrophes, modifier letters (an approximation of Unicode's property).
bool ctype_is_case_ignorable(uint32_t cp);
bool ctype_is_printable(uint32_t cp);
bool ctype_is_linebreak(uint32_t cp);  // what str.splitlines() splits at

// Full case mappings: store 1 to 3 code points in out and return how many.
int ctype_to_lower(uint32_t cp, uint32_t out[3]);
int ctype_to_upper(uint32_t cp, uint32_t out[3]);
int ctype_to_title(uint32_t cp, uint32_t out[3]);
int ctype_casefold(uint32_t cp, uint32_t out[3]);

#endif
