// bytes and bytearray: creation, the constructors' many forms, the slots
// (repr, hash, ==, [], in, +, *, iteration), and what only bytearray can do
// (item and slice assignment, append, extend, pop, insert, remove...).
//
// bytes keeps its bytes inline after the header, like str (TYPE_VARSIZE),
// so a subclass instance keeps its __dict__ after them (OFFSET_AFTER_ITEMS in
// runtime/object.h). bytearray owns a separate buffer that grows like a
// list's, by about an eighth.
//
// The methods both types share (find, split, strip, decode, ...) are in
// bytes_methods.c; encoding and decoding text is in codec.c.
#include "runtime/obj_bytes.h"

#include "runtime/args.h"
#include "runtime/codec.h"
#include "runtime/memsearch.h"
#include "runtime/obj_class.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_list.h"
#include "runtime/obj_range.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/sequence.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"

#define BYTES_MAX_LEN ((int64_t)1 << 40)

Type BytesIterType, ByteArrayIterType;

static inline ObjBytes *as_bytes(Value v) { return (ObjBytes *)v.as.obj; }
static inline ObjByteArray *as_bytearray(Value v) { return (ObjByteArray *)v.as.obj; }

// --- creation -----------------------------------------------------------------------

static ObjBytes *bytes_alloc(ThreadState *ts, Type *type, int64_t len) {
    if (len < 0 || len > BYTES_MAX_LEN) {
        exc_no_memory(ts);
        return NULL;
    }
    // A subclass's instance may keep its __dict__ after the bytes.
    size_t end = offsetof(ObjBytes, data) + (size_t)len + 1;
    ObjBytes *b = (ObjBytes *)obj_alloc(ts, type, obj_var_size(type, end));
    if (!b) {
        return NULL;
    }
    b->len = len;
    b->hash = -1;
    return b;
}

Obj *bytes_new(ThreadState *ts, const char *data, int64_t len) {
    ObjBytes *b = bytes_alloc(ts, &BytesType, len);
    if (!b) {
        return NULL;
    }
    if (len) {
        memcpy(b->data, data, (size_t)len);
    }
    return &b->base;
}

// Makes room for `need` bytes. false with MemoryError.
static bool bytearray_reserve(ThreadState *ts, ObjByteArray *ba, int64_t need) {
    // Once reserved, the buffer exists even when empty, so that memcpy and
    // friends never see a NULL pointer.
    if (need <= ba->cap && ba->data) {
        return true;
    }
    if (need > BYTES_MAX_LEN) {
        exc_no_memory(ts);
        return false;
    }
    int64_t cap = need + (need >> 3) + (need < 9 ? 3 : 6);
    char *data = cs_realloc(ba->data, (size_t)cap + 1);
    if (!data) {
        exc_no_memory(ts);
        return false;
    }
    ba->data = data;
    ba->cap = cap;
    return true;
}

static ObjByteArray *bytearray_alloc(ThreadState *ts, Type *type) {
    size_t size = type->basic_size > sizeof(ObjByteArray) ? type->basic_size : sizeof(ObjByteArray);
    return (ObjByteArray *)obj_alloc(ts, type, size);
}

// Replaces the contents of a bytearray by a copy of data (which may point
// into the bytearray itself).
static int bytearray_assign(ThreadState *ts, ObjByteArray *ba, const char *data, int64_t len) {
    if (data >= ba->data && data < ba->data + ba->len) {
        memmove(ba->data, data, (size_t)len);
        ba->len = len;
        return 0;
    }
    if (!bytearray_reserve(ts, ba, len)) {
        return -1;
    }
    if (len) {
        memcpy(ba->data, data, (size_t)len);
    }
    ba->len = len;
    return 0;
}

Obj *bytearray_new(ThreadState *ts, const char *data, int64_t len) {
    ObjByteArray *ba = bytearray_alloc(ts, &ByteArrayType);
    if (!ba) {
        return NULL;
    }
    if (bytearray_assign(ts, ba, data, len) < 0) {
        obj_decref(&ba->base);
        return NULL;
    }
    return &ba->base;
}

Value bytes_like_new(ThreadState *ts, Value like, const char *data, int64_t len) {
    Obj *r = val_is_bytearray(like) ? bytearray_new(ts, data, len) : bytes_new(ts, data, len);
    return r ? val_obj(r) : VNULL;
}

