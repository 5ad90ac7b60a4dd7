// range, slice, and the iterators of the built-in sequences: the index
// iterators of list, tuple and str (also used for any object that only has
// __getitem__), the range iterator, and iter(callable, sentinel).
//
// A range keeps its numbers in C fields when they fit in int64_t (and so
// does the value one step past its end, so iterating never overflows);
// any other range is a "big" one whose operations live in range_big.c.
#include "runtime/obj_range.h"

#include "runtime/args.h"
#include "runtime/obj_class.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_list.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/sequence.h"
#include "runtime/state.h"

static Value self_iter(ThreadState *ts, Value v) {
    (void)ts;
    return val_dup(v);
}

static Value range_iter_value(ThreadState *ts, Value v);

// --- range ------------------------------------------------------------------------

// A range argument as an exact int (new reference), or VNULL with TypeError.
static Value range_arg(ThreadState *ts, Value v) {
    if (v.tag == VAL_INT) {
        return v;
    }
    if (val_is_float(v) || val_is_str_like(v) || val_is_none(v)) {
        return exc_raise(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer", val_type_name(v));
    }
    return obj_index(ts, v);
}

// Fills the C fields when start, stop, step, the length and the value one
// step past the end all fit in int64_t (so iterating never overflows).
static bool small_fields(Value start, Value stop, Value step, ObjRange *r) {
    int64_t a, b, c;
    if (!int_to_i64(start, &a) || !int_to_i64(stop, &b) || !int_to_i64(step, &c)) {
        return false;
    }
    __int128 len = 0;
    if (c > 0 && a < b) {
        len = ((__int128)b - a - 1) / c + 1;
    } else if (c < 0 && a > b) {
        len = ((__int128)a - b - 1) / -(__int128)c + 1;
    }
    __int128 end = a + len * c;
    if (len > INT64_MAX || end > INT64_MAX || end < INT64_MIN) {
        return false;
    }
    r->start = a;
    r->stop = b;
    r->step = c;
    r->len = (int64_t)len;
    return true;
}

Value range_make(ThreadState *ts, Value start, Value stop, Value step) {
    ObjRange probe = {.big = NULL};
    if (!small_fields(start, stop, step, &probe)) {
        return range_big_new(ts, start, stop, step);
    }
    ObjRange *r = (ObjRange *)obj_alloc(ts, &RangeType, sizeof(ObjRange));
    if (!r) {
        return VNULL;
    }
    r->start = probe.start;
    r->stop = probe.stop;
    r->step = probe.step;
    r->len = probe.len;
    return val_obj(&r->base);
}

static Value range_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)type;
    if (kwnames && tuple_len(kwnames)) {
        return exc_raise(ts, &ExcTypeError, "range() takes no keyword arguments");
    }
    if (nargs == 0 || nargs > 3) {
        return exc_raise(ts, &ExcTypeError, "range expected %s, got %lld",
                         nargs == 0 ? "at least 1 argument" : "at most 3 arguments", (long long)nargs);
    }
    Value v[3] = {val_int(0), VNULL, val_int(1)};
    int first = nargs == 1 ? 1 : 0;
    Value r = VNULL;
    bool ok = true;
    for (int64_t i = 0; i < nargs && ok; i++) {
        v[first + i] = range_arg(ts, args[i]);
        ok = !val_is_null(v[first + i]);
    }
    if (ok && int_sign(v[2]) == 0) {
        exc_raise(ts, &ExcValueError, "range() arg 3 must not be zero");
    } else if (ok) {
        r = range_make(ts, v[0], v[1], v[2]);
    }
    for (int i = 0; i < 3; i++) {
        val_decref(v[i]);
    }
    return r;
}

// start, stop, step and length as ints, whichever form the range has
// (borrowed for a big range; small ints need no reference).
static void range_fields(ObjRange *r, Value out[4]) {
    if (r->big) {
        range_big_fields(r, out);
        return;
    }
    out[0] = val_int(r->start);
    out[1] = val_int(r->stop);
    out[2] = val_int(r->step);
    out[3] = val_int(r->len);
}

