// The methods bytes and bytearray share: searching (find, count, index,
// startswith), splitting and joining, stripping, padding, ASCII case
// changes and tests, hex conversions, translate, and decode.
//
// Every method reads its receiver through bytes_view and builds results of
// the receiver's kind with bytes_like_new, so one function serves both
// types: b'a b'.split() gives bytes, bytearray(b'a b').split() gives
// bytearrays. Case and character-class methods look at ASCII only, as in
// Python; bytes above 0x7F are never letters, digits or spaces.
//
// See also: obj_bytes.c (the types), codec.c (decode), str_methods.c (the
// same methods for str).
#include "runtime/args.h"
#include "runtime/codec.h"
#include "runtime/memsearch.h"
#include "runtime/obj_bytes.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_list.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"

// The receiver's bytes, for a method. Never fails for bytes and bytearray.
typedef struct View {
    const char *data;
    int64_t len;
} View;

static View view_of(ThreadState *ts, Value v) {
    View w = {"", 0};
    bytes_view(ts, v, &w.data, &w.len);
    return w;
}

static const char *tname(Value self) { return val_is_bytearray(self) ? "bytearray" : "bytes"; }

static bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// --- searching ----------------------------------------------------------------------

// The sub argument of find/count/index: bytes-like, or an int 0..255 held
// in *byte.
static bool sub_arg(ThreadState *ts, Value v, View *sub, char *byte) {
    if (v.tag == VAL_OBJ && (val_isinstance(v, &BytesType) || val_is_bytearray(v))) {
        *sub = view_of(ts, v);
        return true;
    }
    if (!val_is_intlike(v) && !val_type(v)->index) {
        exc_raise(ts, &ExcTypeError, "argument should be integer or bytes-like object, not '%s'",
                  val_type_name(v));
        return false;
    }
    int64_t i;
    if (!obj_index_i64(ts, v, &i) || i < 0 || i > 255) {
        if (!exc_occurred(ts) || exc_matches(ts, &ExcIndexError)) {
            exc_clear(ts);
            exc_raise(ts, &ExcValueError, "byte must be in range(0, 256)");
        }
        return false;
    }
    *byte = (char)i;
    sub->data = byte;
    sub->len = 1;
    return true;
}

enum { FIND, RFIND, INDEX, RINDEX, COUNT };

static Value search(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw,
                    const char *name, int kind) {
    if (kw && tuple_len(kw)) {
        return exc_raise(ts, &ExcTypeError, "%s.%s() takes no keyword arguments", tname(self), name);
    }
    if (!args_check(ts, tname(self), name, nargs, NULL, 1, 3, ARGS_VARARGS)) {
        return VNULL;
    }
    View s = view_of(ts, self), sub;
    char byte;
    int64_t start = 0, end = s.len;
    if (!sub_arg(ts, args[0], &sub, &byte) ||
        (nargs > 1 && !args_slice_index(ts, args[1], &start)) ||
        (nargs > 2 && !args_slice_index(ts, args[2], &end))) {
        return VNULL;
    }
    args_adjust_range(s.len, &start, &end);
    if (kind == COUNT) {
        if (start > s.len || end < start) {
            return val_int(0);
        }
        if (sub.len == 0) {
            return val_int(end - start + 1);
        }
        int64_t n = 0;
        for (int64_t i = mem_search(s.data, start, end, sub.data, sub.len, false); i >= 0;
             i = mem_search(s.data, i + sub.len, end, sub.data, sub.len, false)) {
            n++;
        }
        return val_int(n);
    }
    int64_t i = start > s.len ? -1
                              : mem_search(s.data, start, end, sub.data, sub.len,
                                        kind == RFIND || kind == RINDEX);
    if (i < 0 && (kind == INDEX || kind == RINDEX)) {
        return exc_raise(ts, &ExcValueError, "subsection not found");
    }
    return val_int(i);
}