bool bytes_view(ThreadState *ts, Value v, const char **data, int64_t *len) {
    if (v.tag == VAL_OBJ && val_isinstance(v, &BytesType)) {
        *data = as_bytes(v)->data;
        *len = as_bytes(v)->len;
        return true;
    }
    if (val_is_bytearray(v)) {
        *data = as_bytearray(v)->data ? as_bytearray(v)->data : "";
        *len = as_bytearray(v)->len;
        return true;
    }
    exc_raise(ts, &ExcTypeError, "a bytes-like object is required, not '%s'", val_type_name(v));
    return false;
}

static bool is_bytes_like(Value v) {
    return v.tag == VAL_OBJ && (val_isinstance(v, &BytesType) || val_is_bytearray(v));
}

// --- construction -------------------------------------------------------------------

// Reads an int 0..255 from v; `what` is "bytes" or "byte" for the message.
static bool byte_value(ThreadState *ts, Value v, const char *what, unsigned char *out) {
    int64_t i;
    if (!obj_index_i64(ts, v, &i)) {
        if (exc_matches(ts, &ExcIndexError)) {
            exc_clear(ts);
            exc_raise(ts, &ExcValueError, "%s must be in range(0, 256)", what);
        }
        return false;
    }
    if (i < 0 || i > 255) {
        exc_raise(ts, &ExcValueError, "%s must be in range(0, 256)", what);
        return false;
    }
    *out = (unsigned char)i;
    return true;
}

// Collects the ints of an iterable into sb. false with an exception.
static bool collect_ints(ThreadState *ts, Value iterable, StrBuf *sb, const char *what) {
    Value it = obj_iter(ts, iterable);
    if (val_is_null(it)) {
        return false;
    }
    for (;;) {
        Value x = obj_next(ts, it);
        if (val_is_null(x)) {
            break;
        }
        unsigned char c;
        bool ok = byte_value(ts, x, what, &c);
        val_decref(x);
        if (!ok) {
            break;
        }
        strbuf_append_char(sb, (char)c);
    }
    val_decref(it);
    return !exc_occurred(ts);
}

// The bytes that bytes(x, encoding, errors) or bytearray(...) hold, in sb.
// `name` is "bytes" or "bytearray".
static bool constructor_contents(ThreadState *ts, const char *name, Value x, Value encoding,
                                 Value errors, StrBuf *sb) {
    if (!val_is_null(encoding) || !val_is_null(errors)) {
        if (val_is_null(x) || !val_is_str_like(x)) {
            exc_raise(ts, &ExcTypeError, "%s without a string argument",
                      val_is_null(encoding) ? "errors" : "encoding");
            return false;
        }
        Codec codec;
        const char *handler;
        if (!codec_parse(ts, name, encoding, errors, &codec, &handler)) {
            return false;
        }
        Obj *b = codec_encode(ts, x.as.obj, codec, handler);
        if (!b) {
            return false;
        }
        strbuf_append(sb, ((ObjBytes *)b)->data, (size_t)((ObjBytes *)b)->len);
        obj_decref(b);
        return true;
    }
    if (val_is_null(x)) {
        return true;
    }
    if (val_is_str_like(x)) {
        exc_raise(ts, &ExcTypeError, "string argument without an encoding");
        return false;
    }
    if (x.tag == VAL_OBJ && (val_type(x)->flags & TYPE_HEAP)) {
        Value conv = type_lookup(val_type(x), str_intern_cstr("__bytes__"));
        if (!val_is_null(conv)) {
            Value r = obj_call_method(ts, x, "__bytes__", NULL, 0);
            if (val_is_null(r)) {
                return false;
            }
            if (!val_isinstance(r, &BytesType)) {
                exc_raise(ts, &ExcTypeError, "__bytes__ returned non-bytes (type %s)",
                          val_type_name(r));
                val_decref(r);
                return false;
            }
            strbuf_append(sb, as_bytes(r)->data, (size_t)as_bytes(r)->len);
            val_decref(r);
            return true;
        }
    }
    if (val_is_intlike(x) || (val_type(x)->index && !is_bytes_like(x))) {
        int64_t n;
        if (!obj_index_i64(ts, x, &n)) {
            if (exc_matches(ts, &ExcIndexError)) {
                exc_clear(ts);
                exc_raise(ts, &ExcOverflowError, "cannot fit 'int' into an index-sized integer");
            }
            return false;
        }
        if (n < 0) {
            exc_raise(ts, &ExcValueError, "negative count");
            return false;
        }
        if (n > BYTES_MAX_LEN || !strbuf_try_reserve(sb, (size_t)n)) {
            exc_no_memory(ts);
            return false;
        }
        strbuf_fill(sb, 0, (size_t)n);
        return true;
    }
    if (is_bytes_like(x)) {
        const char *data;
        int64_t len;
        bytes_view(ts, x, &data, &len);
        strbuf_append(sb, data, (size_t)len);
        return true;
    }
    if (!val_type(x)->iter && !val_type(x)->getitem) {
        exc_raise(ts, &ExcTypeError, "cannot convert '%s' object to %s", val_type_name(x), name);
        return false;
    }
    return collect_ints(ts, x, sb, strcmp(name, "bytes") == 0 ? "bytes" : "byte");
}

