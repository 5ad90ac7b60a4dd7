// list: a growable array of Values, its slots and its methods (sorting is
// in list_sort.c).
//
// Growth over-allocates by about an eighth plus a constant, as CPython
// does, so appending is amortized O(1) without wasting much memory.
#include "runtime/obj_list.h"

#include "runtime/args.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_range.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/sequence.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"

#define LIST_MAX_LEN ((int64_t)1 << 36)

Obj *list_new(ThreadState *ts, int64_t cap) {
    ObjList *l = (ObjList *)obj_alloc(ts, &ListType, sizeof(ObjList));
    if (!l) {
        return NULL;
    }
    if (cap > 0) {
        if (cap > LIST_MAX_LEN || !(l->items = cs_malloc((size_t)cap * sizeof(Value)))) {
            obj_free(&l->base);
            exc_no_memory(ts);
            return NULL;
        }
        l->cap = cap;
    }
    return &l->base;
}

static bool list_resize(ThreadState *ts, ObjList *l, int64_t need) {
    if (need <= l->cap) {
        return true;
    }
    if (need > LIST_MAX_LEN) {
        exc_no_memory(ts);
        return false;
    }
    int64_t cap = need + (need >> 3) + (need < 9 ? 3 : 6);
    Value *items = cs_realloc(l->items, (size_t)cap * sizeof(Value));
    if (!items) {
        exc_no_memory(ts);
        return false;
    }
    l->items = items;
    l->cap = cap;
    return true;
}

Obj *list_from_array(ThreadState *ts, const Value *items, int64_t n) {
    Obj *o = list_new(ts, n);
    if (!o) {
        return NULL;
    }
    ObjList *l = (ObjList *)o;
    for (int64_t i = 0; i < n; i++) {
        l->items[i] = val_dup(items[i]);
    }
    l->len = n;
    return o;
}

int list_append_steal(ThreadState *ts, Obj *o, Value v) {
    ObjList *l = (ObjList *)o;
    if (l->len == l->cap && !list_resize(ts, l, l->len + 1)) {
        val_decref(v);
        return -1;
    }
    l->items[l->len++] = v;
    return 0;
}

int list_append(ThreadState *ts, Obj *o, Value v) { return list_append_steal(ts, o, val_dup(v)); }

int list_extend(ThreadState *ts, Obj *o, Value iterable) {
    ObjList *l = (ObjList *)o;
    if (val_is_list(iterable) || val_is_tuple(iterable)) {
        Value *src = val_is_list(iterable) ? as_list(iterable)->items : as_tuple(iterable)->items;
        int64_t n = val_is_list(iterable) ? as_list(iterable)->len : as_tuple(iterable)->len;
        if (!list_resize(ts, l, l->len + n)) {
            return -1;
        }
        // src may be l->items itself (x.extend(x)): it is only read below
        // the old length, which the resize kept.
        src = (val_is_list(iterable) && as_list(iterable) == l) ? l->items : src;
        for (int64_t i = 0; i < n; i++) {
            l->items[l->len + i] = val_dup(src[i]);
        }
        l->len += n;
        return 0;
    }
    if (val_has_type(iterable, &RangeType)) {
        // Its length is known: room for all of it at once, or MemoryError
        // at once rather than after filling the memory, as in CPython.
        int64_t n = obj_len(ts, iterable);
        if (n < 0 || !list_resize(ts, l, l->len + n)) {
            return -1;
        }
    }
    Value it = obj_iter(ts, iterable);
    if (val_is_null(it)) {
        return -1;
    }
    for (;;) {
        Value x = obj_next(ts, it);
        if (val_is_null(x)) {
            break;
        }
        if (list_append_steal(ts, o, x) < 0) {
            break;
        }
    }
    val_decref(it);
    return exc_occurred(ts) ? -1 : 0;
}

Value list_from_iterable(ThreadState *ts, Value iterable) {
    Obj *l = list_new(ts, 0);
    if (!l) {
        return VNULL;
    }
    if (list_extend(ts, l, iterable) < 0) {
        obj_decref(l);
        return VNULL;
    }
    return val_obj(l);
}

static void list_dealloc(Obj *o) {
    ObjList *l = (ObjList *)o;
    for (int64_t i = 0; i < l->len; i++) {
        val_decref(l->items[i]);
    }
    cs_free(l->items);
    obj_free(o);
}