static Value range_repr(ThreadState *ts, Value v) {
    Value f[4];
    range_fields((ObjRange *)v.as.obj, f);
    Obj *s = int_compare(f[2], val_int(1)) == 0 ? str_format_c(ts, "range(%R, %R)", f[0], f[1])
                                                 : str_format_c(ts, "range(%R, %R, %R)", f[0], f[1], f[2]);
    return s ? val_obj(s) : VNULL;
}

static int64_t range_len(ThreadState *ts, Value v) {
    ObjRange *r = (ObjRange *)v.as.obj;
    return r->big ? range_big_len(ts, r) : r->len;
}

static int range_truth(ThreadState *ts, Value v) {
    (void)ts;
    Value f[4];
    range_fields((ObjRange *)v.as.obj, f);
    return int_sign(f[3]) != 0;
}

static Value range_getitem_big(ThreadState *ts, ObjRange *r, Value key) {
    Value f[4];
    range_fields(r, f);
    if (val_has_type(key, &SliceType)) {
        return range_big_slice(ts, r, (ObjSlice *)key.as.obj, f[3]);
    }
    if (!val_is_int_subclass(key) && !val_type(key)->index) {
        return exc_raise(ts, &ExcTypeError, "range indices must be integers or slices, not %s", val_type_name(key));
    }
    Value i = obj_index(ts, key);
    Value item = val_is_null(i) ? VNULL : range_big_item(ts, r, i);
    val_decref(i);
    return item;
}

// start + index * step as an int (new reference).
static Value bound_through(ThreadState *ts, ObjRange *r, int64_t index) {
    Value off = int_mul(ts, val_int(index), val_int(r->step));
    Value v = val_is_null(off) ? VNULL : int_add(ts, val_int(r->start), off);
    val_decref(off);
    return v;
}

static Value range_getitem(ThreadState *ts, Value v, Value key) {
    ObjRange *r = (ObjRange *)v.as.obj;
    if (r->big) {
        return range_getitem_big(ts, r, key);
    }
    if (val_has_type(key, &SliceType)) {
        int64_t start, stop, step;
        if (slice_indices(ts, key.as.obj, r->len, &start, &stop, &step) < 0) {
            return VNULL;
        }
        // CPython maps each adjusted slice bound through the range, so
        // range(0, 20, 3)[::2] is range(0, 21, 6), not range(0, 24, 6).
        // A bound of -1 may fall one step outside int64_t: use ints.
        Value first = bound_through(ts, r, start), last = bound_through(ts, r, stop);
        Value new_step = int_mul(ts, val_int(r->step), val_int(step));
        Value result = val_is_null(first) || val_is_null(last) || val_is_null(new_step)
                           ? VNULL
                           : range_make(ts, first, last, new_step);
        val_decref(first);
        val_decref(last);
        val_decref(new_step);
        return result;
    }
    if (!val_is_int_subclass(key) && !val_type(key)->index) {
        return exc_raise(ts, &ExcTypeError, "range indices must be integers or slices, not %s", val_type_name(key));
    }
    int64_t i;
    if (!seq_index(ts, key, r->len, &i, "range object")) {
        if (exc_matches(ts, &ExcIndexError)) {
            // An index beyond int64_t is simply out of range.
            exc_clear(ts);
            exc_raise(ts, &ExcIndexError, "range object index out of range");
        }
        return VNULL;
    }
    return val_int(r->start + i * r->step);
}

// The position of int x in the range: 1 and *index (a new int), 0 when absent.
static int find_int(ThreadState *ts, ObjRange *r, Value x, Value *index) {
    if (r->big) {
        *index = range_big_find(ts, r, x);
        return val_is_null(*index) ? (exc_occurred(ts) ? -1 : 0) : 1;
    }
    if (x.tag == VAL_OBJ) {
        return 0;   // beyond int64_t, and every item of a small range is within it
    }
    int64_t v = x.as.i;
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) {
        return 0;
    }
    // In range, so the distance from the start fits in uint64_t.
    uint64_t dist = r->step > 0 ? (uint64_t)v - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)v;
    uint64_t stride = r->step > 0 ? (uint64_t)r->step : -(uint64_t)r->step;
    if (dist % stride != 0) {
        return 0;
    }
    *index = val_int((int64_t)(dist / stride));
    return 1;
}

