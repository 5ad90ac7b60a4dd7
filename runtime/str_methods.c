// The methods of str: searching (find, count, startswith...), splitting
// and joining, stripping, replacing, padding, case conversion, the is*()
// tests, expandtabs, encode, maketrans/translate.
//
// A str is UTF-8 (obj_str.h) while Python counts in code points, so every
// index a method takes or returns is a code point index. Searching works on
// the bytes anyway: UTF-8 is self-synchronizing, so a valid needle matches
// the bytes of a haystack exactly where it matches its code points, and
// only the positions need converting (at_cp/at_byte). ASCII strings, the
// common case, skip every conversion. Case mappings and character classes
// come from str_ctype.c, generated from Python's Unicode database.
//
// Methods never return a str subclass: like CPython's, they return exact
// str objects (the receiver itself when nothing changes and it is exact).
//
// See also: obj_str.c (the type and its slots), str_format.c (format and
// %), codec.c (encode), bytes_methods.c (the bytes versions).
#include "runtime/args.h"
#include "runtime/codec.h"
#include "runtime/memsearch.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_list.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/str_ctype.h"
#include "runtime/strbuf.h"

// --- helpers ------------------------------------------------------------------------

static Value str_value(Obj *s) { return s ? val_obj(s) : VNULL; }

static Value new_str(ThreadState *ts, const char *data, int64_t nbytes) {
    return str_value(str_new(ts, data ? data : "", nbytes));
}

static Value from_buf(ThreadState *ts, StrBuf *sb) {
    Value r = new_str(ts, sb->data, (int64_t)sb->len);
    strbuf_free(sb);
    return r;
}

// The receiver unchanged, as an exact str.
static Value unchanged(ThreadState *ts, Value self) {
    if (val_is_str(self)) {
        return val_dup(self);
    }
    ObjStr *s = as_str(self);
    return str_value(str_new_known(ts, s->data, s->nbytes, s->len));
}

// Byte offset of code point index i (0 <= i <= len).
static int64_t at_byte(ObjStr *s, int64_t i) { return s->ascii ? i : str_cp_offset(s, i); }

// Code point index of byte offset b.
static int64_t at_cp(ObjStr *s, int64_t b) { return s->ascii ? b : utf8_count(s->data, b); }

// Steps back to the start of the code point before byte offset *pos.
static uint32_t prev_cp(const char *data, int64_t *pos) {
    int64_t p = *pos - 1;
    while (p > 0 && ((unsigned char)data[p] & 0xC0) == 0x80) {
        p--;
    }
    *pos = p;
    const char *q = data + p;
    return utf8_next(&q);
}

// Requires a str argument: TypeError "<prefix>must be str, not int".
static bool need_str(ThreadState *ts, Value v, const char *prefix) {
    if (val_is_str_like(v)) {
        return true;
    }
    exc_raise(ts, &ExcTypeError, "%smust be str, not %s", prefix, val_type_name(v));
    return false;
}

static bool check_none(ThreadState *ts, Value self, const char *name, int64_t nargs, Obj *kw) {
    (void)self;
    return args_check(ts, "str", name, nargs, kw, 0, 0, ARGS_FIXED);
}

// --- searching ----------------------------------------------------------------------

enum { FIND, RFIND, INDEX, RINDEX, COUNT };

