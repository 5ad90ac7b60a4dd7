// StrBuf: see strbuf.h. Growth doubles the capacity, so appending n bytes
// one at a time costs O(n) in all.
#include "runtime/strbuf.h"

void strbuf_init(StrBuf *sb) {
    sb->data = NULL;
    sb->len = 0;
    sb->cap = 0;
}

void strbuf_free(StrBuf *sb) {
    free(sb->data);
    strbuf_init(sb);
}

// As cs_malloc's: a request this big would fail anyway, or worse, succeed
// on paper and bring the OOM killer.
#define STRBUF_MAX ((size_t)1 << 40)

bool strbuf_try_reserve(StrBuf *sb, size_t extra) {
    if (extra > STRBUF_MAX - sb->len) {
        return false;
    }
    size_t need = sb->len + extra + 1;   // + the terminating NUL
    if (need <= sb->cap) {
        return true;
    }
    size_t cap = sb->cap ? sb->cap : 32;
    while (cap < need) {
        cap *= 2;
    }
    char *p = realloc(sb->data, cap);
    if (!p) {
        return false;
    }
    sb->data = p;
    sb->cap = cap;
    return true;
}

void strbuf_reserve(StrBuf *sb, size_t extra) {
    if (!strbuf_try_reserve(sb, extra)) {
        cs_fatal("out of memory (string buffer of %zu more bytes)", extra);
    }
}

void strbuf_append(StrBuf *sb, const char *s, size_t len) {
    strbuf_reserve(sb, len);
    memcpy(sb->data + sb->len, s, len);
    sb->len += len;
    sb->data[sb->len] = '\0';
}

void strbuf_append_cstr(StrBuf *sb, const char *s) { strbuf_append(sb, s, strlen(s)); }

void strbuf_append_char(StrBuf *sb, char c) {
    strbuf_reserve(sb, 1);
    sb->data[sb->len++] = c;
    sb->data[sb->len] = '\0';
}

void strbuf_append_codepoint(StrBuf *sb, uint32_t cp) {
    char buf[4];
    size_t n;
    if (cp < 0x80) {
        buf[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        buf[0] = (char)(0xC0 | (cp >> 6));
        buf[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        buf[0] = (char)(0xE0 | (cp >> 12));
        buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        buf[0] = (char)(0xF0 | (cp >> 18));
        buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    strbuf_append(sb, buf, n);
}

void strbuf_vprintf(StrBuf *sb, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        return;
    }
    strbuf_reserve(sb, (size_t)n);
    vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
    sb->len += (size_t)n;
}

void strbuf_printf(StrBuf *sb, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(sb, fmt, ap);
    va_end(ap);
}

void strbuf_fill(StrBuf *sb, char c, size_t count) {
    strbuf_reserve(sb, count);
    memset(sb->data + sb->len, c, count);
    sb->len += count;
    sb->data[sb->len] = '\0';
}

char *strbuf_take(StrBuf *sb, size_t *len) {
    strbuf_reserve(sb, 0);   // guarantees a buffer even when nothing was appended
    char *p = sb->data;
    if (len) {
        *len = sb->len;
    }
    strbuf_init(sb);
    return p;
}