static bool constructor_args(ThreadState *ts, const char *name, Value *args, int64_t nargs,
                             Obj *kwnames, Value *out) {
    static const char *const names[] = {"source", "encoding", "errors"};
    if (nargs > 3) {
        exc_raise(ts, &ExcTypeError, "%s() takes at most 3 arguments (%lld given)", name,
                  (long long)nargs);
        return false;
    }
    return args_parse(ts, name, args, nargs, kwnames, names, 3, 0, out);
}

static Value bytes_new_slot(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    Value a[3];
    if (!constructor_args(ts, "bytes", args, nargs, kwnames, a)) {
        return VNULL;
    }
    if (type == &BytesType && val_is_bytes(a[0]) && val_is_null(a[1]) && val_is_null(a[2])) {
        return val_dup(a[0]);
    }
    StrBuf sb;
    strbuf_init(&sb);
    if (!constructor_contents(ts, "bytes", a[0], a[1], a[2], &sb)) {
        strbuf_free(&sb);
        return VNULL;
    }
    ObjBytes *b = bytes_alloc(ts, type, (int64_t)sb.len);
    if (b && sb.len) {
        memcpy(b->data, sb.data, sb.len);
    }
    strbuf_free(&sb);
    return b ? val_obj(&b->base) : VNULL;
}

static Value bytearray_new_slot(ThreadState *ts, Type *type, Value *args, int64_t nargs,
                                Obj *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    ObjByteArray *ba = bytearray_alloc(ts, type);
    return ba ? val_obj(&ba->base) : VNULL;
}

static int bytearray_init_slot(ThreadState *ts, Value self, Value *args, int64_t nargs,
                               Obj *kwnames) {
    Value a[3];
    if (!constructor_args(ts, "bytearray", args, nargs, kwnames, a)) {
        return -1;
    }
    StrBuf sb;
    strbuf_init(&sb);
    if (!constructor_contents(ts, "bytearray", a[0], a[1], a[2], &sb)) {
        strbuf_free(&sb);
        return -1;
    }
    int r = bytearray_assign(ts, as_bytearray(self), sb.data ? sb.data : "", (int64_t)sb.len);
    strbuf_free(&sb);
    return r;
}

// --- repr and hash ------------------------------------------------------------------

// bytearray's repr escapes every single quote, even inside double quotes,
// as CPython's does.
static void repr_body(StrBuf *sb, const char *data, int64_t len, bool escape_single) {
    bool has_single = memchr(data, '\'', (size_t)len) != NULL;
    bool has_double = memchr(data, '"', (size_t)len) != NULL;
    char quote = (has_single && !has_double) ? '"' : '\'';
    strbuf_append_char(sb, 'b');
    strbuf_append_char(sb, quote);
    for (int64_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c == (unsigned char)quote || c == '\\' || (c == '\'' && escape_single)) {
            strbuf_append_char(sb, '\\');
            strbuf_append_char(sb, (char)c);
        } else if (c == '\t') {
            strbuf_append_cstr(sb, "\\t");
        } else if (c == '\n') {
            strbuf_append_cstr(sb, "\\n");
        } else if (c == '\r') {
            strbuf_append_cstr(sb, "\\r");
        } else if (c < 0x20 || c >= 0x7F) {
            strbuf_printf(sb, "\\x%02x", c);
        } else {
            strbuf_append_char(sb, (char)c);
        }
    }
    strbuf_append_char(sb, quote);
}

void bytes_repr_to(StrBuf *sb, const char *data, int64_t len) { repr_body(sb, data, len, false); }

