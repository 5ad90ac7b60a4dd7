// str: creation, UTF-8 helpers, interning, hashing, comparison, indexing,
// slicing, repr, and the type's slots. The methods (split, join, find...)
// are in str_methods.c; `%` formatting and str.format in str_format.c.
//
// Interning keeps one table (open addressing on the string hash) of
// immortal strings. It is shared by all threads and, like everything else,
// only touched with the GIL held.
#include "runtime/codec.h"
#include "runtime/obj_str.h"
#include "runtime/str_ctype.h"

#include "runtime/obj_bytes.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_int.h"
#include "runtime/obj_list.h"
#include "runtime/obj_range.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"

// --- UTF-8 ------------------------------------------------------------------

int64_t utf8_count(const char *s, int64_t nbytes) {
    int64_t n = 0;
    for (int64_t i = 0; i < nbytes; i++) {
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    }
    return n;
}

uint32_t utf8_next(const char **p) {
    const unsigned char *s = (const unsigned char *)*p;
    uint32_t c = s[0];
    if (c < 0x80) {
        *p += 1;
        return c;
    }
    if (c < 0xE0) {
        *p += 2;
        return ((c & 0x1F) << 6) | (s[1] & 0x3F);
    }
    if (c < 0xF0) {
        *p += 3;
        return ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
    *p += 4;
    return ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

int64_t str_cp_offset(ObjStr *s, int64_t i) {
    if (s->ascii) {
        return i;
    }
    const char *p = s->data;
    const char *end = s->data + s->nbytes;
    while (i > 0 && p < end) {
        p++;
        while (p < end && ((unsigned char)*p & 0xC0) == 0x80) {
            p++;
        }
        i--;
    }
    return p - s->data;
}

// --- creation -----------------------------------------------------------------

static ObjStr *ascii_chars[128];

Obj *str_new_uninit(ThreadState *ts, int64_t nbytes) {
    if (nbytes < 0 || (uint64_t)nbytes > ((uint64_t)1 << 40)) {
        exc_no_memory(ts);
        return NULL;
    }
    ObjStr *s = (ObjStr *)obj_alloc(ts, &StrType, sizeof(ObjStr) + (size_t)nbytes + 1);
    if (!s) {
        return NULL;
    }
    s->nbytes = nbytes;
    s->hash = -1;
    s->data[nbytes] = '\0';
    return &s->base;
}

void str_finish(Obj *o) {
    ObjStr *s = (ObjStr *)o;
    s->len = utf8_count(s->data, s->nbytes);
    s->ascii = s->len == s->nbytes;
}

Obj *str_new_known(ThreadState *ts, const char *utf8, int64_t nbytes, int64_t len) {
    if (len == 1 && nbytes == 1 && (unsigned char)utf8[0] < 128 && ascii_chars[(int)utf8[0]]) {
        Obj *c = &ascii_chars[(int)utf8[0]]->base;
        obj_incref(c);
        return c;
    }
    Obj *o = str_new_uninit(ts, nbytes);
    if (!o) {
        return NULL;
    }
    ObjStr *s = (ObjStr *)o;
    memcpy(s->data, utf8, (size_t)nbytes);
    s->len = len;
    s->ascii = len == nbytes;
    return o;
}

Obj *str_new(ThreadState *ts, const char *utf8, int64_t nbytes) {
    return str_new_known(ts, utf8, nbytes, utf8_count(utf8, nbytes));
}

Obj *str_from_cstr(ThreadState *ts, const char *s) { return str_new(ts, s, (int64_t)strlen(s)); }

Obj *str_from_codepoint(ThreadState *ts, uint32_t cp) {
    if (cp < 128) {
        return str_new_known(ts, (char[]){(char)cp}, 1, 1);
    }
    StrBuf sb;
    strbuf_init(&sb);
    strbuf_append_codepoint(&sb, cp);
    Obj *s = str_new_known(ts, sb.data, (int64_t)sb.len, 1);
    strbuf_free(&sb);
    return s;
}

// Length of a valid UTF-8 sequence starting at s (at most n bytes), or 0.
static int utf8_valid_seq(const unsigned char *s, int64_t n) {
    unsigned c = s[0];
    int len;
    uint32_t min;
    if (c < 0x80) {
        return 1;
    } else if (c >= 0xC2 && c < 0xE0) {
        len = 2;
        min = 0x80;
    } else if (c >= 0xE0 && c < 0xF0) {
        len = 3;
        min = 0x800;
    } else if (c >= 0xF0 && c < 0xF5) {
        len = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (n < len) {
        return 0;
    }
    uint32_t cp = c & (0x7F >> len);
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            return 0;
        }
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) {
        return 0;
    }
    return len;
}

Obj *str_decode_utf8(ThreadState *ts, const char *bytes, int64_t nbytes) {
    const unsigned char *s = (const unsigned char *)bytes;
    int64_t count = 0;
    for (int64_t i = 0; i < nbytes;) {
        int n = utf8_valid_seq(s + i, nbytes - i);
        if (n == 0) {
            exc_raise(ts, &ExcUnicodeDecodeError,
                      "'utf-8' codec can't decode byte 0x%02x in position %lld: %s", s[i],
                      (long long)i,
                      (s[i] >= 0x80 && s[i] < 0xC0) ? "invalid start byte"
                      : (nbytes - i < 4)            ? "unexpected end of data"
                                                    : "invalid continuation byte");
            return NULL;
        }
        i += n;
        count++;
    }
    return str_new_known(ts, bytes, nbytes, count);
}

// --- interning ----------------------------------------------------------------

static ObjStr **intern_table;
static int64_t intern_mask = -1;
static int64_t intern_count;

static void intern_insert(ObjStr *s) {
    int64_t i = str_hash(&s->base) & intern_mask;
    while (intern_table[i]) {
        i = (i + 1) & intern_mask;
    }
    intern_table[i] = s;
}

static void intern_grow(void) {
    int64_t old_size = intern_mask + 1;
    ObjStr **old = intern_table;
    int64_t size = old_size ? old_size * 2 : 1024;
    intern_table = calloc((size_t)size, sizeof(ObjStr *));
    if (!intern_table) {
        cs_fatal("out of memory");
    }
    intern_mask = size - 1;
    for (int64_t i = 0; i < old_size; i++) {
        if (old[i]) {
            intern_insert(old[i]);
        }
    }
    free(old);
}

static ObjStr *intern_find(const char *data, int64_t nbytes, int64_t hash) {
    if (intern_mask < 0) {
        return NULL;
    }
    for (int64_t i = hash & intern_mask; intern_table[i]; i = (i + 1) & intern_mask) {
        ObjStr *s = intern_table[i];
        if (s->hash == hash && s->nbytes == nbytes && memcmp(s->data, data, (size_t)nbytes) == 0) {
            return s;
        }
    }
    return NULL;
}

static void intern_add(ObjStr *s) {
    if ((intern_count + 1) * 2 > intern_mask + 1) {
        intern_grow();
    }
    s->interned = true;
    s->base.refcnt = IMMORTAL_REFCNT;
    intern_insert(s);
    intern_count++;
}

Obj *str_intern(ThreadState *ts, Obj *o) {
    (void)ts;
    ObjStr *s = (ObjStr *)o;
    if (s->interned) {
        return o;
    }
    ObjStr *found = intern_find(s->data, s->nbytes, str_hash(o));
    if (found) {
        obj_decref(o);
        return &found->base;
    }
    if (s->base.refcnt != 1) {
        // Others hold this object: intern a private copy instead.
        Obj *copy = str_new_known(ts, s->data, s->nbytes, s->len);
        if (!copy) {
            cs_fatal("out of memory");
        }
        obj_decref(o);
        s = (ObjStr *)copy;
        str_hash(copy);
    }
    intern_add(s);
    return &s->base;
}

Obj *str_intern_cstr(const char *cs) {
    int64_t n = (int64_t)strlen(cs);
    // Hash without allocating, so that looking up an existing name is cheap.
    int64_t h;
    {
        uint64_t x = 14695981039346656037ull;
        for (int64_t i = 0; i < n; i++) {
            x = (x ^ (unsigned char)cs[i]) * 1099511628211ull;
        }
        h = (int64_t)(x >> 1);
        if (h == -1) {
            h = -2;
        }
    }
    ObjStr *found = intern_find(cs, n, h);
    if (found) {
        return &found->base;
    }
    ObjStr *s = (ObjStr *)calloc(1, sizeof(ObjStr) + (size_t)n + 1);
    if (!s) {
        cs_fatal("out of memory");
    }
    s->base.type = &StrType;
    memcpy(s->data, cs, (size_t)n + 1);
    s->nbytes = n;
    s->len = utf8_count(cs, n);
    s->ascii = s->len == n;
    s->hash = h;
    intern_add(s);
    return &s->base;
}

// --- hashing and comparison -----------------------------------------------------

// FNV-1a over the UTF-8 bytes. Must agree with the copy in str_intern_cstr.
int64_t str_hash(Obj *o) {
    ObjStr *s = (ObjStr *)o;
    if (s->hash != -1) {
        return s->hash;
    }
    uint64_t x = 14695981039346656037ull;
    for (int64_t i = 0; i < s->nbytes; i++) {
        x = (x ^ (unsigned char)s->data[i]) * 1099511628211ull;
    }
    int64_t h = (int64_t)(x >> 1);
    if (h == -1) {
        h = -2;
    }
    s->hash = h;
    return h;
}

bool str_eq(Obj *a, Obj *b) {
    if (a == b) {
        return true;
    }
    ObjStr *x = (ObjStr *)a, *y = (ObjStr *)b;
    if (x->nbytes != y->nbytes) {
        return false;
    }
    if (x->interned && y->interned) {
        return false;
    }
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) {
        return false;
    }
    return memcmp(x->data, y->data, (size_t)x->nbytes) == 0;
}