// Calls fn(ts, item, arg) for each item until it returns nonzero; returns
// that, or 0 at the end, or -1 with an exception.
static int range_each(ThreadState *ts, Value range, int (*fn)(ThreadState *, Value, void *), void *arg) {
    Value it = range_iter_value(ts, range);
    if (val_is_null(it)) {
        return -1;
    }
    int r = 0;
    while (r == 0) {
        Value x = obj_next(ts, it);
        if (val_is_null(x)) {
            r = exc_occurred(ts) ? -1 : 0;
            break;
        }
        r = fn(ts, x, arg);
        val_decref(x);
    }
    val_decref(it);
    return r;
}

static int equals(ThreadState *ts, Value x, void *item) { return obj_eq(ts, x, *(Value *)item); }

// `x in range`: arithmetic for ints, a linear search for anything else.
static int range_contains(ThreadState *ts, Value v, Value item) {
    if (!val_is_intlike(item)) {
        return range_each(ts, v, equals, &item);
    }
    Value index = VNULL;
    int found = find_int(ts, (ObjRange *)v.as.obj, val_is_bool(item) ? val_int(item.as.i) : item, &index);
    val_decref(index);
    return found;
}

static Value range_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    (void)ts;
    if (!val_has_type(a, &RangeType) || !val_has_type(b, &RangeType) || (op != CMP_EQ && op != CMP_NE)) {
        return VNOTIMPL;
    }
    // Equal ranges hold the same numbers: same length, then (when not
    // empty) the same start, then (when longer than one) the same step.
    Value x[4], y[4];
    range_fields((ObjRange *)a.as.obj, x);
    range_fields((ObjRange *)b.as.obj, y);
    bool eq = int_compare(x[3], y[3]) == 0 &&
              (int_sign(x[3]) == 0 ||
               (int_compare(x[0], y[0]) == 0 && (int_compare(x[3], val_int(1)) == 0 || int_compare(x[2], y[2]) == 0)));
    return val_bool(op == CMP_EQ ? eq : !eq);
}

// hash((len, start, step)) with None for what equality ignores.
static int range_hash(ThreadState *ts, Value v, int64_t *out) {
    Value f[4];
    range_fields((ObjRange *)v.as.obj, f);
    bool empty = int_sign(f[3]) == 0, single = int_compare(f[3], val_int(1)) == 0;
    Obj *t = tuple_pack(ts, 3, f[3], empty ? VNONE : f[0], empty || single ? VNONE : f[2]);
    if (!t) {
        return -1;
    }
    int res = obj_hash(ts, val_obj(t), out);
    obj_decref(t);
    return res;
}

static Value small_iter(ThreadState *ts, int64_t first, int64_t step, int64_t count) {
    ObjRangeIter *it = (ObjRangeIter *)obj_alloc(ts, &RangeIterType, sizeof(ObjRangeIter));
    if (!it) {
        return VNULL;
    }
    it->next = first;
    it->step = step;
    it->remaining = count;
    return val_obj(&it->base);
}

static Value range_iter_value(ThreadState *ts, Value v) {
    ObjRange *r = (ObjRange *)v.as.obj;
    return r->big ? range_big_iter(ts, r, false) : small_iter(ts, r->start, r->step, r->len);
}

static Value range_getattr(ThreadState *ts, Value v, Obj *name) {
    Value f[4];
    range_fields((ObjRange *)v.as.obj, f);
    if (str_eq_cstr(name, "start")) return val_dup(f[0]);
    if (str_eq_cstr(name, "stop")) return val_dup(f[1]);
    if (str_eq_cstr(name, "step")) return val_dup(f[2]);
    return generic_getattr(ts, v, name);
}

// For index() and count() of a non-int: the items compared one by one.
typedef struct Search {
    Value item;
    int64_t seen, matches;
    bool first_only;
} Search;