#define SEARCH_METHOD(fn, name, kind)                                                     \
    static Value fn(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {    \
        return search(ts, self, args, nargs, kw, name, kind);                              \
    }
SEARCH_METHOD(m_find, "find", FIND)
SEARCH_METHOD(m_rfind, "rfind", RFIND)
SEARCH_METHOD(m_index, "index", INDEX)
SEARCH_METHOD(m_rindex, "rindex", RINDEX)
SEARCH_METHOD(m_count, "count", COUNT)

// Does s[start:end] start (or end) with prefix?
static bool tail_match(View s, int64_t start, int64_t end, View prefix, bool at_end) {
    args_adjust_range(s.len, &start, &end);
    if (start > s.len || end - start < prefix.len) {
        return false;
    }
    int64_t at = at_end ? end - prefix.len : start;
    return memcmp(s.data + at, prefix.data, (size_t)prefix.len) == 0;
}

static Value starts_or_ends(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw,
                            const char *name, bool at_end) {
    if (kw && tuple_len(kw)) {
        return exc_raise(ts, &ExcTypeError, "%s.%s() takes no keyword arguments", tname(self), name);
    }
    if (!args_check(ts, tname(self), name, nargs, NULL, 1, 3, ARGS_VARARGS)) {
        return VNULL;
    }
    View s = view_of(ts, self);
    int64_t start = 0, end = INT64_MAX;
    if ((nargs > 1 && !args_slice_index(ts, args[1], &start)) ||
        (nargs > 2 && !args_slice_index(ts, args[2], &end))) {
        return VNULL;
    }
    Value what = args[0];
    bool is_tuple = val_isinstance(what, &TupleType);
    int64_t n = is_tuple ? tuple_len(what.as.obj) : 1;
    for (int64_t i = 0; i < n; i++) {
        Value p = is_tuple ? tuple_get(what.as.obj, i) : what;
        if (!(p.tag == VAL_OBJ && (val_isinstance(p, &BytesType) || val_is_bytearray(p)))) {
            if (is_tuple) {
                return exc_raise(ts, &ExcTypeError, "a bytes-like object is required, not '%s'",
                                 val_type_name(p));
            }
            return exc_raise(ts, &ExcTypeError,
                             "%s first arg must be bytes or a tuple of bytes, not %s", name,
                             val_type_name(p));
        }
        if (tail_match(s, start, end, view_of(ts, p), at_end)) {
            return VTRUE;
        }
    }
    return VFALSE;
}

static Value m_startswith(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return starts_or_ends(ts, self, args, nargs, kw, "startswith", false);
}

static Value m_endswith(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return starts_or_ends(ts, self, args, nargs, kw, "endswith", true);
}

// --- splitting and joining ----------------------------------------------------------

static bool append_piece(ThreadState *ts, Obj *list, Value like, const char *data, int64_t len) {
    Value piece = bytes_like_new(ts, like, data, len);
    return !val_is_null(piece) && list_append_steal(ts, list, piece) == 0;
}

// Reverses a list in place (rsplit collects its pieces from the right).
static void reverse_list(Obj *list) {
    ObjList *l = (ObjList *)list;
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

static Value split_whitespace(ThreadState *ts, Value self, View s, int64_t maxsplit, bool right) {
    Obj *list = list_new(ts, 0);
    if (!list) {
        return VNULL;
    }
    int64_t i = right ? s.len - 1 : 0;
    const unsigned char *d = (const unsigned char *)s.data;
    for (;;) {
        // Skip spaces, then take a word (at most maxsplit times, then the rest).
        if (!right) {
            while (i < s.len && is_space(d[i])) {
                i++;
            }
            if (i >= s.len) {
                break;
            }
            int64_t j = i;
            if (maxsplit-- == 0) {
                j = s.len;   // the rest, trailing whitespace included
            } else {
                while (j < s.len && !is_space(d[j])) {
                    j++;
                }
            }
            if (!append_piece(ts, list, self, s.data + i, j - i)) {
                goto error;
            }
            i = j;
        } else {
            while (i >= 0 && is_space(d[i])) {
                i--;
            }
            if (i < 0) {
                break;
            }
            int64_t j = i;
            if (maxsplit-- == 0) {
                j = -1;   // the rest, leading whitespace included
            } else {
                while (j >= 0 && !is_space(d[j])) {
                    j--;
                }
            }
            if (!append_piece(ts, list, self, s.data + j + 1, i - j)) {
                goto error;
            }
            i = j;
        }
    }
    if (right) {
        reverse_list(list);
    }
    return val_obj(list);
error:
    obj_decref(list);
    return VNULL;
}

static Value split_impl(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw,
                        bool right) {
    static const char *const names[] = {"sep", "maxsplit"};
    const char *name = right ? "rsplit" : "split";
    Value a[2];
    if (!args_parse(ts, name, args, nargs, kw, names, 2, 0, a)) {
        return VNULL;
    }
    int64_t maxsplit = -1;
    if (!val_is_null(a[1]) && !obj_index_i64(ts, a[1], &maxsplit)) {
        return VNULL;
    }
    if (maxsplit < 0) {
        maxsplit = INT64_MAX;
    }
    View s = view_of(ts, self);
    if (val_is_null(a[0]) || val_is_none(a[0])) {
        return split_whitespace(ts, self, s, maxsplit, right);
    }
    View sep;
    if (!bytes_view(ts, a[0], &sep.data, &sep.len)) {
        return VNULL;
    }
    if (sep.len == 0) {
        return exc_raise(ts, &ExcValueError, "empty separator");
    }
    Obj *list = list_new(ts, 0);
    if (!list) {
        return VNULL;
    }
    int64_t lo = 0, hi = s.len;   // the part not yet split
    for (; maxsplit > 0; maxsplit--) {
        int64_t i = mem_search(s.data, lo, hi, sep.data, sep.len, right);
        if (i < 0) {
            break;
        }
        bool ok = right ? append_piece(ts, list, self, s.data + i + sep.len, hi - i - sep.len)
                        : append_piece(ts, list, self, s.data + lo, i - lo);
        if (!ok) {
            obj_decref(list);
            return VNULL;
        }
        if (right) {
            hi = i;
        } else {
            lo = i + sep.len;
        }
    }
    if (!append_piece(ts, list, self, s.data + lo, hi - lo)) {
        obj_decref(list);
        return VNULL;
    }
    if (right) {
        reverse_list(list);
    }
    return val_obj(list);
}

static Value m_split(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return split_impl(ts, self, args, nargs, kw, false);
}

static Value m_rsplit(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return split_impl(ts, self, args, nargs, kw, true);
}

static Value m_splitlines(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    static const char *const names[] = {"keepends"};
    Value a[1];
    if (!args_parse(ts, "splitlines", args, nargs, kw, names, 1, 0, a)) {
        return VNULL;
    }
    int64_t keepends = 0;
    if (!val_is_null(a[0]) && !obj_index_i64(ts, a[0], &keepends)) {
        return VNULL;
    }
    View s = view_of(ts, self);
    Obj *list = list_new(ts, 0);
    if (!list) {
        return VNULL;
    }
    int64_t i = 0;
    while (i < s.len) {
        int64_t j = i;
        while (j < s.len && s.data[j] != '\n' && s.data[j] != '\r') {
            j++;
        }
        int64_t eol = j;
        if (j < s.len) {
            j += (s.data[j] == '\r' && j + 1 < s.len && s.data[j + 1] == '\n') ? 2 : 1;
        }
        if (!append_piece(ts, list, self, s.data + i, (keepends ? j : eol) - i)) {
            obj_decref(list);
            return VNULL;
        }
        i = j;
    }
    return val_obj(list);
}

static Value partition_impl(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw,
                            bool right) {
    if (!args_check(ts, tname(self), right ? "rpartition" : "partition", nargs, kw, 1, 1,
                    ARGS_FIXED)) {
        return VNULL;
    }
    View s = view_of(ts, self), sep;
    if (!bytes_view(ts, args[0], &sep.data, &sep.len)) {
        return VNULL;
    }
    if (sep.len == 0) {
        return exc_raise(ts, &ExcValueError, "empty separator");
    }
    int64_t i = mem_search(s.data, 0, s.len, sep.data, sep.len, right);
    Value parts[3];
    if (i < 0) {
        parts[right ? 2 : 0] = bytes_like_new(ts, self, s.data, s.len);
        parts[1] = bytes_like_new(ts, self, "", 0);
        parts[right ? 0 : 2] = bytes_like_new(ts, self, "", 0);
    } else {
        parts[0] = bytes_like_new(ts, self, s.data, i);
        parts[1] = bytes_like_new(ts, self, sep.data, sep.len);
        parts[2] = bytes_like_new(ts, self, s.data + i + sep.len, s.len - i - sep.len);
    }
    Obj *t = NULL;
    if (!val_is_null(parts[0]) && !val_is_null(parts[1]) && !val_is_null(parts[2])) {
        t = tuple_from_array(ts, parts, 3);
    }
    for (int k = 0; k < 3; k++) {
        val_decref(parts[k]);
    }
    return t ? val_obj(t) : VNULL;
}

static Value m_partition(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return partition_impl(ts, self, args, nargs, kw, false);
}

static Value m_rpartition(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return partition_impl(ts, self, args, nargs, kw, true);
}

static Value m_join(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, tname(self), "join", nargs, kw, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    if (!val_type(args[0])->iter && !val_type(args[0])->getitem) {
        return exc_raise(ts, &ExcTypeError, "can only join an iterable");
    }
    Value items = list_from_iterable(ts, args[0]);
    if (val_is_null(items)) {
        return VNULL;
    }
    StrBuf sb;
    strbuf_init(&sb);
    ObjList *l = as_list(items);
    bool ok = true;
    for (int64_t i = 0; i < l->len && ok; i++) {
        View sep = view_of(ts, self), item;
        Value x = l->items[i];
        if (!(x.tag == VAL_OBJ && (val_isinstance(x, &BytesType) || val_is_bytearray(x)))) {
            exc_raise(ts, &ExcTypeError, "sequence item %lld: expected a bytes-like object, %s found",
                      (long long)i, val_type_name(x));
            ok = false;
            break;
        }
        item = view_of(ts, x);
        if (i > 0) {
            strbuf_append(&sb, sep.data, (size_t)sep.len);
        }
        strbuf_append(&sb, item.data, (size_t)item.len);
    }
    val_decref(items);
    Value r = ok ? bytes_like_new(ts, self, sb.data ? sb.data : "", (int64_t)sb.len) : VNULL;
    strbuf_free(&sb);
    return r;
}

// --- stripping, replacing, padding --------------------------------------------------

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2 };

static Value strip_impl(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw,
                        const char *name, int sides) {
    if (!args_check(ts, tname(self), name, nargs, kw, 0, 1, ARGS_CLINIC)) {
        return VNULL;
    }
    View s = view_of(ts, self), chars = {NULL, 0};
    if (nargs && !val_is_none(args[0]) && !bytes_view(ts, args[0], &chars.data, &chars.len)) {
        return VNULL;
    }
    int64_t i = 0, j = s.len;
#define STRIPPED(c) (chars.data ? memchr(chars.data, (c), (size_t)chars.len) != NULL \
                                : is_space((unsigned char)(c)))
    if (sides & STRIP_LEFT) {
        while (i < j && STRIPPED(s.data[i])) {
            i++;
        }
    }
    if (sides & STRIP_RIGHT) {
        while (j > i && STRIPPED(s.data[j - 1])) {
            j--;
        }
    }
#undef STRIPPED
    return bytes_like_new(ts, self, s.data + i, j - i);
}