bool str_eq_cstr(Obj *a, const char *s) {
    ObjStr *x = (ObjStr *)a;
    size_t n = strlen(s);
    return (size_t)x->nbytes == n && memcmp(x->data, s, n) == 0;
}

int str_compare(Obj *a, Obj *b) {
    ObjStr *x = (ObjStr *)a, *y = (ObjStr *)b;
    int64_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c != 0) {
        return c < 0 ? -1 : 1;
    }
    return x->nbytes < y->nbytes ? -1 : x->nbytes > y->nbytes;
}

// --- building -----------------------------------------------------------------

Obj *str_concat(ThreadState *ts, Obj *a, Obj *b) {
    ObjStr *x = (ObjStr *)a, *y = (ObjStr *)b;
    if (y->nbytes == 0) {
        obj_incref(a);
        return a;
    }
    if (x->nbytes == 0) {
        obj_incref(b);
        return b;
    }
    Obj *o = str_new_uninit(ts, x->nbytes + y->nbytes);
    if (!o) {
        return NULL;
    }
    ObjStr *s = (ObjStr *)o;
    memcpy(s->data, x->data, (size_t)x->nbytes);
    memcpy(s->data + x->nbytes, y->data, (size_t)y->nbytes);
    s->len = x->len + y->len;
    s->ascii = x->ascii && y->ascii;
    return o;
}