static Value list_repr(ThreadState *ts, Value v) {
    ObjList *l = as_list(v);
    if (l->len == 0) {
        return val_obj(str_from_cstr(ts, "[]"));
    }
    if (repr_enter(ts, v.as.obj)) {
        return val_obj(str_from_cstr(ts, "[...]"));
    }
    StrBuf sb;
    strbuf_init(&sb);
    strbuf_append_char(&sb, '[');
    // The list may change while an item's __repr__ runs: index it afresh.
    for (int64_t i = 0; i < l->len; i++) {
        if (i > 0) {
            strbuf_append_cstr(&sb, ", ");
        }
        Value item = val_dup(l->items[i]);
        Value r = obj_repr(ts, item);
        val_decref(item);
        if (val_is_null(r)) {
            repr_leave(ts, v.as.obj);
            strbuf_free(&sb);
            return VNULL;
        }
        strbuf_append(&sb, as_str(r)->data, (size_t)as_str(r)->nbytes);
        val_decref(r);
    }
    repr_leave(ts, v.as.obj);
    strbuf_append_char(&sb, ']');
    Obj *s = str_new(ts, sb.data, (int64_t)sb.len);
    strbuf_free(&sb);
    return s ? val_obj(s) : VNULL;
}

static Value list_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    if (!val_isinstance(a, &ListType) || !val_isinstance(b, &ListType)) {
        return VNOTIMPL;
    }
    return seq_richcompare(ts, as_list(a)->items, as_list(a)->len, as_list(b)->items,
                           as_list(b)->len, op);
}

static int64_t list_len_slot(ThreadState *ts, Value v) {
    (void)ts;
    return as_list(v)->len;
}

static Value list_slice(ThreadState *ts, ObjList *l, Obj *slice) {
    int64_t start, stop, step;
    int64_t n = slice_indices(ts, slice, l->len, &start, &stop, &step);
    if (n < 0) {
        return VNULL;
    }
    Obj *r = list_new(ts, n);
    if (!r) {
        return VNULL;
    }
    for (int64_t i = 0, j = start; i < n; i++, j += step) {
        ((ObjList *)r)->items[i] = val_dup(l->items[j]);
    }
    ((ObjList *)r)->len = n;
    return val_obj(r);
}

static Value list_getitem(ThreadState *ts, Value v, Value key) {
    ObjList *l = as_list(v);
    if (key.tag == VAL_INT) {
        int64_t i = key.as.i;
        if (i < 0) {
            i += l->len;
        }
        if ((uint64_t)i < (uint64_t)l->len) {
            return val_dup(l->items[i]);
        }
        return exc_raise(ts, &ExcIndexError, "list index out of range");
    }
    if (val_has_type(key, &SliceType)) {
        return list_slice(ts, l, key.as.obj);
    }
    int64_t i;
    if (!seq_index(ts, key, l->len, &i, "list")) {
        return VNULL;
    }
    return val_dup(l->items[i]);
}

// l[start:stop] = items (step 1), or deletion when items is NULL.
static int list_assign_slice(ThreadState *ts, ObjList *l, int64_t start, int64_t stop,
                             Value *items, int64_t n) {
    if (stop < start) {
        stop = start;
    }
    int64_t removed = stop - start;
    int64_t delta = n - removed;
    // Keep the replaced values until the list is consistent again: their
    // destructors may run arbitrary code.
    Value *old = NULL;
    if (removed > 0) {
        old = cs_malloc_or_raise(ts, (size_t)removed * sizeof(Value));
        if (!old) {
            return -1;
        }
        memcpy(old, l->items + start, (size_t)removed * sizeof(Value));
    }
    if (delta > 0 && !list_resize(ts, l, l->len + delta)) {
        cs_free(old);
        return -1;
    }
    if (l->len > stop) {
        memmove(l->items + start + n, l->items + stop, (size_t)(l->len - stop) * sizeof(Value));
    }
    for (int64_t i = 0; i < n; i++) {
        l->items[start + i] = val_dup(items[i]);
    }
    l->len += delta;
    for (int64_t i = 0; i < removed; i++) {
        val_decref(old[i]);
    }
    cs_free(old);
    return 0;
}