static int search_step(ThreadState *ts, Value x, void *arg) {
    Search *s = arg;
    int eq = obj_eq(ts, x, s->item);
    if (eq < 0) {
        return -1;
    }
    s->matches += eq;
    s->seen += !(eq && s->first_only);
    return eq && s->first_only;
}

static Value range_index(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "range", "index", nargs, kw, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    Value x = args[0];
    if (val_is_intlike(x)) {
        Value index = VNULL;
        int found = find_int(ts, (ObjRange *)self.as.obj, val_is_bool(x) ? val_int(x.as.i) : x, &index);
        if (found != 0) {
            return found < 0 ? VNULL : index;
        }
        return exc_raise(ts, &ExcValueError, "%R is not in range", x);
    }
    Search s = {.item = x, .first_only = true};
    int r = range_each(ts, self, search_step, &s);
    if (r != 0) {
        return r < 0 ? VNULL : val_int(s.seen);
    }
    return exc_raise(ts, &ExcValueError, "sequence.index(x): x not in sequence");
}

static Value range_count(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "range", "count", nargs, kw, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    if (val_is_intlike(args[0])) {
        int c = range_contains(ts, self, args[0]);
        return c < 0 ? VNULL : val_int(c);
    }
    Search s = {.item = args[0], .first_only = false};
    return range_each(ts, self, search_step, &s) < 0 ? VNULL : val_int(s.matches);
}

static Value range_reversed(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "range", "__reversed__", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    ObjRange *r = (ObjRange *)self.as.obj;
    if (r->big) {
        return range_big_iter(ts, r, true);
    }
    if (r->len == 0) {
        return small_iter(ts, r->start, -r->step, 0);
    }
    // Walking down from the last item ends one step below the start, which
    // may leave int64_t: such a range iterates with ints.
    int64_t last = r->start + (r->len - 1) * r->step;
    __int128 below = (__int128)r->start - r->step;
    if (below > INT64_MAX || below < INT64_MIN) {
        Value f[4];
        range_fields(r, f);
        return range_big_iter_from(ts, val_int(last), val_int(-r->step), f[3]);
    }
    return small_iter(ts, last, -r->step, r->len);
}

static const MethodDef range_methods[] = {
    {"index", range_index, NATIVE_METHOD, "Return index of value."},
    {"count", range_count, NATIVE_METHOD, "Return number of occurrences of value."},
    {"__reversed__", range_reversed, NATIVE_METHOD, "Return a reverse iterator."},
    {NULL, NULL, 0, NULL},
};

static void range_dealloc(Obj *o) {
    obj_xdecref(((ObjRange *)o)->big);
    obj_free(o);
}

static void plain_dealloc(Obj *o) { obj_free(o); }

Type RangeType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "range",
    .basic_size = sizeof(ObjRange),
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .getattr = range_getattr,
    .truth = range_truth,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter_value,
    .new_ = range_new,
};

static Value rangeiter_next(ThreadState *ts, Value v) {
    (void)ts;
    ObjRangeIter *it = (ObjRangeIter *)v.as.obj;
    if (it->remaining <= 0) {
        return VNULL;
    }
    int64_t x = it->next;
    it->next += it->step;
    it->remaining--;
    return val_int(x);
}

Type RangeIterType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "range_iterator",
    .basic_size = sizeof(ObjRangeIter),
    .dealloc = plain_dealloc,
    .getattr = generic_getattr,
    .iter = self_iter,
    .iternext = rangeiter_next,
};

// --- sequence iterators ----------------------------------------------------------

static Type StrIterType, StrAsciiIterType;

Obj *seqiter_new(ThreadState *ts, Type *type, Value seq) {
    // A str's iterator is the generic one under CPython's two names.
    if (type == &SeqIterType && val_is_str_like(seq)) {
        type = as_str(seq)->ascii ? &StrAsciiIterType : &StrIterType;
    }
    ObjSeqIter *it = (ObjSeqIter *)obj_alloc(ts, type, sizeof(ObjSeqIter));
    if (!it) {
        return NULL;
    }
    it->seq = val_dup(seq);
    return &it->base;
}

static void seqiter_dealloc(Obj *o) {
    val_decref(((ObjSeqIter *)o)->seq);
    obj_free(o);
}

