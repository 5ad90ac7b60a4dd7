// Text encodings: UTF-8, ASCII and Latin-1 in both directions, with the
// error handlers scripts use and CPython's messages.
//
// A str is stored as UTF-8 (obj_str.h), so encoding to UTF-8 is a copy
// that only has to look for lone surrogates (which a str may hold but
// UTF-8 may not), and decoding from UTF-8 is a validation that keeps the
// input bytes. Decoding errors cover CPython's "maximal subpart": a
// truncated or broken multi-byte sequence is one error (one U+FFFD under
// 'replace'), its length decided by the first byte that cannot continue
// it.
//
// See also: obj_bytes.c (bytes.decode, bytes(str, encoding)),
// str_methods.c (str.encode).
#include "runtime/codec.h"

#include "runtime/obj_bytes.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_str.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

// Aliases after normalization (lower case, '_' and ' ' read as '-').
static const struct {
    const char *alias;
    Codec codec;
} aliases[] = {
    {"utf-8", CODEC_UTF8},        {"utf8", CODEC_UTF8},          {"u8", CODEC_UTF8},
    {"utf", CODEC_UTF8},          {"cp65001", CODEC_UTF8},       {"ascii", CODEC_ASCII},
    {"us-ascii", CODEC_ASCII},    {"us", CODEC_ASCII},           {"646", CODEC_ASCII},
    {"latin-1", CODEC_LATIN1},    {"latin1", CODEC_LATIN1},      {"latin", CODEC_LATIN1},
    {"l1", CODEC_LATIN1},         {"iso-8859-1", CODEC_LATIN1},  {"iso8859-1", CODEC_LATIN1},
    {"8859", CODEC_LATIN1},       {"cp819", CODEC_LATIN1},       {"iso-ir-100", CODEC_LATIN1},
};

bool codec_parse(ThreadState *ts, const char *func, Value encoding, Value errors, Codec *codec,
                 const char **errors_name) {
    *codec = CODEC_UTF8;
    *errors_name = "strict";
    if (!val_is_null(errors)) {
        if (!val_is_str_like(errors)) {
            exc_raise(ts, &ExcTypeError, "%s() argument 'errors' must be str, not %s", func,
                      val_type_name(errors));
            return false;
        }
        *errors_name = as_str(errors)->data;
    }
    if (val_is_null(encoding)) {
        return true;
    }
    if (!val_is_str_like(encoding)) {
        exc_raise(ts, &ExcTypeError, "%s() argument 'encoding' must be str, not %s", func,
                  val_type_name(encoding));
        return false;
    }
    ObjStr *name = as_str(encoding);
    char norm[32];
    if (name->nbytes < (int64_t)sizeof norm) {
        for (int64_t i = 0; i <= name->nbytes; i++) {
            char c = name->data[i];
            norm[i] = (c == '_' || c == ' ') ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
        for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
            if (strcmp(norm, aliases[i].alias) == 0) {
                *codec = aliases[i].codec;
                return true;
            }
        }
    }
    exc_raise(ts, &ExcLookupError, "unknown encoding: %U", encoding.as.obj);
    return false;
}

enum Handler { H_STRICT, H_IGNORE, H_REPLACE, H_BACKSLASH, H_XMLCHARREF, H_SURROGATEESCAPE };

// The handler named `errors`, or -1 with LookupError.
static int handler_of(ThreadState *ts, const char *errors) {
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "xmlcharrefreplace", "surrogateescape"};
    for (int i = 0; i < 6; i++) {
        if (strcmp(errors, names[i]) == 0) {
            return i;
        }
    }
    exc_raise(ts, &ExcLookupError, "unknown error handler name '%s'", errors);
    return -1;
}

// --- decoding -----------------------------------------------------------------------