static int list_setslice(ThreadState *ts, ObjList *l, Obj *slice, Value value) {
    int64_t start, stop, step;
    int64_t n = slice_indices(ts, slice, l->len, &start, &stop, &step);
    if (n < 0) {
        return -1;
    }
    if (val_is_null(value)) {
        if (step == 1) {
            return list_assign_slice(ts, l, start, stop, NULL, 0);
        }
        if (step < 0) {
            start = start + step * (n - 1);
            step = -step;
        }
        // Delete every step-th item from start, compacting in one pass.
        Value *dead = cs_malloc_or_raise(ts, (size_t)(n ? n : 1) * sizeof(Value));
        if (!dead) {
            return -1;
        }
        int64_t w = start, k = 0;
        for (int64_t r = start; r < l->len; r++) {
            if (k < n && r == start + k * step) {
                dead[k++] = l->items[r];
            } else {
                l->items[w++] = l->items[r];
            }
        }
        l->len = w;
        for (int64_t i = 0; i < k; i++) {
            val_decref(dead[i]);
        }
        cs_free(dead);
        return 0;
    }
    // Materialize the right-hand side first: it may be the list itself.
    Value seq = list_from_iterable(ts, value);
    if (val_is_null(seq)) {
        if (exc_matches(ts, &ExcTypeError)) {
            exc_clear(ts);
            exc_raise(ts, &ExcTypeError, "can only assign an iterable");
        }
        return -1;
    }
    ObjList *src = as_list(seq);
    int r = 0;
    if (step == 1) {
        r = list_assign_slice(ts, l, start, stop, src->items, src->len);
    } else if (src->len != n) {
        exc_raise(ts, &ExcValueError,
                  "attempt to assign sequence of size %lld to extended slice of size %lld",
                  (long long)src->len, (long long)n);
        r = -1;
    } else {
        for (int64_t i = 0, j = start; i < n; i++, j += step) {
            val_set(&l->items[j], val_dup(src->items[i]));
        }
    }
    val_decref(seq);
    return r;
}

static int list_setitem(ThreadState *ts, Value v, Value key, Value value) {
    ObjList *l = as_list(v);
    if (val_has_type(key, &SliceType)) {
        return list_setslice(ts, l, key.as.obj, value);
    }
    int64_t i;
    if (key.tag == VAL_INT && key.as.i >= 0 && key.as.i < l->len) {
        i = key.as.i;
    } else if (!seq_index(ts, key, l->len, &i, "list")) {
        if (exc_matches(ts, &ExcIndexError)) {
            exc_clear(ts);
            exc_raise(ts, &ExcIndexError,
                      val_is_null(value) ? "list assignment index out of range"
                                         : "list assignment index out of range");
        }
        return -1;
    }
    if (val_is_null(value)) {
        return list_assign_slice(ts, l, i, i + 1, NULL, 0);
    }
    val_set(&l->items[i], val_dup(value));
    return 0;
}

static int list_contains(ThreadState *ts, Value v, Value item) {
    ObjList *l = as_list(v);
    for (int64_t i = 0; i < l->len; i++) {
        Value x = val_dup(l->items[i]);
        int eq = obj_eq(ts, x, item);
        val_decref(x);
        if (eq != 0) {
            return eq;
        }
    }
    return 0;
}

static Value list_iter(ThreadState *ts, Value v) {
    Obj *it = seqiter_new(ts, &ListIterType, v);
    return it ? val_obj(it) : VNULL;
}

static Value list_add(ThreadState *ts, Value a, Value b) {
    if (!val_isinstance(a, &ListType)) {
        return VNOTIMPL;
    }
    if (!val_isinstance(b, &ListType)) {
        if (val_type(b)->flags & TYPE_HEAP) {
            return VNOTIMPL;
        }
        return exc_raise(ts, &ExcTypeError, "can only concatenate list (not \"%s\") to list",
                         val_type_name(b));
    }
    ObjList *x = as_list(a), *y = as_list(b);
    Obj *r = list_new(ts, x->len + y->len);
    if (!r) {
        return VNULL;
    }
    ObjList *l = (ObjList *)r;
    for (int64_t i = 0; i < x->len; i++) {
        l->items[l->len++] = val_dup(x->items[i]);
    }
    for (int64_t i = 0; i < y->len; i++) {
        l->items[l->len++] = val_dup(y->items[i]);
    }
    return val_obj(r);
}