static Value listiter_next(ThreadState *ts, Value v) {
    (void)ts;
    ObjSeqIter *it = (ObjSeqIter *)v.as.obj;
    if (val_is_null(it->seq)) {
        return VNULL;
    }
    ObjList *l = as_list(it->seq);
    if (it->index < l->len) {
        return val_dup(l->items[it->index++]);
    }
    val_clear(&it->seq);
    return VNULL;
}

static Value tupleiter_next(ThreadState *ts, Value v) {
    (void)ts;
    ObjSeqIter *it = (ObjSeqIter *)v.as.obj;
    if (val_is_null(it->seq)) {
        return VNULL;
    }
    ObjTuple *t = as_tuple(it->seq);
    if (it->index < t->len) {
        return val_dup(t->items[it->index++]);
    }
    val_clear(&it->seq);
    return VNULL;
}

// The general case: seq[0], seq[1], ... until IndexError (or StopIteration).
// str iteration comes here too, with a byte-offset fast path.
static Value seqiter_next(ThreadState *ts, Value v) {
    ObjSeqIter *it = (ObjSeqIter *)v.as.obj;
    if (val_is_null(it->seq)) {
        return VNULL;
    }
    if (val_is_str(it->seq)) {
        ObjStr *s = as_str(it->seq);
        // For str the index is a byte offset.
        if (it->index >= s->nbytes) {
            val_clear(&it->seq);
            return VNULL;
        }
        const char *p = s->data + it->index;
        const char *q = p;
        utf8_next(&q);
        it->index = q - s->data;
        Obj *c = str_new_known(ts, p, q - p, 1);
        return c ? val_obj(c) : VNULL;
    }
    Value r = obj_getitem(ts, it->seq, val_int(it->index));
    if (val_is_null(r)) {
        if (exc_matches(ts, &ExcIndexError) || exc_matches(ts, &ExcStopIteration)) {
            exc_clear(ts);
            val_clear(&it->seq);
        }
        return VNULL;
    }
    it->index++;
    return r;
}

#define SEQ_ITER_TYPE(var, tname, next)        \
    Type var = {                               \
        .base = STATIC_OBJ_HEADER(&TypeType),  \
        .name = tname,                         \
        .basic_size = sizeof(ObjSeqIter),      \
        .dealloc = seqiter_dealloc,            \
        .getattr = generic_getattr,            \
        .iter = self_iter,                     \
        .iternext = next,                      \
    };

SEQ_ITER_TYPE(ListIterType, "list_iterator", listiter_next)
SEQ_ITER_TYPE(TupleIterType, "tuple_iterator", tupleiter_next)
SEQ_ITER_TYPE(SeqIterType, "iterator", seqiter_next)
static SEQ_ITER_TYPE(StrIterType, "str_iterator", seqiter_next)
static SEQ_ITER_TYPE(StrAsciiIterType, "str_ascii_iterator", seqiter_next)

// --- __length_hint__ ------------------------------------------------------------------

// How many items an iterator still has (operator.length_hint asks).
static int64_t seqiter_remaining(ThreadState *ts, ObjSeqIter *it) {
    if (val_is_null(it->seq)) {
        return 0;
    }
    if (val_is_str(it->seq)) {
        ObjStr *s = as_str(it->seq);   // the index is a byte offset
        return utf8_count(s->data + it->index, s->nbytes - it->index);
    }
    int64_t n = obj_len(ts, it->seq);
    return n < 0 ? -1 : (n > it->index ? n - it->index : 0);
}

static Value m_seq_length_hint(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, val_type_name(self), "__length_hint__", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    int64_t n = seqiter_remaining(ts, (ObjSeqIter *)self.as.obj);
    return n < 0 ? VNULL : val_int(n);
}

static Value m_range_length_hint(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "range_iterator", "__length_hint__", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    int64_t n = ((ObjRangeIter *)self.as.obj)->remaining;
    return val_int(n > 0 ? n : 0);
}