static Value search(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw,
                    const char *name, int kind) {
    if (kw && tuple_len(kw)) {
        return exc_raise(ts, &ExcTypeError, "str.%s() takes no keyword arguments", name);
    }
    if (!args_check(ts, "str", name, nargs, NULL, 1, 3, ARGS_VARARGS) || !need_str(ts, args[0], "")) {
        return VNULL;
    }
    ObjStr *s = as_str(self), *sub = as_str(args[0]);
    int64_t start = 0, end = s->len;
    if ((nargs > 1 && !args_slice_index(ts, args[1], &start)) ||
        (nargs > 2 && !args_slice_index(ts, args[2], &end))) {
        return VNULL;
    }
    args_adjust_range(s->len, &start, &end);
    if (kind == COUNT) {
        if (start > s->len || end < start) {
            return val_int(0);
        }
        if (sub->len == 0) {
            return val_int(end - start + 1);
        }
        int64_t lo = at_byte(s, start), hi = at_byte(s, end), n = 0;
        for (int64_t i = mem_search(s->data, lo, hi, sub->data, sub->nbytes, false); i >= 0;
             i = mem_search(s->data, i + sub->nbytes, hi, sub->data, sub->nbytes, false)) {
            n++;
        }
        return val_int(n);
    }
    int64_t found = -1;
    if (start <= s->len && end - start >= sub->len) {
        int64_t b = mem_search(s->data, at_byte(s, start), at_byte(s, end), sub->data,
                               sub->nbytes, kind == RFIND || kind == RINDEX);
        found = b < 0 ? -1 : at_cp(s, b);
    }
    if (found < 0 && (kind == INDEX || kind == RINDEX)) {
        return exc_raise(ts, &ExcValueError, "substring not found");
    }
    return val_int(found);
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

// Does s[start:end] (code points) start or end with sub?
static bool tail_match(ObjStr *s, int64_t start, int64_t end, ObjStr *sub, bool at_end) {
    args_adjust_range(s->len, &start, &end);
    if (start > s->len || end - start < sub->len) {
        return false;
    }
    int64_t b = at_end ? at_byte(s, end) - sub->nbytes : at_byte(s, start);
    return b >= 0 && memcmp(s->data + b, sub->data, (size_t)sub->nbytes) == 0;
}

static Value starts_or_ends(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw,
                            const char *name, bool at_end) {
    if (kw && tuple_len(kw)) {
        return exc_raise(ts, &ExcTypeError, "str.%s() takes no keyword arguments", name);
    }
    if (!args_check(ts, "str", name, nargs, NULL, 1, 3, ARGS_VARARGS)) {
        return VNULL;
    }
    int64_t start = 0, end = INT64_MAX;
    if ((nargs > 1 && !args_slice_index(ts, args[1], &start)) ||
        (nargs > 2 && !args_slice_index(ts, args[2], &end))) {
        return VNULL;
    }
    Value what = args[0];
    if (val_isinstance(what, &TupleType)) {
        for (int64_t i = 0; i < tuple_len(what.as.obj); i++) {
            Value p = tuple_get(what.as.obj, i);
            if (!val_is_str_like(p)) {
                return exc_raise(ts, &ExcTypeError, "tuple for %s must only contain str, not %s",
                                 name, val_type_name(p));
            }
            if (tail_match(as_str(self), start, end, as_str(p), at_end)) {
                return VTRUE;
            }
        }
        return VFALSE;
    }
    if (!val_is_str_like(what)) {
        return exc_raise(ts, &ExcTypeError, "%s first arg must be str or a tuple of str, not %s",
                         name, val_type_name(what));
    }
    return val_bool(tail_match(as_str(self), start, end, as_str(what), at_end));
}

static Value m_startswith(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return starts_or_ends(ts, self, args, nargs, kw, "startswith", false);
}

static Value m_endswith(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return starts_or_ends(ts, self, args, nargs, kw, "endswith", true);
}

// --- splitting ----------------------------------------------------------------------

// Appends data[:nbytes] as a new str; `ascii`: the text it comes from is
// ASCII, so the piece is too and its length is known.
static bool append_piece(ThreadState *ts, Obj *list, const char *data, int64_t nbytes, bool ascii) {
    Obj *piece = ascii ? str_new_known(ts, data, nbytes, nbytes) : str_new(ts, data, nbytes);
    return piece && list_append_steal(ts, list, val_obj(piece)) == 0;
}

static void reverse_list(Obj *list) {
    ObjList *l = (ObjList *)list;
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

// The code point at byte offset *pos, advancing *pos past it.
static uint32_t cp_at(const char *data, int64_t *pos) {
    const char *p = data + *pos;
    uint32_t c = utf8_next(&p);
    *pos = p - data;
    return c;
}

// Splits on runs of whitespace, from the left (or the right), at most
// maxsplit times; what remains then is the last piece as it is.
static Value split_whitespace(ThreadState *ts, ObjStr *s, int64_t maxsplit, bool right) {
    Obj *list = list_new(ts, 0);
    if (!list) {
        return VNULL;
    }
    const char *d = s->data;
    int64_t n = s->nbytes;
    if (!right) {
        int64_t i = 0;
        for (;;) {
            int64_t j = i;
            while (i < n && ctype_is_space(cp_at(d, &j))) {
                i = j;
            }
            if (i >= n) {
                break;
            }
            int64_t end;
            if (maxsplit-- == 0) {
                end = n;   // the rest, trailing whitespace included
            } else {
                end = i;
                int64_t k = i;
                while (end < n && !ctype_is_space(cp_at(d, &k))) {
                    end = k;
                }
            }
            if (!append_piece(ts, list, d + i, end - i, s->ascii)) {
                obj_decref(list);
                return VNULL;
            }
            i = end;
        }
        return val_obj(list);
    }
    int64_t i = n;   // the unsplit part is [0, i)
    for (;;) {
        int64_t p = i;
        while (i > 0 && ctype_is_space(prev_cp(d, &p))) {
            i = p;
        }
        if (i <= 0) {
            break;
        }
        int64_t begin;
        if (maxsplit-- == 0) {
            begin = 0;   // the rest, leading whitespace included
        } else {
            begin = i;
            int64_t k = i;
            while (begin > 0 && !ctype_is_space(prev_cp(d, &k))) {
                begin = k;
            }
        }
        if (!append_piece(ts, list, d + begin, i - begin, s->ascii)) {
            obj_decref(list);
            return VNULL;
        }
        i = begin;
    }
    reverse_list(list);
    return val_obj(list);
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
    ObjStr *s = as_str(self);
    if (val_is_null(a[0]) || val_is_none(a[0])) {
        return split_whitespace(ts, s, maxsplit, right);
    }
    if (!val_is_str_like(a[0])) {
        return exc_raise(ts, &ExcTypeError, "must be str or None, not %s", val_type_name(a[0]));
    }
    ObjStr *sep = as_str(a[0]);
    if (sep->nbytes == 0) {
        return exc_raise(ts, &ExcValueError, "empty separator");
    }
    Obj *list = list_new(ts, 0);
    if (!list) {
        return VNULL;
    }
    int64_t lo = 0, hi = s->nbytes;
    for (; maxsplit > 0; maxsplit--) {
        int64_t i = mem_search(s->data, lo, hi, sep->data, sep->nbytes, right);
        if (i < 0) {
            break;
        }
        bool ok = right ? append_piece(ts, list, s->data + i + sep->nbytes, hi - i - sep->nbytes, s->ascii)
                        : append_piece(ts, list, s->data + lo, i - lo, s->ascii);
        if (!ok) {
            obj_decref(list);
            return VNULL;
        }
        if (right) {
            hi = i;
        } else {
            lo = i + sep->nbytes;
        }
    }
    if (!append_piece(ts, list, s->data + lo, hi - lo, s->ascii)) {
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
    ObjStr *s = as_str(self);
    Obj *list = list_new(ts, 0);
    if (!list) {
        return VNULL;
    }
    int64_t i = 0, n = s->nbytes;
    while (i < n) {
        int64_t eol = i, next = i;
        while (eol < n) {
            next = eol;
            uint32_t c = cp_at(s->data, &next);
            if (ctype_is_linebreak(c)) {
                if (c == '\r' && next < n && s->data[next] == '\n') {
                    next++;
                }
                break;
            }
            eol = next;
        }
        if (eol >= n) {
            next = n;
        }
        if (!append_piece(ts, list, s->data + i, (keepends ? next : eol) - i, s->ascii)) {
            obj_decref(list);
            return VNULL;
        }
        i = next;
    }
    return val_obj(list);
}

static Value partition_impl(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw,
                            bool right) {
    if (!args_check(ts, "str", right ? "rpartition" : "partition", nargs, kw, 1, 1, ARGS_FIXED) ||
        !need_str(ts, args[0], "")) {
        return VNULL;
    }
    ObjStr *s = as_str(self), *sep = as_str(args[0]);
    if (sep->nbytes == 0) {
        return exc_raise(ts, &ExcValueError, "empty separator");
    }
    int64_t i = mem_search(s->data, 0, s->nbytes, sep->data, sep->nbytes, right);
    Value parts[3];
    if (i < 0) {
        Value empty = new_str(ts, "", 0);
        // Like CPython, the receiver itself, even when it is a subclass instance.
        parts[right ? 2 : 0] = val_dup(self);
        parts[1] = empty;
        parts[right ? 0 : 2] = val_dup(empty);
    } else {
        parts[0] = new_str(ts, s->data, i);
        parts[1] = val_dup(args[0]);
        parts[2] = new_str(ts, s->data + i + sep->nbytes, s->nbytes - i - sep->nbytes);
    }
    Obj *t = NULL;
    if (!val_is_null(parts[0]) && !val_is_null(parts[1]) && !val_is_null(parts[2])) {
        t = tuple_from_array(ts, parts, 3);
    }
    for (int k = 0; k < 3; k++) {
        val_decref(parts[k]);
    }
    return str_value(t);
}

static Value m_partition(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return partition_impl(ts, self, args, nargs, kw, false);
}

static Value m_rpartition(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return partition_impl(ts, self, args, nargs, kw, true);
}

// --- joining ------------------------------------------------------------------------

Value str_join(ThreadState *ts, Obj *sep, Value iterable) {
    Value seq;
    if (val_is_list(iterable) || val_is_tuple(iterable)) {
        seq = val_dup(iterable);
    } else {
        if (!val_type(iterable)->iter && !val_type(iterable)->getitem) {
            return exc_raise(ts, &ExcTypeError, "can only join an iterable");
        }
        seq = list_from_iterable(ts, iterable);
        if (val_is_null(seq)) {
            return VNULL;
        }
    }
    Value *items = val_is_tuple(seq) ? as_tuple(seq)->items : as_list(seq)->items;
    int64_t n = val_is_tuple(seq) ? as_tuple(seq)->len : as_list(seq)->len;
    ObjStr *sp = (ObjStr *)sep;
    int64_t nbytes = 0, len = 0;
    for (int64_t i = 0; i < n; i++) {
        if (!val_is_str_like(items[i])) {
            exc_raise(ts, &ExcTypeError, "sequence item %lld: expected str instance, %s found",
                      (long long)i, val_type_name(items[i]));
            val_decref(seq);
            return VNULL;
        }
        nbytes += as_str(items[i])->nbytes + (i ? sp->nbytes : 0);
        len += as_str(items[i])->len + (i ? sp->len : 0);
    }
    if (n == 1 && val_is_str(items[0])) {
        Value r = val_dup(items[0]);
        val_decref(seq);
        return r;
    }
    Obj *o = str_new_uninit(ts, nbytes);
    if (!o) {
        val_decref(seq);
        return VNULL;
    }
    ObjStr *r = (ObjStr *)o;
    char *p = r->data;
    for (int64_t i = 0; i < n; i++) {
        if (i) {
            memcpy(p, sp->data, (size_t)sp->nbytes);
            p += sp->nbytes;
        }
        memcpy(p, as_str(items[i])->data, (size_t)as_str(items[i])->nbytes);
        p += as_str(items[i])->nbytes;
    }
    r->len = len;
    r->ascii = len == nbytes;
    val_decref(seq);
    return val_obj(o);
}

static Value m_join(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "str", "join", nargs, kw, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    return str_join(ts, self.as.obj, args[0]);
}

// --- stripping, replacing, affixes --------------------------------------------------

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2 };

static bool in_chars(ObjStr *chars, uint32_t c) {
    if (!chars) {
        return ctype_is_space(c);
    }
    if (chars->ascii) {
        return c < 0x80 && memchr(chars->data, (int)c, (size_t)chars->nbytes) != NULL;
    }
    const char *p = chars->data, *end = p + chars->nbytes;
    while (p < end) {
        if (utf8_next(&p) == c) {
            return true;
        }
    }
    return false;
}

static Value strip_impl(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw,
                        const char *name, int sides) {
    if (!args_check(ts, "str", name, nargs, kw, 0, 1, ARGS_CLINIC)) {
        return VNULL;
    }
    ObjStr *chars = NULL;
    if (nargs && !val_is_none(args[0])) {
        if (!val_is_str_like(args[0])) {
            return exc_raise(ts, &ExcTypeError, "%s arg must be None or str", name);
        }
        chars = as_str(args[0]);
    }
    ObjStr *s = as_str(self);
    int64_t i = 0, j = s->nbytes;
    if (sides & STRIP_LEFT) {
        while (i < j) {
            int64_t k = i;
            if (!in_chars(chars, cp_at(s->data, &k))) {
                break;
            }
            i = k;
        }
    }
    if (sides & STRIP_RIGHT) {
        while (j > i) {
            int64_t k = j;
            if (!in_chars(chars, prev_cp(s->data, &k))) {
                break;
            }
            j = k;
        }
    }
    if (i == 0 && j == s->nbytes) {
        return unchanged(ts, self);
    }
    return new_str(ts, s->data + i, j - i);
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
    if (!args_check(ts, "str", "replace", nargs, kw, 2, 3, ARGS_CLINIC) ||
        !need_str(ts, args[0], "replace() argument 1 ") ||
        !need_str(ts, args[1], "replace() argument 2 ")) {
        return VNULL;
    }
    int64_t count = -1;
    if (nargs > 2 && !obj_index_i64(ts, args[2], &count)) {
        return VNULL;
    }
    if (count < 0) {
        count = INT64_MAX;
    }
    ObjStr *s = as_str(self), *old = as_str(args[0]), *new = as_str(args[1]);
    StrBuf sb;
    strbuf_init(&sb);
    int64_t i = 0;
    if (old->nbytes == 0) {
        // Insert `new` before every code point and at the end.
        for (; count > 0 && i <= s->nbytes; count--) {
            strbuf_append(&sb, new->data, (size_t)new->nbytes);
            if (i == s->nbytes) {
                i++;
                break;
            }
            int64_t k = i;
            cp_at(s->data, &k);
            strbuf_append(&sb, s->data + i, (size_t)(k - i));
            i = k;
        }
    } else {
        for (; count > 0; count--) {
            int64_t j = mem_search(s->data, i, s->nbytes, old->data, old->nbytes, false);
            if (j < 0) {
                break;
            }
            strbuf_append(&sb, s->data + i, (size_t)(j - i));
            strbuf_append(&sb, new->data, (size_t)new->nbytes);
            i = j + old->nbytes;
        }
    }
    if (i < s->nbytes) {
        strbuf_append(&sb, s->data + i, (size_t)(s->nbytes - i));
    }
    return from_buf(ts, &sb);
}

static Value affix_impl(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw,
                        const char *name, bool suffix) {
    if (!args_check(ts, "str", name, nargs, kw, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    if (!val_is_str_like(args[0])) {
        return exc_raise(ts, &ExcTypeError, "%s() argument must be str, not %s", name,
                         val_type_name(args[0]));
    }
    ObjStr *s = as_str(self), *a = as_str(args[0]);
    if (a->nbytes > 0 && a->nbytes <= s->nbytes &&
        memcmp(suffix ? s->data + s->nbytes - a->nbytes : s->data, a->data, (size_t)a->nbytes) == 0) {
        return new_str(ts, suffix ? s->data : s->data + a->nbytes, s->nbytes - a->nbytes);
    }
    return unchanged(ts, self);
}

static Value m_removeprefix(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return affix_impl(ts, self, args, nargs, kw, "removeprefix", false);
}

static Value m_removesuffix(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return affix_impl(ts, self, args, nargs, kw, "removesuffix", true);
}

// --- padding ------------------------------------------------------------------------

enum { PAD_CENTER, PAD_LEFT, PAD_RIGHT };

static void append_fill(StrBuf *sb, const char *fill, int64_t fill_len, int64_t count) {
    if (fill_len == 1) {
        strbuf_fill(sb, fill[0], (size_t)count);
        return;
    }
    for (int64_t i = 0; i < count; i++) {
        strbuf_append(sb, fill, (size_t)fill_len);
    }
}

static Value pad_impl(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw,
                      const char *name, int how) {
    if (!args_check(ts, "str", name, nargs, kw, 1, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    int64_t width;
    if (!obj_index_i64(ts, args[0], &width)) {
        return VNULL;
    }
    const char *fill = " ";
    int64_t fill_len = 1;
    if (nargs > 1) {
        if (!val_is_str_like(args[1])) {
            return exc_raise(ts, &ExcTypeError, "The fill character must be a unicode character, not %s",
                             val_type_name(args[1]));
        }
        if (as_str(args[1])->len != 1) {
            return exc_raise(ts, &ExcTypeError, "The fill character must be exactly one character long");
        }
        fill = as_str(args[1])->data;
        fill_len = as_str(args[1])->nbytes;
    }
    ObjStr *s = as_str(self);
    if (width <= s->len) {
        return unchanged(ts, self);
    }
    int64_t pad = width - s->len;
    int64_t left = how == PAD_LEFT ? 0 : how == PAD_RIGHT ? pad : pad / 2 + (pad & width & 1);
    StrBuf sb;
    strbuf_init(&sb);
    if ((uint64_t)pad > SIZE_MAX / 4 / (uint64_t)fill_len ||
        !strbuf_try_reserve(&sb, (size_t)pad * (size_t)fill_len + (size_t)s->nbytes)) {
        return exc_no_memory(ts);
    }
    append_fill(&sb, fill, fill_len, left);
    strbuf_append(&sb, s->data, (size_t)s->nbytes);
    append_fill(&sb, fill, fill_len, pad - left);
    return from_buf(ts, &sb);
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
    if (!args_check(ts, "str", "zfill", nargs, kw, 1, 1, ARGS_FIXED) ||
        !obj_index_i64(ts, args[0], &width)) {
        return VNULL;
    }
    ObjStr *s = as_str(self);
    if (width <= s->len) {
        return unchanged(ts, self);
    }
    StrBuf sb;
    strbuf_init(&sb);
    if (!strbuf_try_reserve(&sb, (size_t)width + (size_t)s->nbytes)) {
        return exc_no_memory(ts);
    }
    int64_t sign = s->nbytes > 0 && (s->data[0] == '+' || s->data[0] == '-');
    strbuf_append(&sb, s->data, (size_t)sign);
    strbuf_fill(&sb, '0', (size_t)(width - s->len));
    strbuf_append(&sb, s->data + sign, (size_t)(s->nbytes - sign));
    return from_buf(ts, &sb);
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
    ObjStr *s = as_str(self);
    if (!memchr(s->data, '\t', (size_t)s->nbytes)) {
        return unchanged(ts, self);
    }
    StrBuf sb;
    strbuf_init(&sb);
    int64_t col = 0;
    for (int64_t i = 0; i < s->nbytes;) {
        int64_t k = i;
        uint32_t c = cp_at(s->data, &k);
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
            strbuf_append(&sb, s->data + i, (size_t)(k - i));
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
        i = k;
    }
    return from_buf(ts, &sb);
}

// --- case ---------------------------------------------------------------------------

enum { CASE_UPPER, CASE_LOWER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

// The code points of s, in a cs_malloc'd array of s->len entries.
static uint32_t *decode_all(ThreadState *ts, ObjStr *s) {
    uint32_t *cps = cs_malloc_or_raise(ts, sizeof(uint32_t) * (size_t)(s->len ? s->len : 1));
    if (cps) {
        const char *p = s->data;
        for (int64_t i = 0; i < s->len; i++) {
            cps[i] = utf8_next(&p);
        }
    }
    return cps;
}

// The lowercase of cps[i], with Greek capital sigma becoming final sigma
// at the end of a word, as CPython's lower() does.
static int lower_at(const uint32_t *cps, int64_t n, int64_t i, uint32_t out[3]) {
    if (cps[i] != 0x03A3) {
        return ctype_to_lower(cps[i], out);
    }
    int64_t j = i - 1;
    while (j >= 0 && ctype_is_case_ignorable(cps[j])) {
        j--;
    }
    bool final = j >= 0 && ctype_is_cased(cps[j]);
    if (final) {
        j = i + 1;
        while (j < n && ctype_is_case_ignorable(cps[j])) {
            j++;
        }
        final = j == n || !ctype_is_cased(cps[j]);
    }
    out[0] = final ? 0x03C2 : 0x03C3;
    return 1;
}

static Value ascii_case(ThreadState *ts, ObjStr *s, int how) {
    Obj *o = str_new_uninit(ts, s->nbytes);
    if (!o) {
        return VNULL;
    }
    ObjStr *r = (ObjStr *)o;
    bool prev_cased = false;
    for (int64_t i = 0; i < s->nbytes; i++) {
        char c = s->data[i];
        bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
        bool up;
        switch (how) {
        case CASE_UPPER: up = true; break;
        case CASE_SWAP: up = lower; break;
        case CASE_TITLE: up = !prev_cased; break;
        case CASE_CAPITALIZE: up = i == 0; break;
        default: up = false; break;
        }
        if (up && lower) {
            c = (char)(c - 32);
        } else if (!up && upper) {
            c = (char)(c + 32);
        }
        prev_cased = lower || upper;
        r->data[i] = c;
    }
    r->len = s->len;
    r->ascii = true;
    return val_obj(o);
}

static Value change_case(ThreadState *ts, Value self, int how) {
    ObjStr *s = as_str(self);
    if (s->ascii) {
        return ascii_case(ts, s, how);
    }
    uint32_t *cps = decode_all(ts, s);
    if (!cps) {
        return VNULL;
    }
    StrBuf sb;
    strbuf_init(&sb);
    bool prev_cased = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = cps[i], out[3];
        int n;
        switch (how) {
        case CASE_UPPER: n = ctype_to_upper(c, out); break;
        case CASE_LOWER: n = lower_at(cps, s->len, i, out); break;
        case CASE_FOLD: n = ctype_casefold(c, out); break;
        case CASE_SWAP:
            n = ctype_is_upper(c)   ? lower_at(cps, s->len, i, out)
                : ctype_is_lower(c) ? ctype_to_upper(c, out)
                                    : (out[0] = c, 1);
            break;
        case CASE_TITLE:
            n = prev_cased ? lower_at(cps, s->len, i, out) : ctype_to_title(c, out);
            prev_cased = ctype_is_cased(c);
            break;
        default:
            n = i == 0 ? ctype_to_title(c, out) : lower_at(cps, s->len, i, out);
            break;
        }
        for (int k = 0; k < n; k++) {
            strbuf_append_codepoint(&sb, out[k]);
        }
    }
    cs_free(cps);
    return from_buf(ts, &sb);
}

#define CASE_METHOD(fn, name, how)                                                        \
    static Value fn(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {    \
        (void)args;                                                                        \
        return check_none(ts, self, name, nargs, kw) ? change_case(ts, self, how) : VNULL; \
    }
CASE_METHOD(m_upper, "upper", CASE_UPPER)
CASE_METHOD(m_lower, "lower", CASE_LOWER)
CASE_METHOD(m_casefold, "casefold", CASE_FOLD)
CASE_METHOD(m_swapcase, "swapcase", CASE_SWAP)
CASE_METHOD(m_title, "title", CASE_TITLE)
CASE_METHOD(m_capitalize, "capitalize", CASE_CAPITALIZE)

// --- character classes --------------------------------------------------------------

static bool all_chars(ObjStr *s, bool (*test)(uint32_t)) {
    if (s->len == 0) {
        return false;
    }
    const char *p = s->data, *end = p + s->nbytes;
    while (p < end) {
        if (!test(utf8_next(&p))) {
            return false;
        }
    }
    return true;
}

static bool is_alnum(uint32_t c) {
    return ctype_is_alpha(c) || ctype_is_decimal(c) || ctype_is_digit(c) || ctype_is_numeric(c);
}

#define CLASS_METHOD(fn, name, test)                                                      \
    static Value fn(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {    \
        (void)args;                                                                        \
        if (!check_none(ts, self, name, nargs, kw)) {                                      \
            return VNULL;                                                                  \
        }                                                                                  \
        return val_bool(all_chars(as_str(self), test));                                    \
    }
CLASS_METHOD(m_isalpha, "isalpha", ctype_is_alpha)
CLASS_METHOD(m_isdigit, "isdigit", ctype_is_digit)
CLASS_METHOD(m_isdecimal, "isdecimal", ctype_is_decimal)
CLASS_METHOD(m_isnumeric, "isnumeric", ctype_is_numeric)
CLASS_METHOD(m_isalnum, "isalnum", is_alnum)
CLASS_METHOD(m_isspace, "isspace", ctype_is_space)

enum { CASED_UPPER, CASED_LOWER, CASED_TITLE };

// isupper/islower/istitle: at least one cased character, and the cased
// ones in the right case (for istitle: uppercase only at a word's start).
static bool cased_test(ObjStr *s, int what) {
    bool cased = false, prev_cased = false;
    const char *p = s->data, *end = p + s->nbytes;
    while (p < end) {
        uint32_t c = utf8_next(&p);
        bool up = ctype_is_upper(c), title = ctype_is_title(c), low = ctype_is_lower(c);
        switch (what) {
        case CASED_UPPER:
            if (low || title) {
                return false;
            }
            cased |= up;
            break;
        case CASED_LOWER:
            if (up || title) {
                return false;
            }
            cased |= low;
            break;
        default:
            if (up || title) {
                if (prev_cased) {
                    return false;
                }
                prev_cased = cased = true;
            } else if (low) {
                if (!prev_cased) {
                    return false;
                }
                prev_cased = cased = true;
            } else {
                prev_cased = false;
            }
            break;
        }
    }
    return cased;
}

#define CASED_METHOD(fn, name, what)                                                      \
    static Value fn(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {    \
        (void)args;                                                                        \
        if (!check_none(ts, self, name, nargs, kw)) {                                      \
            return VNULL;                                                                  \
        }                                                                                  \
        return val_bool(cased_test(as_str(self), what));                                   \
    }
CASED_METHOD(m_isupper, "isupper", CASED_UPPER)
CASED_METHOD(m_islower, "islower", CASED_LOWER)
CASED_METHOD(m_istitle, "istitle", CASED_TITLE)

static Value m_isascii(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    return check_none(ts, self, "isascii", nargs, kw) ? val_bool(as_str(self)->ascii) : VNULL;
}

static Value m_isprintable(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!check_none(ts, self, "isprintable", nargs, kw)) {
        return VNULL;
    }
    ObjStr *s = as_str(self);
    return val_bool(s->len == 0 || all_chars(s, ctype_is_printable));
}

// Identifier characters: letters and '_' start a name; digits and
// combining marks may follow. Non-ASCII code points are classified
// approximately (by letter-ness and the combining-mark blocks), which is
// exact for ASCII and for the letters of every script.
static bool ident_start(uint32_t c) { return c == '_' || ctype_is_alpha(c); }

static bool ident_continue(uint32_t c) {
    return ident_start(c) || ctype_is_decimal(c) || (c >= 0x0300 && c <= 0x036F) ||
           (c >= 0x0483 && c <= 0x0487) || (c >= 0x0591 && c <= 0x05BD) ||
           (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) ||
           (c >= 0x0900 && c <= 0x0903) || (c >= 0x093A && c <= 0x094F) ||
           (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20DC) ||
           (c >= 0xFE20 && c <= 0xFE2F) || c == 0x00B7 || c == 0x203F || c == 0x2040;
}

static Value m_isidentifier(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!check_none(ts, self, "isidentifier", nargs, kw)) {
        return VNULL;
    }
    ObjStr *s = as_str(self);
    const char *p = s->data, *end = p + s->nbytes;
    if (p == end || !ident_start(utf8_next(&p))) {
        return VFALSE;
    }
    while (p < end) {
        if (!ident_continue(utf8_next(&p))) {
            return VFALSE;
        }
    }
    return VTRUE;
}

// --- encode, maketrans, translate ---------------------------------------------------

static Value m_encode(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    Codec codec;
    const char *errors;
    if (!args_parse(ts, "encode", args, nargs, kw, names, 2, 0, a) ||
        !codec_parse(ts, "encode", a[0], a[1], &codec, &errors)) {
        return VNULL;
    }
    return str_value(codec_encode(ts, self.as.obj, codec, errors));
}

// The code point of a one-character str.
static uint32_t only_cp(ObjStr *s) {
    const char *p = s->data;
    return utf8_next(&p);
}

// maketrans(dict) or maketrans(from, to[, delete]): a dict from code
// points to code points (or None, for deletion).
static Value maketrans_dict(ThreadState *ts, Obj *result, Value map) {
    if (!val_is_dict_like(map)) {
        return exc_raise(ts, &ExcTypeError,
                         "if you give only one argument to maketrans it must be a dict");
    }
    int64_t pos = 0;
    Value k, v;
    while (dict_next(map.as.obj, &pos, &k, &v)) {
        Value key;
        if (val_is_str_like(k)) {
            if (as_str(k)->len != 1) {
                return exc_raise(ts, &ExcValueError,
                                 "string keys in translate table must be of length 1");
            }
            key = val_int(only_cp(as_str(k)));
        } else if (val_is_int_subclass(k)) {
            key = k;
        } else {
            return exc_raise(ts, &ExcTypeError, "keys in translate table must be strings or integers");
        }
        if (dict_set(ts, result, key, v) < 0) {
            return VNULL;
        }
    }
    return val_dup(val_obj(result));
}

static Value m_maketrans(ThreadState *ts, Value cls, Value *args, int64_t nargs, Obj *kw) {
    (void)cls;
    if (!args_check(ts, "str", "maketrans", nargs, kw, 1, 3, ARGS_CLINIC)) {
        return VNULL;
    }
    Obj *result = dict_new(ts);
    if (!result) {
        return VNULL;
    }
    Value r = VNULL;
    if (nargs == 1) {
        r = maketrans_dict(ts, result, args[0]);
        obj_decref(result);
        return r;
    }
    if (!val_is_str_like(args[0])) {
        exc_raise(ts, &ExcTypeError, "first maketrans argument must be a string if there is a second argument");
    } else if (need_str(ts, args[1], "maketrans() argument 2 ") &&
               (nargs < 3 || need_str(ts, args[2], "maketrans() argument 3 "))) {
        ObjStr *from = as_str(args[0]), *to = as_str(args[1]);
        if (from->len != to->len) {
            exc_raise(ts, &ExcValueError, "the first two maketrans arguments must have equal length");
        } else {
            const char *p = from->data, *q = to->data;
            bool ok = true;
            for (int64_t i = 0; i < from->len && ok; i++) {
                uint32_t a = utf8_next(&p), b = utf8_next(&q);
                ok = dict_set(ts, result, val_int(a), val_int(b)) == 0;
            }
            if (nargs == 3) {
                p = as_str(args[2])->data;
                for (int64_t i = 0; i < as_str(args[2])->len && ok; i++) {
                    ok = dict_set(ts, result, val_int(utf8_next(&p)), VNONE) == 0;
                }
            }
            if (ok) {
                r = val_dup(val_obj(result));
            }
        }
    }
    obj_decref(result);
    return r;
}

// Appends the translation of c; false with an exception.
static bool translate_one(ThreadState *ts, Value table, uint32_t c, StrBuf *sb) {
    Value m = obj_getitem(ts, table, val_int(c));
    if (val_is_null(m)) {
        if (!exc_matches(ts, &ExcLookupError)) {
            return false;
        }
        exc_clear(ts);
        strbuf_append_codepoint(sb, c);
        return true;
    }
    bool ok = true;
    if (val_is_none(m)) {
        // deleted
    } else if (val_is_str_like(m)) {
        strbuf_append(sb, as_str(m)->data, (size_t)as_str(m)->nbytes);
    } else if (val_is_int_subclass(m)) {
        int64_t x;
        if (!int_to_i64(m, &x) || x < 0 || x > 0x10FFFF) {
            exc_raise(ts, &ExcValueError, "character mapping must be in range(0x110000)");
            ok = false;
        } else {
            strbuf_append_codepoint(sb, (uint32_t)x);
        }
    } else {
        exc_raise(ts, &ExcTypeError, "character mapping must return integer, None or str");
        ok = false;
    }
    val_decref(m);
    return ok;
}

static Value m_translate(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "str", "translate", nargs, kw, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    ObjStr *s = as_str(self);
    StrBuf sb;
    strbuf_init(&sb);
    const char *p = s->data, *end = p + s->nbytes;
    while (p < end) {
        if (!translate_one(ts, args[0], utf8_next(&p), &sb)) {
            strbuf_free(&sb);
            return VNULL;
        }
    }
    return from_buf(ts, &sb);
}

static const MethodDef str_methods[] = {
    {"find", m_find, NATIVE_METHOD, "Return the lowest index in S where substring sub is found."},
    {"rfind", m_rfind, NATIVE_METHOD, "Return the highest index in S where substring sub is found."},
    {"index", m_index, NATIVE_METHOD, "Like find, but raise ValueError when the substring is not found."},
    {"rindex", m_rindex, NATIVE_METHOD, "Like rfind, but raise ValueError when the substring is not found."},
    {"count", m_count, NATIVE_METHOD, "Return the number of non-overlapping occurrences of substring sub."},
    {"startswith", m_startswith, NATIVE_METHOD, "Return True if S starts with the specified prefix, False otherwise."},
    {"endswith", m_endswith, NATIVE_METHOD, "Return True if S ends with the specified suffix, False otherwise."},
    {"split", m_split, NATIVE_METHOD, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", m_rsplit, NATIVE_METHOD, "Return a list of the substrings in the string, using sep as the separator string."},
    {"splitlines", m_splitlines, NATIVE_METHOD, "Return a list of the lines in the string, breaking at line boundaries."},
    {"partition", m_partition, NATIVE_METHOD, "Partition the string into three parts using the given separator."},
    {"rpartition", m_rpartition, NATIVE_METHOD, "Partition the string into three parts using the given separator."},
    {"join", m_join, NATIVE_METHOD, "Concatenate any number of strings."},
    {"strip", m_strip, NATIVE_METHOD, "Return a copy of the string with leading and trailing whitespace removed."},
    {"lstrip", m_lstrip, NATIVE_METHOD, "Return a copy of the string with leading whitespace removed."},
    {"rstrip", m_rstrip, NATIVE_METHOD, "Return a copy of the string with trailing whitespace removed."},
    {"replace", m_replace, NATIVE_METHOD, "Return a copy with all occurrences of substring old replaced by new."},
    {"removeprefix", m_removeprefix, NATIVE_METHOD, "Return a str with the given prefix string removed if present."},
    {"removesuffix", m_removesuffix, NATIVE_METHOD, "Return a str with the given suffix string removed if present."},
    {"center", m_center, NATIVE_METHOD, "Return a centered string of length width."},
    {"ljust", m_ljust, NATIVE_METHOD, "Return a left-justified string of length width."},
    {"rjust", m_rjust, NATIVE_METHOD, "Return a right-justified string of length width."},
    {"zfill", m_zfill, NATIVE_METHOD, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"expandtabs", m_expandtabs, NATIVE_METHOD, "Return a copy where all tab characters are expanded using spaces."},
    {"upper", m_upper, NATIVE_METHOD, "Return a copy of the string converted to uppercase."},
    {"lower", m_lower, NATIVE_METHOD, "Return a copy of the string converted to lowercase."},
    {"casefold", m_casefold, NATIVE_METHOD, "Return a version of the string suitable for caseless comparisons."},
    {"swapcase", m_swapcase, NATIVE_METHOD, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"title", m_title, NATIVE_METHOD, "Return a version of the string where each word is titlecased."},
    {"capitalize", m_capitalize, NATIVE_METHOD, "Return a capitalized version of the string."},
    {"isalpha", m_isalpha, NATIVE_METHOD, "Return True if the string is an alphabetic string, False otherwise."},
    {"isdigit", m_isdigit, NATIVE_METHOD, "Return True if the string is a digit string, False otherwise."},
    {"isdecimal", m_isdecimal, NATIVE_METHOD, "Return True if the string is a decimal string, False otherwise."},
    {"isnumeric", m_isnumeric, NATIVE_METHOD, "Return True if the string is a numeric string, False otherwise."},
    {"isalnum", m_isalnum, NATIVE_METHOD, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isspace", m_isspace, NATIVE_METHOD, "Return True if the string is a whitespace string, False otherwise."},
    {"isupper", m_isupper, NATIVE_METHOD, "Return True if the string is an uppercase string, False otherwise."},
    {"islower", m_islower, NATIVE_METHOD, "Return True if the string is a lowercase string, False otherwise."},
    {"istitle", m_istitle, NATIVE_METHOD, "Return True if the string is a title-cased string, False otherwise."},
    {"isascii", m_isascii, NATIVE_METHOD, "Return True if all characters in the string are ASCII, False otherwise."},
    {"isprintable", m_isprintable, NATIVE_METHOD, "Return True if the string is printable, False otherwise."},
    {"isidentifier", m_isidentifier, NATIVE_METHOD, "Return True if the string is a valid Python identifier, False otherwise."},
    {"encode", m_encode, NATIVE_METHOD, "Encode the string using the codec registered for encoding."},
    {"maketrans", m_maketrans, NATIVE_STATIC, "Return a translation table usable for str.translate()."},
    {"translate", m_translate, NATIVE_METHOD, "Replace each character in the string using the given translation table."},
    {NULL, NULL, 0, NULL},
};

void str_init_methods(ThreadState *ts) { type_add_methods(ts, &StrType, str_methods); }