static Value list_iadd(ThreadState *ts, Value a, Value b) {
    if (list_extend(ts, a.as.obj, b) < 0) {
        return VNULL;
    }
    return val_dup(a);
}

static Value list_mul(ThreadState *ts, Value a, Value b) {
    Value seq = val_isinstance(a, &ListType) ? a : b;
    Value count = val_isinstance(a, &ListType) ? b : a;
    int64_t k = seq_repeat_count(ts, count);
    if (k == -2) {
        return exc_raise(ts, &ExcTypeError, "can't multiply sequence by non-int of type '%s'",
                         val_type_name(count));
    }
    if (k < 0) {
        return VNULL;
    }
    ObjList *l = as_list(seq);
    if (l->len && k > LIST_MAX_LEN / l->len) {
        return exc_no_memory(ts);
    }
    Obj *r = list_new(ts, l->len * k);
    if (!r) {
        return VNULL;
    }
    ObjList *out = (ObjList *)r;
    for (int64_t i = 0; i < k; i++) {
        for (int64_t j = 0; j < l->len; j++) {
            out->items[out->len++] = val_dup(l->items[j]);
        }
    }
    return val_obj(r);
}

static Value list_imul(ThreadState *ts, Value a, Value b) {
    int64_t k = seq_repeat_count(ts, b);
    if (k == -2) {
        return exc_raise(ts, &ExcTypeError, "can't multiply sequence by non-int of type '%s'",
                         val_type_name(b));
    }
    if (k < 0) {
        return VNULL;
    }
    ObjList *l = as_list(a);
    int64_t n = l->len;
    if (k == 0) {
        list_assign_slice(ts, l, 0, n, NULL, 0);
        return val_dup(a);
    }
    if (n && k > LIST_MAX_LEN / n) {
        return exc_no_memory(ts);
    }
    if (!list_resize(ts, l, n * k)) {
        return VNULL;
    }
    for (int64_t i = 1; i < k; i++) {
        for (int64_t j = 0; j < n; j++) {
            l->items[l->len++] = val_dup(l->items[j]);
        }
    }
    return val_dup(a);
}

// list(iterable) and subclasses: __new__ makes an empty list, __init__ fills it.
static Value list_new_slot(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    ObjList *l = (ObjList *)obj_alloc(ts, type, type->basic_size);
    return l ? val_obj(&l->base) : VNULL;
}

static int list_init_slot(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (kwnames && tuple_len(kwnames)) {
        exc_raise(ts, &ExcTypeError, "list() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        exc_raise(ts, &ExcTypeError, "list expected at most 1 argument, got %lld", (long long)nargs);
        return -1;
    }
    ObjList *l = as_list(self);
    list_assign_slice(ts, l, 0, l->len, NULL, 0);
    return nargs ? list_extend(ts, self.as.obj, args[0]) : 0;
}

// --- methods ------------------------------------------------------------------

static bool check_nargs(ThreadState *ts, const char *name, int64_t nargs, int64_t lo, int64_t hi) {
    if (nargs >= lo && nargs <= hi) {
        return true;
    }
    if (lo == hi && lo == 1) {
        exc_raise(ts, &ExcTypeError, "%s() takes exactly one argument (%lld given)", name,
                  (long long)nargs);
    } else if (lo == hi && lo == 0) {
        exc_raise(ts, &ExcTypeError, "%s() takes no arguments (%lld given)", name, (long long)nargs);
    } else if (nargs < lo) {
        exc_raise(ts, &ExcTypeError, "%s expected at least %lld argument%s, got %lld", name,
                  (long long)lo, lo == 1 ? "" : "s", (long long)nargs);
    } else {
        exc_raise(ts, &ExcTypeError, "%s expected at most %lld argument%s, got %lld", name,
                  (long long)hi, hi == 1 ? "" : "s", (long long)nargs);
    }
    return false;
}

static Value m_append(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (!check_nargs(ts, "list.append", nargs, 1, 1)) {
        return VNULL;
    }
    return list_append(ts, self.as.obj, args[0]) < 0 ? VNULL : VNONE;
}

static Value m_extend(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (!check_nargs(ts, "list.extend", nargs, 1, 1)) {
        return VNULL;
    }
    return list_extend(ts, self.as.obj, args[0]) < 0 ? VNULL : VNONE;
}

static Value m_insert(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 2) {
        return exc_raise(ts, &ExcTypeError, "insert expected 2 arguments, got %lld", (long long)nargs);
    }
    ObjList *l = as_list(self);
    int64_t i;
    if (!obj_index_i64(ts, args[0], &i)) {
        return VNULL;
    }
    if (i < 0) {
        i += l->len;
        if (i < 0) {
            i = 0;
        }
    }
    if (i > l->len) {
        i = l->len;
    }
    return list_assign_slice(ts, l, i, i, &args[1], 1) < 0 ? VNULL : VNONE;
}