static Value m_strip(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return strip_impl(ts, self, args, nargs, kw, "strip", STRIP_LEFT | STRIP_RIGHT);
}

static Value m_lstrip(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return strip_impl(ts, self, args, nargs, kw, "lstrip", STRIP_LEFT);
}

static Value m_rstrip(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return strip_impl(ts, self, args, nargs, kw, "rstrip", STRIP_RIGHT);
}

static Value m_replace(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, tname(self), "replace", nargs, kw, 2, 3, ARGS_CLINIC)) {
        return VNULL;
    }
    View s = view_of(ts, self), old, new;
    int64_t count = -1;
    if (!bytes_view(ts, args[0], &old.data, &old.len) ||
        !bytes_view(ts, args[1], &new.data, &new.len) ||
        (nargs > 2 && !obj_index_i64(ts, args[2], &count))) {
        return VNULL;
    }
    if (count < 0) {
        count = INT64_MAX;
    }
    StrBuf sb;
    strbuf_init(&sb);
    int64_t i = 0;
    if (old.len == 0) {
        // Insert `new` before every byte and at the end.
        for (; count > 0 && i <= s.len; count--, i++) {
            strbuf_append(&sb, new.data, (size_t)new.len);
            if (i < s.len) {
                strbuf_append_char(&sb, s.data[i]);
            }
        }
    } else {
        for (; count > 0; count--) {
            int64_t j = mem_search(s.data, i, s.len, old.data, old.len, false);
            if (j < 0) {
                break;
            }
            strbuf_append(&sb, s.data + i, (size_t)(j - i));
            strbuf_append(&sb, new.data, (size_t)new.len);
            i = j + old.len;
        }
    }
    if (i < s.len) {
        strbuf_append(&sb, s.data + i, (size_t)(s.len - i));
    }
    Value r = bytes_like_new(ts, self, sb.data ? sb.data : "", (int64_t)sb.len);
    strbuf_free(&sb);
    return r;
}

