// UTF-8 and the two Unicode facts the front end needs: which characters
// may appear in an identifier, and which are printable (string reprs).
//
// The classes come from a table generated from Python 3.11's Unicode
// database (tests/unit/gen_unicode_table.py). Identifiers are not NFKC
// normalized and a continuation-only character (a combining mark, a
// non-ASCII digit) is accepted at the start of a name: both differ from
// CPython only for programs no one writes.
#ifndef CS_RUNTIME_UNICODE_H
#define CS_RUNTIME_UNICODE_H

#include "runtime/common.h"

typedef enum UnicodeClass {
    UNICODE_IDENT,      // a letter, digit or mark: allowed in identifiers
    UNICODE_SYMBOL,     // printable, but not allowed in identifiers
    UNICODE_NONPRINT,   // a control, format, separator, private-use or unassigned one
} UnicodeClass;

// The class of a code point; ASCII letters, digits and '_' are IDENT.
UnicodeClass unicode_class(uint32_t cp);

// Decodes one UTF-8 sequence at s (s < end). Returns its length in bytes
// and stores the code point, or returns 0 for an invalid sequence. Encoded
// surrogates (ED A0 80..ED BF BF) are invalid in source text but accepted
// with allow_surrogates: string literals like "\ud800" produce them.
int unicode_decode_utf8(const char *s, const char *end, uint32_t *cp, bool allow_surrogates);

// Encodes cp (at most 0x10FFFF) into out. Returns the length in bytes.
int unicode_encode_utf8(uint32_t cp, char out[4]);

#endif
