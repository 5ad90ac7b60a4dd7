// StrBuf: a growable byte buffer for building strings in C (reprs, error
// messages, formatting, f-strings). Not an object: one owner, freed with
// strbuf_free or handed over with strbuf_take. Appends abort the process
// only when memory is exhausted (callers building user-sized data check
// sizes first and raise MemoryError themselves).
#ifndef CS_RUNTIME_STRBUF_H
#define CS_RUNTIME_STRBUF_H

#include "runtime/common.h"

typedef struct StrBuf {
    char *data;     // NUL-terminated while len < cap
    size_t len;
    size_t cap;
} StrBuf;

void strbuf_init(StrBuf *sb);
void strbuf_free(StrBuf *sb);
// Makes room for `extra` more bytes.
void strbuf_reserve(StrBuf *sb, size_t extra);
// The same for a size the program asked for (a width, a count): returns
// false, with sb unchanged, when that much memory is not to be had, so the
// caller can raise MemoryError instead of the process dying.
bool strbuf_try_reserve(StrBuf *sb, size_t extra);
void strbuf_append(StrBuf *sb, const char *s, size_t len);
void strbuf_append_cstr(StrBuf *sb, const char *s);
void strbuf_append_char(StrBuf *sb, char c);
// Appends the UTF-8 encoding of a code point.
void strbuf_append_codepoint(StrBuf *sb, uint32_t cp);
void strbuf_printf(StrBuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void strbuf_vprintf(StrBuf *sb, const char *fmt, va_list ap);
// Appends `count` copies of byte c.
void strbuf_fill(StrBuf *sb, char c, size_t count);
// Gives the buffer (malloc'd, NUL-terminated) to the caller; sb is reset.
char *strbuf_take(StrBuf *sb, size_t *len);

#endif