Obj *str_slice(ThreadState *ts, ObjStr *s, int64_t start, int64_t stop, int64_t step) {
    if (step == 1) {
        if (stop <= start) {
            return str_new_known(ts, "", 0, 0);
        }
        if (start == 0 && stop == s->len) {
            obj_incref(&s->base);
            return &s->base;
        }
        int64_t b0 = str_cp_offset(s, start);
        int64_t b1 = stop;
        if (!s->ascii) {
            const char *p = s->data + b0;
            for (int64_t i = start; i < stop; i++) {
                utf8_next(&p);
            }
            b1 = p - s->data;
        }
        return str_new_known(ts, s->data + b0, b1 - b0, stop - start);
    }
    StrBuf sb;
    strbuf_init(&sb);
    int64_t n = 0;
    if (s->ascii) {
        for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step) {
            strbuf_append_char(&sb, s->data[i]);
            n++;
        }
    } else {
        // Decode once into code points, then pick.
        uint32_t *cps = malloc(sizeof(uint32_t) * (size_t)(s->len ? s->len : 1));
        if (!cps) {
            exc_no_memory(ts);
            return NULL;
        }
        const char *p = s->data;
        for (int64_t i = 0; i < s->len; i++) {
            cps[i] = utf8_next(&p);
        }
        for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step) {
            strbuf_append_codepoint(&sb, cps[i]);
            n++;
        }
        free(cps);
    }
    Obj *r = str_new_known(ts, sb.data ? sb.data : "", (int64_t)sb.len, n);
    strbuf_free(&sb);
    return r;
}