static Value affix_impl(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw,
                        const char *name, bool suffix) {
    if (!args_check(ts, tname(self), name, nargs, kw, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    View s = view_of(ts, self), a;
    if (!bytes_view(ts, args[0], &a.data, &a.len)) {
        return VNULL;
    }
    if (a.len <= s.len && memcmp(suffix ? s.data + s.len - a.len : s.data, a.data, (size_t)a.len) == 0) {
        return bytes_like_new(ts, self, suffix ? s.data : s.data + a.len, s.len - a.len);
    }
    return bytes_like_new(ts, self, s.data, s.len);
}

static Value m_removeprefix(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return affix_impl(ts, self, args, nargs, kw, "removeprefix", false);
}

static Value m_removesuffix(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return affix_impl(ts, self, args, nargs, kw, "removesuffix", true);
}

enum { PAD_CENTER, PAD_LEFT, PAD_RIGHT };

// center/ljust/rjust: `left` bytes of fill, the text, then the rest.
static Value pad_impl(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw,
                      const char *name, int how) {
    if (!args_check(ts, tname(self), name, nargs, kw, 1, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    View s = view_of(ts, self);
    int64_t width;
    char fill = ' ';
    if (!obj_index_i64(ts, args[0], &width)) {
        return VNULL;
    }
    if (nargs > 1) {
        View f = {NULL, 0};
        if (!(args[1].tag == VAL_OBJ && (val_isinstance(args[1], &BytesType) ||
                                        val_is_bytearray(args[1]))) ||
            (f = view_of(ts, args[1])).len != 1) {
            return exc_raise(ts, &ExcTypeError,
                             "%s() argument 2 must be a byte string of length 1, not %s", name,
                             val_type_name(args[1]));
        }
        fill = f.data[0];
    }
    if (width <= s.len) {
        return bytes_like_new(ts, self, s.data, s.len);
    }
    int64_t pad = width - s.len;
    int64_t left = how == PAD_LEFT ? 0 : how == PAD_RIGHT ? pad : pad / 2 + (pad & width & 1);
    StrBuf sb;
    strbuf_init(&sb);
    if (!strbuf_try_reserve(&sb, (size_t)width)) {
        return exc_no_memory(ts);
    }
    strbuf_fill(&sb, fill, (size_t)left);
    strbuf_append(&sb, s.data, (size_t)s.len);
    strbuf_fill(&sb, fill, (size_t)(pad - left));
    Value r = bytes_like_new(ts, self, sb.data, (int64_t)sb.len);
    strbuf_free(&sb);
    return r;
}

static Value m_center(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return pad_impl(ts, self, args, nargs, kw, "center", PAD_CENTER);
}

static Value m_ljust(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return pad_impl(ts, self, args, nargs, kw, "ljust", PAD_LEFT);
}

static Value m_rjust(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return pad_impl(ts, self, args, nargs, kw, "rjust", PAD_RIGHT);
}

static Value m_zfill(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    int64_t width;
    if (!args_check(ts, tname(self), "zfill", nargs, kw, 1, 1, ARGS_FIXED) ||
        !obj_index_i64(ts, args[0], &width)) {
        return VNULL;
    }
    View s = view_of(ts, self);
    if (width <= s.len) {
        return bytes_like_new(ts, self, s.data, s.len);
    }
    StrBuf sb;
    strbuf_init(&sb);
    if (!strbuf_try_reserve(&sb, (size_t)width)) {
        return exc_no_memory(ts);
    }
    int64_t sign = s.len > 0 && (s.data[0] == '+' || s.data[0] == '-');
    strbuf_append(&sb, s.data, (size_t)sign);
    strbuf_fill(&sb, '0', (size_t)(width - s.len));
    strbuf_append(&sb, s.data + sign, (size_t)(s.len - sign));
    Value r = bytes_like_new(ts, self, sb.data, (int64_t)sb.len);
    strbuf_free(&sb);
    return r;
}

static Value m_expandtabs(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    static const char *const names[] = {"tabsize"};
    Value a[1];
    int64_t tabsize = 8;
    if (!args_parse(ts, "expandtabs", args, nargs, kw, names, 1, 0, a) ||
        (!val_is_null(a[0]) && !obj_index_i64(ts, a[0], &tabsize))) {
        return VNULL;
    }
    if (tabsize > INT32_MAX || tabsize < INT32_MIN) {
        return exc_raise(ts, &ExcOverflowError, "Python int too large to convert to C int");
    }
    View s = view_of(ts, self);
    StrBuf sb;
    strbuf_init(&sb);
    int64_t col = 0;
    for (int64_t i = 0; i < s.len; i++) {
        char c = s.data[i];
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t n = tabsize - col % tabsize;
                if (!strbuf_try_reserve(&sb, (size_t)n)) {
                    strbuf_free(&sb);
                    return exc_no_memory(ts);
                }
                strbuf_fill(&sb, ' ', (size_t)n);
                col += n;
            }
        } else {
            strbuf_append_char(&sb, c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    Value r = bytes_like_new(ts, self, sb.data ? sb.data : "", (int64_t)sb.len);
    strbuf_free(&sb);
    return r;
}

// --- ASCII case ---------------------------------------------------------------------

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

static Value case_impl(ThreadState *ts, Value self, int64_t nargs, Obj *kw, const char *name,
                       int how) {
    if (!args_check(ts, tname(self), name, nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    View s = view_of(ts, self);
    char *buf = cs_malloc_or_raise(ts, (size_t)s.len + 1);
    if (!buf) {
        return VNULL;
    }
    bool prev_cased = false;   // for title: the previous byte was a letter
    for (int64_t i = 0; i < s.len; i++) {
        unsigned char c = (unsigned char)s.data[i];
        bool up;
        switch (how) {
        case CASE_UPPER: up = true; break;
        case CASE_LOWER: up = false; break;
        case CASE_SWAP: up = is_lower(c); break;
        case CASE_TITLE: up = !prev_cased; break;
        default: up = i == 0; break;
        }
        if (up && is_lower(c)) {
            c = (unsigned char)(c - 32);
        } else if (!up && is_upper(c)) {
            c = (unsigned char)(c + 32);
        }
        prev_cased = is_alpha(c);
        buf[i] = (char)c;
    }
    Value r = bytes_like_new(ts, self, buf, s.len);
    cs_free(buf);
    return r;
}

#define CASE_METHOD(fn, name, how)                                                        \
    static Value fn(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {    \
        (void)args;                                                                        \
        return case_impl(ts, self, nargs, kw, name, how);                                  \
    }
CASE_METHOD(m_upper, "upper", CASE_UPPER)
CASE_METHOD(m_lower, "lower", CASE_LOWER)
CASE_METHOD(m_swapcase, "swapcase", CASE_SWAP)
CASE_METHOD(m_title, "title", CASE_TITLE)
CASE_METHOD(m_capitalize, "capitalize", CASE_CAPITALIZE)

enum { IS_DIGIT, IS_ALPHA, IS_ALNUM, IS_SPACE, IS_ASCII, IS_UPPER, IS_LOWER, IS_TITLE };

static bool class_test(View s, int what) {
    const unsigned char *d = (const unsigned char *)s.data;
    if (what == IS_ASCII) {
        for (int64_t i = 0; i < s.len; i++) {
            if (d[i] >= 0x80) {
                return false;
            }
        }
        return true;
    }
    if (what == IS_UPPER || what == IS_LOWER) {
        // All cased bytes in the one case, and at least one of them.
        bool cased = false;
        for (int64_t i = 0; i < s.len; i++) {
            if (what == IS_UPPER ? is_lower(d[i]) : is_upper(d[i])) {
                return false;
            }
            cased |= what == IS_UPPER ? is_upper(d[i]) : is_lower(d[i]);
        }
        return cased;
    }
    if (what == IS_TITLE) {
        // Uppercase only after uncased bytes, lowercase only after cased ones.
        bool cased = false, prev = false;
        for (int64_t i = 0; i < s.len; i++) {
            if (is_upper(d[i])) {
                if (prev) {
                    return false;
                }
                prev = cased = true;
            } else if (is_lower(d[i])) {
                if (!prev) {
                    return false;
                }
                prev = cased = true;
            } else {
                prev = false;
            }
        }
        return cased;
    }
    if (s.len == 0) {
        return false;
    }
    for (int64_t i = 0; i < s.len; i++) {
        bool ok;
        switch (what) {
        case IS_DIGIT: ok = is_digit(d[i]); break;
        case IS_ALPHA: ok = is_alpha(d[i]); break;
        case IS_ALNUM: ok = is_alpha(d[i]) || is_digit(d[i]); break;
        default: ok = is_space(d[i]); break;
        }
        if (!ok) {
            return false;
        }
    }
    return true;
}

#define CLASS_METHOD(fn, name, what)                                                      \
    static Value fn(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {    \
        (void)args;                                                                        \
        if (!args_check(ts, tname(self), name, nargs, kw, 0, 0, ARGS_FIXED)) {             \
            return VNULL;                                                                  \
        }                                                                                  \
        return val_bool(class_test(view_of(ts, self), what));                              \
    }
CLASS_METHOD(m_isdigit, "isdigit", IS_DIGIT)
CLASS_METHOD(m_isalpha, "isalpha", IS_ALPHA)
CLASS_METHOD(m_isalnum, "isalnum", IS_ALNUM)
CLASS_METHOD(m_isspace, "isspace", IS_SPACE)
CLASS_METHOD(m_isascii, "isascii", IS_ASCII)
CLASS_METHOD(m_isupper, "isupper", IS_UPPER)
CLASS_METHOD(m_islower, "islower", IS_LOWER)
CLASS_METHOD(m_istitle, "istitle", IS_TITLE)

// --- hex, translate, decode ---------------------------------------------------------

static Value m_hex(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    static const char *const names[] = {"sep", "bytes_per_sep"};
    Value a[2];
    if (!args_parse(ts, "hex", args, nargs, kw, names, 2, 0, a)) {
        return VNULL;
    }
    char sep = 0;
    int64_t group = 1;
    if (!val_is_null(a[0]) && !val_is_none(a[0])) {
        View v;
        if (val_is_str_like(a[0])) {
            if (as_str(a[0])->len != 1) {
                return exc_raise(ts, &ExcValueError, "sep must be length 1.");
            }
            if (!as_str(a[0])->ascii) {
                return exc_raise(ts, &ExcValueError, "sep must be ASCII.");
            }
            sep = as_str(a[0])->data[0];
        } else if (a[0].tag == VAL_OBJ &&
                   (val_isinstance(a[0], &BytesType) || val_is_bytearray(a[0]))) {
            v = view_of(ts, a[0]);
            if (v.len != 1) {
                return exc_raise(ts, &ExcValueError, "sep must be length 1.");
            }
            sep = v.data[0];
        } else {
            return exc_raise(ts, &ExcTypeError, "object of type '%s' has no len()",
                             val_type_name(a[0]));
        }
    }
    if (!val_is_null(a[1]) && !obj_index_i64(ts, a[1], &group)) {
        return VNULL;
    }
    View s = view_of(ts, self);
    StrBuf sb;
    strbuf_init(&sb);
    int64_t every = group < 0 ? -group : group;
    for (int64_t i = 0; i < s.len; i++) {
        // Separators are counted from the right, or from the left when
        // bytes_per_sep is negative.
        int64_t from = group < 0 ? i : s.len - i;
        if (sep && every && i > 0 && from % every == 0) {
            strbuf_append_char(&sb, sep);
        }
        strbuf_printf(&sb, "%02x", (unsigned char)s.data[i]);
    }
    Obj *r = str_new(ts, sb.data ? sb.data : "", (int64_t)sb.len);
    strbuf_free(&sb);
    return r ? val_obj(r) : VNULL;
}

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// bytes.fromhex(string) and bytearray.fromhex(string): a classmethod.
static Value m_fromhex(ThreadState *ts, Value cls, Value *args, int64_t nargs, Obj *kw) {
    Type *type = (Type *)cls.as.obj;
    bool array = type_is_subtype(type, &ByteArrayType);
    if (!args_check(ts, array ? "bytearray" : "bytes", "fromhex", nargs, kw, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    if (!val_is_str_like(args[0])) {
        return exc_raise(ts, &ExcTypeError, "fromhex() argument must be str, not %s",
                         val_type_name(args[0]));
    }
    ObjStr *s = as_str(args[0]);
    StrBuf sb;
    strbuf_init(&sb);
    int64_t i = 0;
    for (;;) {
        while (i < s->nbytes && is_space((unsigned char)s->data[i])) {
            i++;
        }
        if (i >= s->nbytes) {
            break;
        }
        int hi = hex_digit(s->data[i]);
        int lo = i + 1 < s->nbytes ? hex_digit(s->data[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            // Positions count code points, as the argument is a str.
            int64_t at = hi < 0 ? i : i + 1;
            strbuf_free(&sb);
            return exc_raise(ts, &ExcValueError,
                             "non-hexadecimal number found in fromhex() arg at position %lld",
                             (long long)utf8_count(s->data, at));
        }
        strbuf_append_char(&sb, (char)(hi * 16 + lo));
        i += 2;
    }
    const char *data = sb.data ? sb.data : "";
    Obj *b = array ? bytearray_new(ts, data, (int64_t)sb.len) : bytes_new(ts, data, (int64_t)sb.len);
    strbuf_free(&sb);
    if (!b || type == &BytesType || type == &ByteArrayType) {
        return b ? val_obj(b) : VNULL;
    }
    // A subclass: let its constructor make the instance.
    Value r = obj_call1(ts, cls, val_obj(b));
    obj_decref(b);
    return r;
}

// bytes.maketrans(from, to): a static method building a 256-byte table.
static Value m_maketrans(ThreadState *ts, Value cls, Value *args, int64_t nargs, Obj *kw) {
    (void)cls;
    if (!args_check(ts, "bytes", "maketrans", nargs, kw, 2, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    View from, to;
    if (!bytes_view(ts, args[0], &from.data, &from.len) ||
        !bytes_view(ts, args[1], &to.data, &to.len)) {
        return VNULL;
    }
    if (from.len != to.len) {
        return exc_raise(ts, &ExcValueError, "maketrans arguments must have same length");
    }
    char table[256];
    for (int i = 0; i < 256; i++) {
        table[i] = (char)i;
    }
    for (int64_t i = 0; i < from.len; i++) {
        table[(unsigned char)from.data[i]] = to.data[i];
    }
    Obj *r = bytes_new(ts, table, 256);
    return r ? val_obj(r) : VNULL;
}

static Value m_translate(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    static const char *const names[] = {"table", "delete"};
    Value a[2];
    if (!args_parse(ts, "translate", args, nargs, kw, names, 2, 1, a)) {
        return VNULL;
    }
    View table = {NULL, 0}, del = {"", 0};
    if (!val_is_none(a[0])) {
        if (!bytes_view(ts, a[0], &table.data, &table.len)) {
            return VNULL;
        }
        if (table.len != 256) {
            return exc_raise(ts, &ExcValueError, "translation table must be 256 characters long");
        }
    }
    if (!val_is_null(a[1]) && !bytes_view(ts, a[1], &del.data, &del.len)) {
        return VNULL;
    }
    View s = view_of(ts, self);
    StrBuf sb;
    strbuf_init(&sb);
    for (int64_t i = 0; i < s.len; i++) {
        unsigned char c = (unsigned char)s.data[i];
        if (del.len && memchr(del.data, c, (size_t)del.len)) {
            continue;
        }
        strbuf_append_char(&sb, table.data ? table.data[c] : (char)c);
    }
    Value r = bytes_like_new(ts, self, sb.data ? sb.data : "", (int64_t)sb.len);
    strbuf_free(&sb);
    return r;
}

static Value m_decode(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    Codec codec;
    const char *errors;
    if (!args_parse(ts, "decode", args, nargs, kw, names, 2, 0, a) ||
        !codec_parse(ts, "decode", a[0], a[1], &codec, &errors)) {
        return VNULL;
    }
    View s = view_of(ts, self);
    Obj *r = codec_decode(ts, s.data, s.len, codec, errors);
    return r ? val_obj(r) : VNULL;
}

static const MethodDef bytes_methods[] = {
    {"decode", m_decode, NATIVE_METHOD, "Decode the bytes using the codec registered for encoding."},
    {"hex", m_hex, NATIVE_METHOD, "Create a string of hexadecimal numbers from a bytes object."},
    {"fromhex", m_fromhex, NATIVE_CLASSMETHOD, "Create a bytes object from a string of hexadecimal numbers."},
    {"maketrans", m_maketrans, NATIVE_STATIC, "Return a translation table usable for the bytes or bytearray translate method."},
    {"translate", m_translate, NATIVE_METHOD, "Return a copy with each character mapped by the given translation table."},
    {"count", m_count, NATIVE_METHOD, "Return the number of non-overlapping occurrences of subsection sub."},
    {"find", m_find, NATIVE_METHOD, "Return the lowest index where subsection sub is found."},
    {"rfind", m_rfind, NATIVE_METHOD, "Return the highest index where subsection sub is found."},
    {"index", m_index, NATIVE_METHOD, "Like find, but raise ValueError when the subsection is not found."},
    {"rindex", m_rindex, NATIVE_METHOD, "Like rfind, but raise ValueError when the subsection is not found."},
    {"startswith", m_startswith, NATIVE_METHOD, "Return True if the bytes starts with the specified prefix."},
    {"endswith", m_endswith, NATIVE_METHOD, "Return True if the bytes ends with the specified suffix."},
    {"join", m_join, NATIVE_METHOD, "Concatenate any number of bytes objects."},
    {"split", m_split, NATIVE_METHOD, "Return a list of the sections in the bytes, using sep as the delimiter."},
    {"rsplit", m_rsplit, NATIVE_METHOD, "Return a list of the sections in the bytes, using sep as the delimiter."},
    {"splitlines", m_splitlines, NATIVE_METHOD, "Return a list of the lines in the bytes, breaking at line boundaries."},
    {"partition", m_partition, NATIVE_METHOD, "Partition the bytes into three parts using the given separator."},
    {"rpartition", m_rpartition, NATIVE_METHOD, "Partition the bytes into three parts using the given separator."},
    {"strip", m_strip, NATIVE_METHOD, "Strip leading and trailing bytes contained in the argument."},
    {"lstrip", m_lstrip, NATIVE_METHOD, "Strip leading bytes contained in the argument."},
    {"rstrip", m_rstrip, NATIVE_METHOD, "Strip trailing bytes contained in the argument."},
    {"replace", m_replace, NATIVE_METHOD, "Return a copy with all occurrences of substring old replaced by new."},
    {"removeprefix", m_removeprefix, NATIVE_METHOD, "Return a bytes object with the given prefix string removed if present."},
    {"removesuffix", m_removesuffix, NATIVE_METHOD, "Return a bytes object with the given suffix string removed if present."},
    {"center", m_center, NATIVE_METHOD, "Return a centered string of length width."},
    {"ljust", m_ljust, NATIVE_METHOD, "Return a left-justified string of length width."},
    {"rjust", m_rjust, NATIVE_METHOD, "Return a right-justified string of length width."},
    {"zfill", m_zfill, NATIVE_METHOD, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"expandtabs", m_expandtabs, NATIVE_METHOD, "Return a copy where all tab characters are expanded using spaces."},
    {"upper", m_upper, NATIVE_METHOD, "B.upper() -> copy of B with all ASCII characters converted to uppercase."},
    {"lower", m_lower, NATIVE_METHOD, "B.lower() -> copy of B with all ASCII characters converted to lowercase."},
    {"swapcase", m_swapcase, NATIVE_METHOD, "B.swapcase() -> copy of B with uppercase ASCII characters converted to lowercase and vice versa."},
    {"title", m_title, NATIVE_METHOD, "B.title() -> copy of B with ASCII words titlecased."},
    {"capitalize", m_capitalize, NATIVE_METHOD, "B.capitalize() -> copy of B with only its first character capitalized."},
    {"isdigit", m_isdigit, NATIVE_METHOD, "Return True if all characters in B are digits and there is at least one character in B."},
    {"isalpha", m_isalpha, NATIVE_METHOD, "Return True if all characters in B are alphabetic and there is at least one character in B."},
    {"isalnum", m_isalnum, NATIVE_METHOD, "Return True if all characters in B are alphanumeric and there is at least one character in B."},
    {"isspace", m_isspace, NATIVE_METHOD, "Return True if all characters in B are whitespace and there is at least one character in B."},
    {"isascii", m_isascii, NATIVE_METHOD, "Return True if B is empty or all characters in B are ASCII."},
    {"isupper", m_isupper, NATIVE_METHOD, "Return True if all cased characters in B are uppercase and there is at least one cased character in B."},
    {"islower", m_islower, NATIVE_METHOD, "Return True if all cased characters in B are lowercase and there is at least one cased character in B."},
    {"istitle", m_istitle, NATIVE_METHOD, "Return True if B is a titlecased string and there is at least one character in B."},
    {NULL, NULL, 0, NULL},
};

void bytes_init_methods(ThreadState *ts) {
    type_add_methods(ts, &BytesType, bytes_methods);
    type_add_methods(ts, &ByteArrayType, bytes_methods);
}