static Value bytes_repr(ThreadState *ts, Value v) {
    StrBuf sb;
    strbuf_init(&sb);
    bytes_repr_to(&sb, as_bytes(v)->data, as_bytes(v)->len);
    Obj *s = str_new(ts, sb.data, (int64_t)sb.len);
    strbuf_free(&sb);
    return s ? val_obj(s) : VNULL;
}

static Value bytearray_repr(ThreadState *ts, Value v) {
    ObjByteArray *ba = as_bytearray(v);
    StrBuf sb;
    strbuf_init(&sb);
    strbuf_printf(&sb, "%s(", val_type_name(v));
    repr_body(&sb, ba->data ? ba->data : "", ba->len, true);
    strbuf_append_char(&sb, ')');
    Obj *s = str_new(ts, sb.data, (int64_t)sb.len);
    strbuf_free(&sb);
    return s ? val_obj(s) : VNULL;
}

// FNV-1a, the same function as str's, so that hash(b'abc') == hash('abc')
// as in CPython.
static int bytes_hash(ThreadState *ts, Value v, int64_t *out) {
    (void)ts;
    ObjBytes *b = as_bytes(v);
    if (b->hash == -1) {
        uint64_t x = 14695981039346656037ull;
        for (int64_t i = 0; i < b->len; i++) {
            x = (x ^ (unsigned char)b->data[i]) * 1099511628211ull;
        }
        int64_t h = (int64_t)(x >> 1);
        b->hash = h == -1 ? -2 : h;
    }
    *out = b->hash;
    return 0;
}

// --- comparison, length, items ------------------------------------------------------

static Value bytes_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    const char *x, *y;
    int64_t nx, ny;
    if (!is_bytes_like(a) || !is_bytes_like(b)) {
        return VNOTIMPL;
    }
    bytes_view(ts, a, &x, &nx);
    bytes_view(ts, b, &y, &ny);
    if ((op == CMP_EQ || op == CMP_NE) && nx != ny) {
        return val_bool(op == CMP_NE);
    }
    int c = memcmp(x, y, (size_t)(nx < ny ? nx : ny));
    if (c == 0) {
        c = nx < ny ? -1 : nx > ny;
    }
    switch (op) {
    case CMP_LT: return val_bool(c < 0);
    case CMP_LE: return val_bool(c <= 0);
    case CMP_EQ: return val_bool(c == 0);
    case CMP_NE: return val_bool(c != 0);
    case CMP_GT: return val_bool(c > 0);
    default: return val_bool(c >= 0);
    }
}

static int64_t bytes_len(ThreadState *ts, Value v) {
    const char *data;
    int64_t len;
    bytes_view(ts, v, &data, &len);
    return len;
}

// Resolves an index (negative from the end). false with TypeError or
// IndexError; `kind` names the type in messages ("byte", "bytearray").
static bool item_index(ThreadState *ts, Value key, int64_t len, const char *kind,
                       const char *range_msg, int64_t *out) {
    int64_t i;
    if (key.tag == VAL_INT) {
        i = key.as.i;
    } else if (!val_is_intlike(key) && !val_type(key)->index && !(val_type(key)->flags & TYPE_HEAP)) {
        exc_raise(ts, &ExcTypeError, "%s indices must be integers or slices, not %s", kind,
                  val_type_name(key));
        return false;
    } else if (!obj_index_i64(ts, key, &i)) {
        return false;
    }
    if (i < 0) {
        i += len;
    }
    if (i < 0 || i >= len) {
        exc_raise(ts, &ExcIndexError, "%s", range_msg);
        return false;
    }
    *out = i;
    return true;
}

static Value bytes_getitem(ThreadState *ts, Value v, Value key) {
    const char *data;
    int64_t len;
    bytes_view(ts, v, &data, &len);
    bool is_array = val_is_bytearray(v);
    if (val_has_type(key, &SliceType)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(ts, key.as.obj, len, &start, &stop, &step);
        if (n < 0) {
            return VNULL;
        }
        if (step == 1) {
            return bytes_like_new(ts, v, data + start, n);
        }
        char *buf = cs_malloc_or_raise(ts, (size_t)n + 1);
        if (!buf) {
            return VNULL;
        }
        for (int64_t i = 0, j = start; i < n; i++, j += step) {
            buf[i] = data[j];
        }
        Value r = bytes_like_new(ts, v, buf, n);
        cs_free(buf);
        return r;
    }
    int64_t i;
    if (!item_index(ts, key, len, is_array ? "bytearray" : "byte",
                    is_array ? "bytearray index out of range" : "index out of range", &i)) {
        return VNULL;
    }
    return val_int((unsigned char)data[i]);
}