static Value m_pop(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (!check_nargs(ts, "pop", nargs, 0, 1)) {
        return VNULL;
    }
    ObjList *l = as_list(self);
    if (l->len == 0) {
        return exc_raise(ts, &ExcIndexError, "pop from empty list");
    }
    int64_t i = l->len - 1;
    if (nargs == 1) {
        if (!obj_index_i64(ts, args[0], &i)) {
            return VNULL;
        }
        if (i < 0) {
            i += l->len;
        }
        if (i < 0 || i >= l->len) {
            return exc_raise(ts, &ExcIndexError, "pop index out of range");
        }
    }
    Value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(Value));
    l->len--;
    return v;
}

static Value m_remove(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (!check_nargs(ts, "list.remove", nargs, 1, 1)) {
        return VNULL;
    }
    ObjList *l = as_list(self);
    for (int64_t i = 0; i < l->len; i++) {
        Value x = val_dup(l->items[i]);
        int eq = obj_eq(ts, x, args[0]);
        val_decref(x);
        if (eq < 0) {
            return VNULL;
        }
        if (eq) {
            return list_assign_slice(ts, l, i, i + 1, NULL, 0) < 0 ? VNULL : VNONE;
        }
    }
    return exc_raise(ts, &ExcValueError, "list.remove(x): x not in list");
}

static Value m_index(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (!check_nargs(ts, "index", nargs, 1, 3)) {
        return VNULL;
    }
    ObjList *l = as_list(self);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 1 && !obj_index_i64(ts, args[1], &start)) return VNULL;
    if (nargs > 2 && !obj_index_i64(ts, args[2], &stop)) return VNULL;
    if (start < 0) start = start + l->len < 0 ? 0 : start + l->len;
    if (stop < 0) stop = stop + l->len < 0 ? 0 : stop + l->len;
    for (int64_t i = start; i < stop && i < l->len; i++) {
        Value x = val_dup(l->items[i]);
        int eq = obj_eq(ts, x, args[0]);
        val_decref(x);
        if (eq < 0) {
            return VNULL;
        }
        if (eq) {
            return val_int(i);
        }
    }
    Value r = obj_repr(ts, args[0]);
    if (val_is_null(r)) {
        return VNULL;
    }
    exc_raise(ts, &ExcValueError, "%U is not in list", r.as.obj);
    val_decref(r);
    return VNULL;
}

static Value m_count(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (!check_nargs(ts, "list.count", nargs, 1, 1)) {
        return VNULL;
    }
    ObjList *l = as_list(self);
    int64_t n = 0;
    for (int64_t i = 0; i < l->len; i++) {
        Value x = val_dup(l->items[i]);
        int eq = obj_eq(ts, x, args[0]);
        val_decref(x);
        if (eq < 0) {
            return VNULL;
        }
        n += eq;
    }
    return val_int(n);
}

static Value m_clear(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)kw;
    if (!check_nargs(ts, "list.clear", nargs, 0, 0)) {
        return VNULL;
    }
    ObjList *l = as_list(self);
    return list_assign_slice(ts, l, 0, l->len, NULL, 0) < 0 ? VNULL : VNONE;
}

static Value m_copy(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)kw;
    if (!check_nargs(ts, "list.copy", nargs, 0, 0)) {
        return VNULL;
    }
    Obj *r = list_from_array(ts, as_list(self)->items, as_list(self)->len);
    return r ? val_obj(r) : VNULL;
}

static Value m_reverse(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)kw;
    if (!check_nargs(ts, "list.reverse", nargs, 0, 0)) {
        return VNULL;
    }
    ObjList *l = as_list(self);
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    return VNONE;
}