// --- formatting for C callers (messages) ----------------------------------------

static void append_value_str(ThreadState *ts, StrBuf *sb, Value v, bool repr) {
    Value s = repr ? obj_repr(ts, v) : obj_str(ts, v);
    if (val_is_null(s)) {
        // A failing __repr__ inside an error message: show something useful
        // rather than losing the message.
        exc_clear(ts);
        strbuf_printf(sb, "<%s object>", val_type_name(v));
        return;
    }
    strbuf_append(sb, as_str(s)->data, (size_t)as_str(s)->nbytes);
    val_decref(s);
}

Obj *str_vformat_c(ThreadState *ts, const char *fmt, va_list ap) {
    StrBuf sb;
    strbuf_init(&sb);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            strbuf_append_char(&sb, *p);
            continue;
        }
        p++;
        if (p[0] == '.' && p[1] == '*' && p[2] == 's') {
            // %.*s: at most n bytes of a C string (n an int argument).
            int n = va_arg(ap, int);
            const char *str = va_arg(ap, const char *);
            size_t len = strnlen(str, n < 0 ? 0 : (size_t)n);
            strbuf_append(&sb, str, len);
            p += 2;
            continue;
        }
        char spec[16];
        int k = 0;
        spec[k++] = '%';
        while (*p == 'l' || *p == 'z' || *p == '.' || (*p >= '0' && *p <= '9')) {
            if (k < 12) {
                spec[k++] = *p;
            }
            p++;
        }
        spec[k++] = *p;
        spec[k] = '\0';
        switch (*p) {
        case '%': strbuf_append_char(&sb, '%'); break;
        case 'R': append_value_str(ts, &sb, va_arg(ap, Value), true); break;
        case 'S': append_value_str(ts, &sb, va_arg(ap, Value), false); break;
        case 'T': strbuf_append_cstr(&sb, val_type_name(va_arg(ap, Value))); break;
        case 'U': {
            Obj *o = va_arg(ap, Obj *);
            strbuf_append(&sb, ((ObjStr *)o)->data, (size_t)((ObjStr *)o)->nbytes);
            break;
        }
        case 'c': strbuf_append_codepoint(&sb, (uint32_t)va_arg(ap, int)); break;
        case 's':
            if (strchr(spec, '.')) {
                strbuf_printf(&sb, spec, va_arg(ap, const char *));
            } else {
                strbuf_append_cstr(&sb, va_arg(ap, const char *));
            }
            break;
        case 'p': strbuf_printf(&sb, "%p", va_arg(ap, void *)); break;
        case 'd':
        case 'i':
        case 'u':
        case 'x':
            if (strstr(spec, "ll")) {
                strbuf_printf(&sb, spec, va_arg(ap, long long));
            } else if (strchr(spec, 'l')) {
                strbuf_printf(&sb, spec, va_arg(ap, long));
            } else if (strchr(spec, 'z')) {
                strbuf_printf(&sb, spec, va_arg(ap, size_t));
            } else {
                strbuf_printf(&sb, spec, va_arg(ap, int));
            }
            break;
        case 'f':
        case 'g': strbuf_printf(&sb, spec, va_arg(ap, double)); break;
        default: cs_fatal("bad format directive in '%s'", fmt);
        }
    }
    Obj *s = str_new(ts, sb.data ? sb.data : "", (int64_t)sb.len);
    strbuf_free(&sb);
    return s;
}