static int bytes_contains(ThreadState *ts, Value v, Value item) {
    const char *data, *sub;
    int64_t len, n;
    bytes_view(ts, v, &data, &len);
    if (is_bytes_like(item)) {
        bytes_view(ts, item, &sub, &n);
        return mem_search(data, 0, len, sub, n, false) >= 0;
    }
    if (!val_is_intlike(item) && !val_type(item)->index) {
        exc_raise(ts, &ExcTypeError, "a bytes-like object is required, not '%s'",
                  val_type_name(item));
        return -1;
    }
    unsigned char c;
    if (!byte_value(ts, item, "byte", &c)) {
        return -1;
    }
    return memchr(data, c, (size_t)len) != NULL;
}

static Value bytes_concat(ThreadState *ts, Value a, Value b) {
    const char *x, *y;
    int64_t nx, ny;
    if (!is_bytes_like(a)) {
        return VNOTIMPL;
    }
    if (!is_bytes_like(b)) {
        if (val_type(b)->flags & TYPE_HEAP) {
            return VNOTIMPL;
        }
        return exc_raise(ts, &ExcTypeError, "can't concat %s to %s", val_type_name(b),
                         val_type_name(a));
    }
    bytes_view(ts, a, &x, &nx);
    bytes_view(ts, b, &y, &ny);
    if (val_is_bytearray(a)) {
        Obj *r = bytearray_new(ts, x, nx);
        if (!r) {
            return VNULL;
        }
        // y may be a's buffer; it is still intact, as r is a copy.
        if (!bytearray_reserve(ts, (ObjByteArray *)r, nx + ny)) {
            obj_decref(r);
            return VNULL;
        }
        memcpy(((ObjByteArray *)r)->data + nx, y, (size_t)ny);
        ((ObjByteArray *)r)->len = nx + ny;
        return val_obj(r);
    }
    ObjBytes *r = bytes_alloc(ts, &BytesType, nx + ny);
    if (!r) {
        return VNULL;
    }
    memcpy(r->data, x, (size_t)nx);
    memcpy(r->data + nx, y, (size_t)ny);
    return val_obj(&r->base);
}

// seq * n: the repeated bytes in a new buffer (the caller frees it).
static char *repeat(ThreadState *ts, const char *data, int64_t len, int64_t k, int64_t *out_len) {
    if (len == 0) {
        k = 0;
    }
    if (len && k > BYTES_MAX_LEN / len) {
        exc_no_memory(ts);
        return NULL;
    }
    char *buf = cs_malloc_or_raise(ts, (size_t)(len * k) + 1);
    if (!buf) {
        return NULL;
    }
    for (int64_t i = 0; i < k; i++) {
        memcpy(buf + i * len, data, (size_t)len);
    }
    *out_len = len * k;
    return buf;
}

static Value bytes_repeat(ThreadState *ts, Value a, Value b) {
    Value seq = is_bytes_like(a) ? a : b;
    Value count = is_bytes_like(a) ? b : a;
    int64_t k = seq_repeat_count(ts, count);
    if (k == -2) {
        if (val_type(count)->flags & TYPE_HEAP) {
            return VNOTIMPL;
        }
        return exc_raise(ts, &ExcTypeError, "can't multiply sequence by non-int of type '%s'",
                         val_type_name(count));
    }
    if (k < 0) {
        return VNULL;
    }
    const char *data;
    int64_t len, n;
    bytes_view(ts, seq, &data, &len);
    char *buf = repeat(ts, data, len, k, &n);
    if (!buf) {
        return VNULL;
    }
    Value r = bytes_like_new(ts, seq, buf, n);
    cs_free(buf);
    return r;
}

// --- iteration ----------------------------------------------------------------------

typedef struct ObjBytesIter {
    Obj base;
    Value seq;               // VNULL once exhausted
    int64_t index;
} ObjBytesIter;

static Value bytes_iter(ThreadState *ts, Value v) {
    Type *t = val_is_bytearray(v) ? &ByteArrayIterType : &BytesIterType;
    ObjBytesIter *it = (ObjBytesIter *)obj_alloc(ts, t, sizeof(ObjBytesIter));
    if (!it) {
        return VNULL;
    }
    it->seq = val_dup(v);
    return val_obj(&it->base);
}