// Examines the UTF-8 sequence at s (n > 0 bytes available). Returns its
// length and code point when it is valid; otherwise 0, with *bad the
// number of bytes the error covers and *reason CPython's explanation.
static int utf8_sequence(const unsigned char *s, int64_t n, uint32_t *cp, int *bad,
                         const char **reason) {
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int need;
    unsigned lo = 0x80, hi = 0xBF;   // the range allowed for the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        lo = c == 0xE0 ? 0xA0 : 0x80;    // no overlong forms
        hi = c == 0xED ? 0x9F : 0xBF;    // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;    // nothing above U+10FFFF
    } else {
        *bad = 1;
        *reason = "invalid start byte";
        return 0;
    }
    uint32_t v = c & (0x3Fu >> need);
    for (int k = 1; k <= need; k++) {
        if (k >= n) {
            *bad = (int)n;
            *reason = "unexpected end of data";
            return 0;
        }
        unsigned b = s[k];
        if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) {
            *bad = k;
            *reason = "invalid continuation byte";
            return 0;
        }
        v = (v << 6) | (b & 0x3F);
    }
    *cp = v;
    return need + 1;
}

static void raise_decode(ThreadState *ts, Codec codec, const unsigned char *s, int64_t pos,
                         int64_t n, const char *reason) {
    if (n == 1) {
        exc_raise(ts, &ExcUnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %lld: %s",
                  codec_names[codec], s[pos], (long long)pos, reason);
    } else {
        exc_raise(ts, &ExcUnicodeDecodeError,
                  "'%s' codec can't decode bytes in position %lld-%lld: %s", codec_names[codec],
                  (long long)pos, (long long)(pos + n - 1), reason);
    }
}

// Applies a decoding error handler to the n bytes at s[pos]. false with an
// exception for 'strict' (or an unknown handler).
static bool handle_decode_error(ThreadState *ts, StrBuf *sb, Codec codec, const char *errors,
                                const unsigned char *s, int64_t pos, int64_t n,
                                const char *reason) {
    int h = handler_of(ts, errors);
    if (h < 0) {
        return false;
    }
    switch (h) {
    case H_IGNORE: return true;
    case H_REPLACE: strbuf_append_codepoint(sb, 0xFFFD); return true;
    case H_BACKSLASH:
        for (int64_t i = 0; i < n; i++) {
            strbuf_printf(sb, "\\x%02x", s[pos + i]);
        }
        return true;
    case H_SURROGATEESCAPE:
        for (int64_t i = 0; i < n; i++) {
            if (s[pos + i] < 0x80) {
                break;
            }
            strbuf_append_codepoint(sb, 0xDC00 + s[pos + i]);
        }
        if (s[pos] >= 0x80) {
            return true;
        }
        break;
    default: break;
    }
    raise_decode(ts, codec, s, pos, n, reason);
    return false;
}

Obj *codec_decode(ThreadState *ts, const char *data, int64_t len, Codec codec, const char *errors) {
    const unsigned char *s = (const unsigned char *)data;
    StrBuf sb;
    strbuf_init(&sb);
    int64_t count = 0;   // code points, when the input is kept as it is
    bool verbatim = true;
    for (int64_t i = 0; i < len;) {
        if (s[i] < 0x80) {
            if (!verbatim) {
                strbuf_append_char(&sb, (char)s[i]);
            }
            i++;
            count++;
            continue;
        }
        uint32_t cp = s[i];
        int n = 1, bad = 1;
        const char *reason = "ordinal not in range(128)";
        if (codec == CODEC_UTF8) {
            n = utf8_sequence(s + i, len - i, &cp, &bad, &reason);
        } else if (codec == CODEC_ASCII) {
            n = 0;
        }
        if (n > 0 && verbatim && codec == CODEC_UTF8) {
            i += n;
            count++;
            continue;
        }
        if (verbatim) {
            // The first byte that is not copied as it is: switch to building.
            verbatim = false;
            strbuf_append(&sb, data, (size_t)i);
        }
        if (n > 0) {
            strbuf_append_codepoint(&sb, cp);
            i += n;
            continue;
        }
        if (!handle_decode_error(ts, &sb, codec, errors, s, i, bad, reason)) {
            strbuf_free(&sb);
            return NULL;
        }
        i += bad;
    }
    Obj *r = verbatim ? str_new_known(ts, data, len, count)
                      : str_new(ts, sb.data ? sb.data : "", (int64_t)sb.len);
    strbuf_free(&sb);
    return r;
}