static const MethodDef seqiter_methods[] = {
    {"__length_hint__", m_seq_length_hint, NATIVE_METHOD, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", m_range_length_hint, NATIVE_METHOD, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

// --- iter(callable, sentinel) --------------------------------------------------------

typedef struct ObjCallIter {
    Obj base;
    Value callable;          // VNULL once exhausted
    Value sentinel;
} ObjCallIter;

Obj *calliter_new(ThreadState *ts, Value callable, Value sentinel) {
    ObjCallIter *it = (ObjCallIter *)obj_alloc(ts, &CallIterType, sizeof(ObjCallIter));
    if (!it) {
        return NULL;
    }
    it->callable = val_dup(callable);
    it->sentinel = val_dup(sentinel);
    return &it->base;
}

static void calliter_dealloc(Obj *o) {
    ObjCallIter *it = (ObjCallIter *)o;
    val_decref(it->callable);
    val_decref(it->sentinel);
    obj_free(o);
}

static Value calliter_next(ThreadState *ts, Value v) {
    ObjCallIter *it = (ObjCallIter *)v.as.obj;
    if (val_is_null(it->callable)) {
        return VNULL;
    }
    Value r = obj_call0(ts, it->callable);
    if (val_is_null(r)) {
        if (exc_matches(ts, &ExcStopIteration)) {
            exc_clear(ts);
            val_clear(&it->callable);
        }
        return VNULL;
    }
    int eq = obj_eq(ts, r, it->sentinel);
    if (eq != 0) {
        val_decref(r);
        if (eq > 0) {
            val_clear(&it->callable);
        }
        return VNULL;
    }
    return r;
}

Type CallIterType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "callable_iterator",
    .basic_size = sizeof(ObjCallIter),
    .dealloc = calliter_dealloc,
    .getattr = generic_getattr,
    .iter = self_iter,
    .iternext = calliter_next,
};

// --- slice ---------------------------------------------------------------------------

Obj *slice_new(ThreadState *ts, Value start, Value stop, Value step) {
    ObjSlice *s = (ObjSlice *)obj_alloc(ts, &SliceType, sizeof(ObjSlice));
    if (!s) {
        return NULL;
    }
    s->start = val_dup(start);
    s->stop = val_dup(stop);
    s->step = val_dup(step);
    return &s->base;
}

static void slice_dealloc(Obj *o) {
    ObjSlice *s = (ObjSlice *)o;
    val_decref(s->start);
    val_decref(s->stop);
    val_decref(s->step);
    obj_free(o);
}

// A slice bound: None, or an int clamped to int64 (huge values only ever
// clamp to the ends of the sequence).
static bool slice_bound(ThreadState *ts, Value v, int64_t *out, bool *given) {
    *given = !val_is_none(v);
    if (!*given) {
        return true;
    }
    if (v.tag == VAL_INT) {
        *out = v.as.i;
        return true;
    }
    if (!val_is_intlike(v) && !val_type(v)->index && !(val_type(v)->flags & TYPE_HEAP)) {
        exc_raise(ts, &ExcTypeError,
                  "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    Value i = obj_index(ts, v);
    if (val_is_null(i)) {
        return false;
    }
    if (!int_to_i64(i, out)) {
        *out = int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    val_decref(i);
    return true;
}

int64_t slice_indices(ThreadState *ts, Obj *o, int64_t len, int64_t *start, int64_t *stop,
                      int64_t *step) {
    ObjSlice *s = (ObjSlice *)o;
    int64_t st = 1, a = 0, b = 0;
    bool has_step, has_a, has_b;
    if (!slice_bound(ts, s->step, &st, &has_step)) {
        return -1;
    }
    if (!has_step) {
        st = 1;
    }
    if (st == 0) {
        exc_raise(ts, &ExcValueError, "slice step cannot be zero");
        return -1;
    }
    if (!slice_bound(ts, s->start, &a, &has_a) || !slice_bound(ts, s->stop, &b, &has_b)) {
        return -1;
    }
    if (!has_a) {
        a = st < 0 ? len - 1 : 0;
    } else if (a < 0) {
        a += len;
        if (a < 0) {
            a = st < 0 ? -1 : 0;
        }
    } else if (a >= len) {
        a = st < 0 ? len - 1 : len;
    }
    if (!has_b) {
        b = st < 0 ? -1 : len;
    } else if (b < 0) {
        b += len;
        if (b < 0) {
            b = st < 0 ? -1 : 0;
        }
    } else if (b >= len) {
        b = st < 0 ? len - 1 : len;
    }
    *start = a;
    *stop = b;
    *step = st;
    if (st > 0) {
        return a < b ? (b - a - 1) / st + 1 : 0;
    }
    return b < a ? (a - b - 1) / (-st) + 1 : 0;
}

static Value slice_repr(ThreadState *ts, Value v) {
    ObjSlice *s = (ObjSlice *)v.as.obj;
    Obj *r = str_format_c(ts, "slice(%R, %R, %R)", s->start, s->stop, s->step);
    return r ? val_obj(r) : VNULL;
}

static Value slice_new_slot(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)type;
    if (kwnames && tuple_len(kwnames)) {
        return exc_raise(ts, &ExcTypeError, "slice() takes no keyword arguments");
    }
    Obj *s;
    if (nargs == 1) {
        s = slice_new(ts, VNONE, args[0], VNONE);
    } else if (nargs == 2) {
        s = slice_new(ts, args[0], args[1], VNONE);
    } else if (nargs == 3) {
        s = slice_new(ts, args[0], args[1], args[2]);
    } else {
        return exc_raise(ts, &ExcTypeError, "slice expected at %s, got %lld",
                         nargs == 0 ? "least 1 argument" : "most 3 arguments", (long long)nargs);
    }
    return s ? val_obj(s) : VNULL;
}

static Value slice_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjSlice *s = (ObjSlice *)v.as.obj;
    if (str_eq_cstr(name, "start")) return val_dup(s->start);
    if (str_eq_cstr(name, "stop")) return val_dup(s->stop);
    if (str_eq_cstr(name, "step")) return val_dup(s->step);
    return generic_getattr(ts, v, name);
}

static Value slice_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    if (!val_has_type(a, &SliceType) || !val_has_type(b, &SliceType)) {
        return VNOTIMPL;
    }
    ObjSlice *x = (ObjSlice *)a.as.obj, *y = (ObjSlice *)b.as.obj;
    Value xs[3] = {x->start, x->stop, x->step}, ys[3] = {y->start, y->stop, y->step};
    return seq_richcompare(ts, xs, 3, ys, 3, op);
}

static Value slice_m_indices(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    int64_t len;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "slice.indices() takes exactly one argument (%lld given)",
                         (long long)nargs);
    }
    if (!obj_index_i64(ts, args[0], &len)) {
        return VNULL;
    }
    if (len < 0) {
        return exc_raise(ts, &ExcValueError, "length should not be negative");
    }
    int64_t a, b, c;
    if (slice_indices(ts, self.as.obj, len, &a, &b, &c) < 0) {
        return VNULL;
    }
    Obj *t = tuple_pack(ts, 3, val_int(a), val_int(b), val_int(c));
    return t ? val_obj(t) : VNULL;
}

static const MethodDef slice_methods[] = {
    {"indices", slice_m_indices, NATIVE_METHOD, "S.indices(len) -> (start, stop, stride)"},
    {NULL, NULL, 0, NULL},
};

Type SliceType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "slice",
    .basic_size = sizeof(ObjSlice),
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .getattr = slice_getattr,
    .new_ = slice_new_slot,
};

void range_init_types(ThreadState *ts) {
    type_add_methods(ts, &RangeType, range_methods);
    type_add_methods(ts, &SliceType, slice_methods);
    type_ready(ts, &StrIterType);
    type_ready(ts, &StrAsciiIterType);
    type_ready(ts, &LongRangeIterType);
    Type *const seq_iters[] = {&ListIterType, &TupleIterType, &SeqIterType, &StrIterType, &StrAsciiIterType, NULL};
    for (int i = 0; seq_iters[i]; i++) {
        type_add_methods(ts, seq_iters[i], seqiter_methods);
    }
    type_add_methods(ts, &RangeIterType, rangeiter_methods);
    range_big_init(ts);
}