static void bytesiter_dealloc(Obj *o) {
    val_decref(((ObjBytesIter *)o)->seq);
    obj_free(o);
}

static Value bytesiter_self(ThreadState *ts, Value v) {
    (void)ts;
    return val_dup(v);
}

static Value bytesiter_next(ThreadState *ts, Value v) {
    ObjBytesIter *it = (ObjBytesIter *)v.as.obj;
    if (val_is_null(it->seq)) {
        return VNULL;
    }
    const char *data;
    int64_t len;
    bytes_view(ts, it->seq, &data, &len);
    if (it->index < len) {
        return val_int((unsigned char)data[it->index++]);
    }
    val_clear(&it->seq);
    return VNULL;
}

#define BYTES_ITER_TYPE(var, tname)                                                        \
    Type var = {                                                                           \
        .base = STATIC_OBJ_HEADER(&TypeType),                                              \
        .name = tname,                                                                     \
        .basic_size = sizeof(ObjBytesIter),                                                \
        .dealloc = bytesiter_dealloc,                                                      \
        .getattr = generic_getattr,                                                        \
        .iter = bytesiter_self,                                                            \
        .iternext = bytesiter_next,                                                        \
    };

BYTES_ITER_TYPE(BytesIterType, "bytes_iterator")
BYTES_ITER_TYPE(ByteArrayIterType, "bytearray_iterator")

// --- bytearray: changing the contents -----------------------------------------------

// Replaces ba[start:stop] by n bytes (which may point into ba itself).
static int replace_range(ThreadState *ts, ObjByteArray *ba, int64_t start, int64_t stop,
                         const char *src, int64_t n) {
    if (stop < start) {
        stop = start;
    }
    // Copy the source first: growing may move the buffer it points into.
    char *copy = NULL;
    if (n > 0) {
        copy = cs_malloc_or_raise(ts, (size_t)n);
        if (!copy) {
            return -1;
        }
        memcpy(copy, src, (size_t)n);
    }
    int64_t newlen = ba->len - (stop - start) + n;
    if (!bytearray_reserve(ts, ba, newlen)) {
        cs_free(copy);
        return -1;
    }
    if (ba->len - stop > 0) {
        memmove(ba->data + start + n, ba->data + stop, (size_t)(ba->len - stop));
    }
    if (n > 0) {
        memcpy(ba->data + start, copy, (size_t)n);
    }
    ba->len = newlen;
    cs_free(copy);
    return 0;
}