// --- encoding -----------------------------------------------------------------------

static bool encodable(Codec codec, uint32_t cp) {
    switch (codec) {
    case CODEC_ASCII: return cp < 0x80;
    case CODEC_LATIN1: return cp < 0x100;
    default: return cp < 0xD800 || cp > 0xDFFF;
    }
}

static void raise_encode(ThreadState *ts, Codec codec, uint32_t first, int64_t start, int64_t end) {
    const char *reason = codec == CODEC_ASCII    ? "ordinal not in range(128)"
                         : codec == CODEC_LATIN1 ? "ordinal not in range(256)"
                                                 : "surrogates not allowed";
    if (end - start > 1) {
        exc_raise(ts, &ExcUnicodeEncodeError, "'%s' codec can't encode characters in position %lld-%lld: %s",
                  codec_names[codec], (long long)start, (long long)(end - 1), reason);
        return;
    }
    char ch[16];
    snprintf(ch, sizeof ch, first < 0x100 ? "\\x%02x" : first < 0x10000 ? "\\u%04x" : "\\U%08x", first);
    exc_raise(ts, &ExcUnicodeEncodeError, "'%s' codec can't encode character '%s' in position %lld: %s",
              codec_names[codec], ch, (long long)start, reason);
}

// Appends the replacement of one unencodable code point; false when the
// handler cannot deal with it.
static bool encode_replacement(StrBuf *sb, int h, uint32_t cp) {
    switch (h) {
    case H_IGNORE: return true;
    case H_REPLACE: strbuf_append_char(sb, '?'); return true;
    case H_BACKSLASH:
        strbuf_printf(sb, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
        return true;
    case H_XMLCHARREF: strbuf_printf(sb, "&#%u;", cp); return true;
    case H_SURROGATEESCAPE:
        if (cp >= 0xDC80 && cp <= 0xDCFF) {
            strbuf_append_char(sb, (char)(cp - 0xDC00));
            return true;
        }
        return false;
    default: return false;
    }
}

Obj *codec_encode(ThreadState *ts, Obj *str, Codec codec, const char *errors) {
    ObjStr *s = (ObjStr *)str;
    if (s->ascii) {
        return bytes_new(ts, s->data, s->nbytes);
    }
    StrBuf sb;
    strbuf_init(&sb);
    const char *p = s->data, *end = s->data + s->nbytes;
    int64_t pos = 0;
    while (p < end) {
        const char *start = p;
        uint32_t cp = utf8_next(&p);
        if (encodable(codec, cp)) {
            if (codec == CODEC_UTF8) {
                strbuf_append(&sb, start, (size_t)(p - start));
            } else {
                strbuf_append_char(&sb, (char)cp);
            }
            pos++;
            continue;
        }
        // A run of unencodable characters is one error.
        int64_t run_start = pos;
        uint32_t first = cp;
        const char *q = p;
        int64_t run_end = pos + 1;
        while (q < end) {
            const char *r = q;
            if (encodable(codec, utf8_next(&r))) {
                break;
            }
            q = r;
            run_end++;
        }
        int h = handler_of(ts, errors);
        if (h < 0) {
            strbuf_free(&sb);
            return NULL;
        }
        const char *c = start;
        for (int64_t i = run_start; i < run_end; i++) {
            uint32_t x = utf8_next(&c);
            if (!encode_replacement(&sb, h, x)) {
                raise_encode(ts, codec, first, run_start, run_end);
                strbuf_free(&sb);
                return NULL;
            }
        }
        p = q;
        pos = run_end;
    }
    Obj *r = bytes_new(ts, sb.data ? sb.data : "", (int64_t)sb.len);
    strbuf_free(&sb);
    return r;
}