Obj *str_format_c(ThreadState *ts, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Obj *s = str_vformat_c(ts, fmt, ap);
    va_end(ap);
    return s;
}

// --- repr -----------------------------------------------------------------------


void str_repr_to(StrBuf *sb, ObjStr *s, bool ascii_only) {
    bool has_single = memchr(s->data, '\'', (size_t)s->nbytes) != NULL;
    bool has_double = memchr(s->data, '"', (size_t)s->nbytes) != NULL;
    char quote = (has_single && !has_double) ? '"' : '\'';
    strbuf_append_char(sb, quote);
    const char *p = s->data;
    const char *end = p + s->nbytes;
    while (p < end) {
        const char *start = p;
        uint32_t cp = utf8_next(&p);
        if (cp == (uint32_t)quote || cp == '\\') {
            strbuf_append_char(sb, '\\');
            strbuf_append_char(sb, (char)cp);
        } else if (cp == '\n') {
            strbuf_append_cstr(sb, "\\n");
        } else if (cp == '\r') {
            strbuf_append_cstr(sb, "\\r");
        } else if (cp == '\t') {
            strbuf_append_cstr(sb, "\\t");
        } else if (cp < 0x80) {
            if (cp < 0x20 || cp == 0x7F) {
                strbuf_printf(sb, "\\x%02x", cp);
            } else {
                strbuf_append_char(sb, (char)cp);
            }
        } else if (!ascii_only && ctype_is_printable(cp)) {  // repr escapes the rest
            strbuf_append(sb, start, (size_t)(p - start));
        } else if (cp < 0x100) {
            strbuf_printf(sb, "\\x%02x", cp);
        } else if (cp < 0x10000) {
            strbuf_printf(sb, "\\u%04x", cp);
        } else {
            strbuf_printf(sb, "\\U%08x", cp);
        }
    }
    strbuf_append_char(sb, quote);
}

static Value str_repr(ThreadState *ts, Value v) {
    StrBuf sb;
    strbuf_init(&sb);
    str_repr_to(&sb, as_str(v), false);
    Obj *s = str_new(ts, sb.data, (int64_t)sb.len);
    strbuf_free(&sb);
    return s ? val_obj(s) : VNULL;
}

static Value str_str(ThreadState *ts, Value v) {
    if (val_is_str(v)) {
        return val_dup(v);
    }
    // A str subclass instance: str() gives the exact str.
    ObjStr *s = as_str(v);
    Obj *r = str_new_known(ts, s->data, s->nbytes, s->len);
    return r ? val_obj(r) : VNULL;
}

static int str_hash_slot(ThreadState *ts, Value v, int64_t *out) {
    (void)ts;
    *out = str_hash(v.as.obj);
    return 0;
}

static Value str_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    (void)ts;
    if (!val_is_str_like(a) || !val_is_str_like(b)) {
        return VNOTIMPL;
    }
    if (op == CMP_EQ || op == CMP_NE) {
        bool eq = str_eq(a.as.obj, b.as.obj);
        return val_bool(op == CMP_EQ ? eq : !eq);
    }
    int c = str_compare(a.as.obj, b.as.obj);
    switch (op) {
    case CMP_LT: return val_bool(c < 0);
    case CMP_LE: return val_bool(c <= 0);
    case CMP_GT: return val_bool(c > 0);
    default: return val_bool(c >= 0);
    }
}

static int64_t str_len(ThreadState *ts, Value v) {
    (void)ts;
    return as_str(v)->len;
}