// The bytes a slice assignment inserts, in sb.
static bool assigned_bytes(ThreadState *ts, Value value, StrBuf *sb) {
    if (is_bytes_like(value)) {
        const char *data;
        int64_t len;
        bytes_view(ts, value, &data, &len);
        strbuf_append(sb, data, (size_t)len);
        return true;
    }
    if (val_is_str_like(value) || val_is_intlike(value) || !val_type(value)->iter) {
        exc_raise(ts, &ExcTypeError,
                  "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return false;
    }
    return collect_ints(ts, value, sb, "byte");
}

static int assign_slice(ThreadState *ts, ObjByteArray *ba, Obj *slice, Value value) {
    int64_t start, stop, step;
    int64_t n = slice_indices(ts, slice, ba->len, &start, &stop, &step);
    if (n < 0) {
        return -1;
    }
    if (val_is_null(value)) {
        if (step == 1) {
            return replace_range(ts, ba, start, stop, NULL, 0);
        }
        if (step < 0) {
            start = start + step * (n - 1);
            step = -step;
        }
        int64_t w = start, k = 0;
        for (int64_t r = start; r < ba->len; r++) {
            if (k < n && r == start + k * step) {
                k++;
            } else {
                ba->data[w++] = ba->data[r];
            }
        }
        ba->len = w;
        return 0;
    }
    StrBuf sb;
    strbuf_init(&sb);
    if (!assigned_bytes(ts, value, &sb)) {
        strbuf_free(&sb);
        return -1;
    }
    int r = 0;
    if (step == 1) {
        r = replace_range(ts, ba, start, stop, sb.data ? sb.data : "", (int64_t)sb.len);
    } else if ((int64_t)sb.len != n) {
        exc_raise(ts, &ExcValueError,
                  "attempt to assign bytes of size %lld to extended slice of size %lld",
                  (long long)sb.len, (long long)n);
        r = -1;
    } else {
        for (int64_t i = 0, j = start; i < n; i++, j += step) {
            ba->data[j] = sb.data[i];
        }
    }
    strbuf_free(&sb);
    return r;
}

static int bytearray_setitem(ThreadState *ts, Value self, Value key, Value value) {
    ObjByteArray *ba = as_bytearray(self);
    if (val_has_type(key, &SliceType)) {
        return assign_slice(ts, ba, key.as.obj, value);
    }
    int64_t i;
    if (!item_index(ts, key, ba->len, "bytearray", "bytearray index out of range", &i)) {
        return -1;
    }
    if (val_is_null(value)) {
        return replace_range(ts, ba, i, i + 1, NULL, 0);
    }
    unsigned char c;
    if (!byte_value(ts, value, "byte", &c)) {
        return -1;
    }
    ba->data[i] = (char)c;
    return 0;
}

static Value bytearray_iadd(ThreadState *ts, Value a, Value b) {
    if (!is_bytes_like(b)) {
        return exc_raise(ts, &ExcTypeError, "can't concat %s to %s", val_type_name(b),
                         val_type_name(a));
    }
    ObjByteArray *ba = as_bytearray(a);
    const char *data;
    int64_t len;
    bytes_view(ts, b, &data, &len);
    if (replace_range(ts, ba, ba->len, ba->len, data, len) < 0) {
        return VNULL;
    }
    return val_dup(a);
}

static Value bytearray_imul(ThreadState *ts, Value a, Value b) {
    int64_t k = seq_repeat_count(ts, b);
    if (k == -2) {
        return exc_raise(ts, &ExcTypeError, "can't multiply sequence by non-int of type '%s'",
                         val_type_name(b));
    }
    if (k < 0) {
        return VNULL;
    }
    ObjByteArray *ba = as_bytearray(a);
    int64_t n;
    char *buf = repeat(ts, ba->data ? ba->data : "", ba->len, k, &n);
    if (!buf) {
        return VNULL;
    }
    int r = bytearray_assign(ts, ba, buf, n);
    cs_free(buf);
    return r < 0 ? VNULL : val_dup(a);
}

static void bytes_dealloc(Obj *o) { obj_free(o); }

static void bytearray_dealloc(Obj *o) {
    cs_free(((ObjByteArray *)o)->data);
    obj_free(o);
}

// --- bytearray methods --------------------------------------------------------------

static Value m_append(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    unsigned char c;
    if (!args_check(ts, "bytearray", "append", nargs, kw, 1, 1, ARGS_FIXED) ||
        !byte_value(ts, args[0], "byte", &c)) {
        return VNULL;
    }
    ObjByteArray *ba = as_bytearray(self);
    char ch = (char)c;
    return replace_range(ts, ba, ba->len, ba->len, &ch, 1) < 0 ? VNULL : VNONE;
}

static Value m_extend(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "bytearray", "extend", nargs, kw, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    Value src = args[0];
    if (!is_bytes_like(src) && !val_type(src)->iter && !val_type(src)->getitem) {
        return exc_raise(ts, &ExcTypeError, "can't extend bytearray with %s", val_type_name(src));
    }
    StrBuf sb;
    strbuf_init(&sb);
    bool ok = is_bytes_like(src) ? assigned_bytes(ts, src, &sb) : collect_ints(ts, src, &sb, "byte");
    ObjByteArray *ba = as_bytearray(self);
    if (ok && replace_range(ts, ba, ba->len, ba->len, sb.data, (int64_t)sb.len) < 0) {
        ok = false;
    }
    strbuf_free(&sb);
    return ok ? VNONE : VNULL;
}

static Value m_pop(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "bytearray", "pop", nargs, kw, 0, 1, ARGS_CLINIC)) {
        return VNULL;
    }
    ObjByteArray *ba = as_bytearray(self);
    int64_t i = -1;
    if (nargs && !obj_index_i64(ts, args[0], &i)) {
        return VNULL;
    }
    if (ba->len == 0) {
        return exc_raise(ts, &ExcIndexError, "pop from empty bytearray");
    }
    if (i < 0) {
        i += ba->len;
    }
    if (i < 0 || i >= ba->len) {
        return exc_raise(ts, &ExcIndexError, "pop index out of range");
    }
    unsigned char c = (unsigned char)ba->data[i];
    replace_range(ts, ba, i, i + 1, NULL, 0);
    return val_int(c);
}