static Value m_sort(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (nargs > 0) {
        return exc_raise(ts, &ExcTypeError, "sort() takes no positional arguments");
    }
    Value key = VNONE;
    bool reverse = false;
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (int64_t i = 0; i < nkw; i++) {
        Obj *k = tuple_get(kwnames, i).as.obj;
        if (str_eq_cstr(k, "key")) {
            key = args[i];
        } else if (str_eq_cstr(k, "reverse")) {
            // CPython takes an int here (via __index__), not any truth value.
            int64_t flag;
            if (!obj_index_i64(ts, args[i], &flag)) {
                return VNULL;
            }
            reverse = flag != 0;
        } else {
            return exc_raise(ts, &ExcTypeError, "'%U' is an invalid keyword argument for sort()", k);
        }
    }
    return list_sort(ts, self.as.obj, key, reverse) < 0 ? VNULL : VNONE;
}

static Value m_reversed(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw);

static const MethodDef list_methods[] = {
    {"append", m_append, NATIVE_METHOD, "Append object to the end of the list."},
    {"extend", m_extend, NATIVE_METHOD, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, NATIVE_METHOD, "Insert object before index."},
    {"pop", m_pop, NATIVE_METHOD, "Remove and return item at index (default last)."},
    {"remove", m_remove, NATIVE_METHOD, "Remove first occurrence of value."},
    {"index", m_index, NATIVE_METHOD, "Return first index of value."},
    {"count", m_count, NATIVE_METHOD, "Return number of occurrences of value."},
    {"clear", m_clear, NATIVE_METHOD, "Remove all items from list."},
    {"copy", m_copy, NATIVE_METHOD, "Return a shallow copy of the list."},
    {"reverse", m_reverse, NATIVE_METHOD, "Reverse *IN PLACE*."},
    {"sort", m_sort, NATIVE_METHOD, "Sort the list in ascending order and return None."},
    {"__reversed__", m_reversed, NATIVE_METHOD, "Return a reverse iterator over the list."},
    {NULL, NULL, 0, NULL},
};

Type ListType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "list",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjList),
    .doc = "Built-in mutable sequence.",
    .dealloc = list_dealloc,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .getattr = generic_getattr,
    .len = list_len_slot,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
    .nb = {[BINOP_ADD] = list_add, [BINOP_MUL] = list_mul},
    .nb_inplace = {[BINOP_ADD] = list_iadd, [BINOP_MUL] = list_imul},
    .new_ = list_new_slot,
    .init = list_init_slot,
};

// reversed(list): walks the indexes down, re-checking the length each step.
typedef struct ObjListRevIter {
    Obj base;
    Value list;
    int64_t index;
} ObjListRevIter;

static void reviter_dealloc(Obj *o) {
    val_decref(((ObjListRevIter *)o)->list);
    obj_free(o);
}

static Value reviter_iter(ThreadState *ts, Value v) {
    (void)ts;
    return val_dup(v);
}

static Value reviter_next(ThreadState *ts, Value v) {
    (void)ts;
    ObjListRevIter *it = (ObjListRevIter *)v.as.obj;
    if (val_is_null(it->list)) {
        return VNULL;
    }
    ObjList *l = as_list(it->list);
    if (it->index >= 0 && it->index < l->len) {
        return val_dup(l->items[it->index--]);
    }
    val_clear(&it->list);
    return VNULL;
}

static Value m_rev_length_hint(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "list_reverseiterator", "__length_hint__", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    ObjListRevIter *it = (ObjListRevIter *)self.as.obj;
    bool live = !val_is_null(it->list) && it->index < as_list(it->list)->len;
    return val_int(live ? it->index + 1 : 0);
}

static const MethodDef reviter_methods[] = {
    {"__length_hint__", m_rev_length_hint, NATIVE_METHOD, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

Type ListRevIterType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "list_reverseiterator",
    .basic_size = sizeof(ObjListRevIter),
    .dealloc = reviter_dealloc,
    .getattr = generic_getattr,
    .iter = reviter_iter,
    .iternext = reviter_next,
};

static Value m_reversed(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    ObjListRevIter *it = (ObjListRevIter *)obj_alloc(ts, &ListRevIterType, sizeof(ObjListRevIter));
    if (!it) {
        return VNULL;
    }
    it->list = val_dup(self);
    it->index = as_list(self)->len - 1;
    return val_obj(&it->base);
}

void list_init_type(ThreadState *ts) {
    type_add_methods(ts, &ListType, list_methods);
    type_add_methods(ts, &ListRevIterType, reviter_methods);
}