static Value str_getitem(ThreadState *ts, Value v, Value key) {
    ObjStr *s = as_str(v);
    if (val_has_type(key, &SliceType)) {
        int64_t start, stop, step;
        if (slice_indices(ts, key.as.obj, s->len, &start, &stop, &step) < 0) {
            return VNULL;
        }
        Obj *r = str_slice(ts, s, start, stop, step);
        return r ? val_obj(r) : VNULL;
    }
    int64_t i;
    if (key.tag == VAL_INT) {
        i = key.as.i;
    } else if (!val_is_intlike(key) && val_type(key)->index == NULL &&
               !(val_type(key)->flags & TYPE_HEAP)) {
        return exc_raise(ts, &ExcTypeError, "string indices must be integers, not '%s'",
                         val_type_name(key));
    } else if (!obj_index_i64(ts, key, &i)) {
        if (exc_matches(ts, &ExcTypeError)) {
            exc_clear(ts);
            exc_raise(ts, &ExcTypeError, "string indices must be integers, not '%s'",
                      val_type_name(key));
        }
        return VNULL;
    }
    if (i < 0) {
        i += s->len;
    }
    if (i < 0 || i >= s->len) {
        return exc_raise(ts, &ExcIndexError, "string index out of range");
    }
    if (s->ascii) {
        return val_obj(str_new_known(ts, s->data + i, 1, 1));
    }
    const char *p = s->data + str_cp_offset(s, i);
    const char *q = p;
    utf8_next(&q);
    Obj *r = str_new_known(ts, p, q - p, 1);
    return r ? val_obj(r) : VNULL;
}

static int str_contains(ThreadState *ts, Value v, Value item) {
    if (!val_is_str_like(item)) {
        exc_raise(ts, &ExcTypeError, "'in <string>' requires string as left operand, not %s",
                  val_type_name(item));
        return -1;
    }
    ObjStr *s = as_str(v), *sub = as_str(item);
    if (sub->nbytes == 0) {
        return 1;
    }
    return memmem(s->data, (size_t)s->nbytes, sub->data, (size_t)sub->nbytes) != NULL;
}

static Value str_add(ThreadState *ts, Value a, Value b) {
    if (!val_is_str_like(a)) {
        return VNOTIMPL;
    }
    if (!val_is_str_like(b)) {
        if (val_type(b)->flags & TYPE_HEAP) {
            return VNOTIMPL;
        }
        return exc_raise(ts, &ExcTypeError, "can only concatenate str (not \"%s\") to str",
                         val_type_name(b));
    }
    Obj *r = str_concat(ts, a.as.obj, b.as.obj);
    return r ? val_obj(r) : VNULL;
}