static Value m_insert(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "bytearray", "insert", nargs, kw, 2, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    ObjByteArray *ba = as_bytearray(self);
    int64_t i;
    unsigned char c;
    if (!obj_index_i64(ts, args[0], &i) || !byte_value(ts, args[1], "byte", &c)) {
        return VNULL;
    }
    if (i < 0) {
        i = i + ba->len < 0 ? 0 : i + ba->len;
    }
    if (i > ba->len) {
        i = ba->len;
    }
    char ch = (char)c;
    return replace_range(ts, ba, i, i, &ch, 1) < 0 ? VNULL : VNONE;
}

static Value m_remove(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    unsigned char c;
    if (!args_check(ts, "bytearray", "remove", nargs, kw, 1, 1, ARGS_FIXED) ||
        !byte_value(ts, args[0], "byte", &c)) {
        return VNULL;
    }
    ObjByteArray *ba = as_bytearray(self);
    char *p = ba->len ? memchr(ba->data, c, (size_t)ba->len) : NULL;
    if (!p) {
        return exc_raise(ts, &ExcValueError, "value not found in bytearray");
    }
    int64_t i = p - ba->data;
    replace_range(ts, ba, i, i + 1, NULL, 0);
    return VNONE;
}

static Value m_clear(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "bytearray", "clear", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    as_bytearray(self)->len = 0;
    return VNONE;
}

static Value m_copy(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "bytearray", "copy", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    ObjByteArray *ba = as_bytearray(self);
    Obj *r = bytearray_new(ts, ba->data, ba->len);
    return r ? val_obj(r) : VNULL;
}

static Value m_reverse(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "bytearray", "reverse", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    ObjByteArray *ba = as_bytearray(self);
    for (int64_t i = 0, j = ba->len - 1; i < j; i++, j--) {
        char t = ba->data[i];
        ba->data[i] = ba->data[j];
        ba->data[j] = t;
    }
    return VNONE;
}

static const MethodDef bytearray_methods[] = {
    {"append", m_append, NATIVE_METHOD, "Append a single item to the end of the bytearray."},
    {"extend", m_extend, NATIVE_METHOD, "Append all the items from the iterator or sequence."},
    {"pop", m_pop, NATIVE_METHOD, "Remove and return a single item from B."},
    {"insert", m_insert, NATIVE_METHOD, "Insert a single item into the bytearray before the given index."},
    {"remove", m_remove, NATIVE_METHOD, "Remove the first occurrence of a value in the bytearray."},
    {"clear", m_clear, NATIVE_METHOD, "Remove all items from the bytearray."},
    {"copy", m_copy, NATIVE_METHOD, "Return a copy of B."},
    {"reverse", m_reverse, NATIVE_METHOD, "Reverse the order of the values in B in place."},
    {NULL, NULL, 0, NULL},
};

// --- the types ----------------------------------------------------------------------

Type BytesType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "bytes",
    .flags = TYPE_BASETYPE | TYPE_VARSIZE,
    .basic_size = sizeof(ObjBytes),
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes",
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .getattr = generic_getattr,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .iter = bytes_iter,
    .nb = {[BINOP_ADD] = bytes_concat, [BINOP_MUL] = bytes_repeat},
    .new_ = bytes_new_slot,
};

Type ByteArrayType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "bytearray",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjByteArray),
    .doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray",
    .dealloc = bytearray_dealloc,
    .repr = bytearray_repr,
    .richcompare = bytes_richcompare,
    .getattr = generic_getattr,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .setitem = bytearray_setitem,
    .contains = bytes_contains,
    .iter = bytes_iter,
    .nb = {[BINOP_ADD] = bytes_concat, [BINOP_MUL] = bytes_repeat},
    .nb_inplace = {[BINOP_ADD] = bytearray_iadd, [BINOP_MUL] = bytearray_imul},
    .new_ = bytearray_new_slot,
    .init = bytearray_init_slot,
};

void bytes_init_types(ThreadState *ts) {
    type_ready(ts, &BytesIterType);
    type_ready(ts, &ByteArrayIterType);
    type_ready(ts, &ByteArrayType);
    type_add_methods(ts, &ByteArrayType, bytearray_methods);
    bytes_init_methods(ts);
}