static Value str_repeat(ThreadState *ts, ObjStr *s, Value count) {
    int64_t n;
    if (!obj_index_i64(ts, count, &n)) {
        if (exc_matches(ts, &ExcIndexError)) {
            exc_clear(ts);
            exc_raise(ts, &ExcOverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return VNULL;
    }
    if (n <= 0 || s->nbytes == 0) {
        return val_obj(str_new_known(ts, "", 0, 0));
    }
    if (n == 1 && s->base.type == &StrType) {
        return val_dup(val_obj(&s->base));
    }
    if (s->nbytes > INT64_MAX / n) {
        return exc_no_memory(ts);
    }
    Obj *o = str_new_uninit(ts, s->nbytes * n);
    if (!o) {
        return VNULL;
    }
    ObjStr *r = (ObjStr *)o;
    for (int64_t i = 0; i < n; i++) {
        memcpy(r->data + i * s->nbytes, s->data, (size_t)s->nbytes);
    }
    r->len = s->len * n;
    r->ascii = s->ascii;
    return val_obj(o);
}

static Value str_mul(ThreadState *ts, Value a, Value b) {
    if (val_is_str_like(a) && (val_is_intlike(b) || val_type(b)->index)) {
        return str_repeat(ts, as_str(a), b);
    }
    if (val_is_str_like(b) && (val_is_intlike(a) || val_type(a)->index)) {
        return str_repeat(ts, as_str(b), a);
    }
    if (val_is_str_like(a) && !val_is_str_like(b) && !(val_type(b)->flags & TYPE_HEAP)) {
        return exc_raise(ts, &ExcTypeError, "can't multiply sequence by non-int of type '%s'",
                         val_type_name(b));
    }
    return VNOTIMPL;
}

Value str_percent_format(ThreadState *ts, Value fmt, Value args);   // str_format.c

static Value str_mod(ThreadState *ts, Value a, Value b) {
    if (!val_is_str_like(a)) {
        return VNOTIMPL;
    }
    return str_percent_format(ts, a, b);
}

static Value str_iter(ThreadState *ts, Value v) {
    Obj *it = seqiter_new(ts, &SeqIterType, v);
    return it ? val_obj(it) : VNULL;
}

static Value str_new_slot(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames);

static void str_dealloc(Obj *o) { obj_free(o); }

Type StrType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "str",
    .flags = TYPE_BASETYPE | TYPE_VARSIZE,
    .basic_size = sizeof(ObjStr),
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str",
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .getattr = generic_getattr,
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .iter = str_iter,
    .nb = {[BINOP_ADD] = str_add, [BINOP_MUL] = str_mul, [BINOP_MOD] = str_mod},
    .new_ = str_new_slot,
};

// str(object='') / str(bytes, encoding, errors)
static Value str_new_slot(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    Value obj = VNULL, encoding = VNULL, errors = VNULL;
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (nargs > 3) {
        return exc_raise(ts, &ExcTypeError, "str() takes at most 3 arguments (%lld given)",
                         (long long)(nargs + nkw));
    }
    if (nargs > 0) obj = args[0];
    if (nargs > 1) encoding = args[1];
    if (nargs > 2) errors = args[2];
    for (int64_t i = 0; i < nkw; i++) {
        Obj *k = tuple_get(kwnames, i).as.obj;
        Value v = args[nargs + i];
        if (str_eq_cstr(k, "object")) obj = v;
        else if (str_eq_cstr(k, "encoding")) encoding = v;
        else if (str_eq_cstr(k, "errors")) errors = v;
        else return exc_raise(ts, &ExcTypeError, "'%U' is an invalid keyword argument for str()", k);
    }
    Value r;
    if (val_is_null(obj)) {
        r = val_obj(str_new_known(ts, "", 0, 0));
    } else if (!val_is_null(encoding) || !val_is_null(errors)) {
        const char *data;
        int64_t len;
        if (!bytes_view(ts, obj, &data, &len)) {
            exc_clear(ts);
            return exc_raise(ts, &ExcTypeError, "decoding to str: need a bytes-like object, %s found",
                             val_type_name(obj));
        }
        Codec codec;
        const char *errors_name;
        if (!codec_parse(ts, "str", encoding, errors, &codec, &errors_name)) {
            return VNULL;
        }
        Obj *s = codec_decode(ts, data, len, codec, errors_name);
        r = s ? val_obj(s) : VNULL;
    } else {
        r = obj_str(ts, obj);
    }
    if (val_is_null(r) || type == &StrType) {
        return r;
    }
    // A subclass of str: copy the text into an instance of it. Its
    // instances keep the text inline too, with their own fields (__dict__,
    // __slots__) after it (OFFSET_AFTER_ITEMS in runtime/object.h).
    ObjStr *src = as_str(r);
    size_t end = offsetof(ObjStr, data) + (size_t)src->nbytes + 1;
    ObjStr *s = (ObjStr *)obj_alloc(ts, type, obj_var_size(type, end));
    if (!s) {
        val_decref(r);
        return VNULL;
    }
    memcpy(s->data, src->data, (size_t)src->nbytes + 1);
    s->nbytes = src->nbytes;
    s->len = src->len;
    s->ascii = src->ascii;
    s->hash = -1;
    val_decref(r);
    return val_obj(&s->base);
}

void str_init_cache(void) {
    for (int c = 0; c < 128; c++) {
        char buf[2] = {(char)c, 0};
        ascii_chars[c] = NULL;
        Obj *s;
        // Interned single characters double as the one-character cache.
        if (c == 0) {
            ObjStr *z = calloc(1, sizeof(ObjStr) + 2);
            if (!z) {
                cs_fatal("out of memory");
            }
            z->base.type = &StrType;
            z->base.refcnt = IMMORTAL_REFCNT;
            z->nbytes = 1;
            z->len = 1;
            z->ascii = true;
            z->hash = -1;
            s = &z->base;
        } else {
            s = str_intern_cstr(buf);
        }
        ascii_chars[c] = (ObjStr *)s;
    }
}
