// range, slice, and the iterators of the built-in sequences: the index
// iterators of list, tuple and str (also used for any object that only has
// __getitem__), the range iterator, and iter(callable, sentinel).
#include "runtime/obj_range.h"

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

// --- range ------------------------------------------------------------------------

static int64_t range_length(int64_t start, int64_t stop, int64_t step) {
    if (step > 0) {
        return start < stop ? (int64_t)(((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1) : 0;
    }
    return start > stop ? (int64_t)(((uint64_t)start - (uint64_t)stop - 1) / (uint64_t)(-step) + 1) : 0;
}

static bool range_arg(ThreadState *ts, Value v, int64_t *out) {
    if (v.tag == VAL_INT) {
        *out = v.as.i;
        return true;
    }
    if (val_is_float(v) || val_is_str_like(v) || val_is_none(v)) {
        exc_raise(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer",
                  val_type_name(v));
        return false;
    }
    Value i = obj_index(ts, v);
    if (val_is_null(i)) {
        return false;
    }
    bool ok = int_to_i64(i, out);
    val_decref(i);
    if (!ok) {
        exc_raise(ts, &ExcOverflowError, "Python int too large to convert to C ssize_t");
    }
    return ok;
}

static Value range_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)type;
    if (kwnames && tuple_len(kwnames)) {
        return exc_raise(ts, &ExcTypeError, "range() takes no keyword arguments");
    }
    int64_t start = 0, stop, step = 1;
    if (nargs == 1) {
        if (!range_arg(ts, args[0], &stop)) return VNULL;
    } else if (nargs == 2 || nargs == 3) {
        if (!range_arg(ts, args[0], &start) || !range_arg(ts, args[1], &stop)) return VNULL;
        if (nargs == 3 && !range_arg(ts, args[2], &step)) return VNULL;
        if (step == 0) {
            return exc_raise(ts, &ExcValueError, "range() arg 3 must not be zero");
        }
    } else if (nargs == 0) {
        return exc_raise(ts, &ExcTypeError, "range expected at least 1 argument, got 0");
    } else {
        return exc_raise(ts, &ExcTypeError, "range expected at most 3 arguments, got %lld",
                         (long long)nargs);
    }
    ObjRange *r = (ObjRange *)obj_alloc(ts, &RangeType, sizeof(ObjRange));
    if (!r) {
        return VNULL;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_length(start, stop, step);
    return val_obj(&r->base);
}

static Value range_repr(ThreadState *ts, Value v) {
    ObjRange *r = (ObjRange *)v.as.obj;
    Obj *s = r->step == 1 ? str_format_c(ts, "range(%lld, %lld)", (long long)r->start, (long long)r->stop)
                          : str_format_c(ts, "range(%lld, %lld, %lld)", (long long)r->start,
                                         (long long)r->stop, (long long)r->step);
    return s ? val_obj(s) : VNULL;
}

static int64_t range_len(ThreadState *ts, Value v) {
    (void)ts;
    return ((ObjRange *)v.as.obj)->len;
}

static Value range_getitem(ThreadState *ts, Value v, Value key) {
    ObjRange *r = (ObjRange *)v.as.obj;
    if (val_has_type(key, &SliceType)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(ts, key.as.obj, r->len, &start, &stop, &step);
        if (n < 0) {
            return VNULL;
        }
        ObjRange *s = (ObjRange *)obj_alloc(ts, &RangeType, sizeof(ObjRange));
        if (!s) {
            return VNULL;
        }
        s->start = r->start + start * r->step;
        s->step = r->step * step;
        s->stop = s->start + n * s->step;
        s->len = n;
        return val_obj(&s->base);
    }
    int64_t i;
    if (!seq_index(ts, key, r->len, &i, "range object")) {
        return VNULL;
    }
    return val_int(r->start + i * r->step);
}

static int range_contains(ThreadState *ts, Value v, Value item) {
    ObjRange *r = (ObjRange *)v.as.obj;
    if (item.tag == VAL_INT || item.tag == VAL_BOOL) {
        int64_t x = item.as.i;
        if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) {
            return 0;
        }
        return (x - r->start) % r->step == 0;
    }
    if (val_is_bigint(item)) {
        return 0;
    }
    for (int64_t i = 0; i < r->len; i++) {
        int eq = obj_eq(ts, val_int(r->start + i * r->step), item);
        if (eq != 0) {
            return eq;
        }
    }
    return 0;
}

static Value range_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    (void)ts;
    if (!val_has_type(a, &RangeType) || !val_has_type(b, &RangeType) || (op != CMP_EQ && op != CMP_NE)) {
        return VNOTIMPL;
    }
    ObjRange *x = (ObjRange *)a.as.obj, *y = (ObjRange *)b.as.obj;
    bool eq = x->len == y->len &&
              (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static int range_hash(ThreadState *ts, Value v, int64_t *out) {
    ObjRange *r = (ObjRange *)v.as.obj;
    Obj *t = r->len == 0   ? tuple_pack(ts, 3, val_int(0), VNONE, VNONE)
             : r->len == 1 ? tuple_pack(ts, 3, val_int(1), val_int(r->start), VNONE)
                           : tuple_pack(ts, 3, val_int(r->len), val_int(r->start), val_int(r->step));
    if (!t) {
        return -1;
    }
    int res = obj_hash(ts, val_obj(t), out);
    obj_decref(t);
    return res;
}

static Value range_iter(ThreadState *ts, Value v) {
    ObjRange *r = (ObjRange *)v.as.obj;
    ObjRangeIter *it = (ObjRangeIter *)obj_alloc(ts, &RangeIterType, sizeof(ObjRangeIter));
    if (!it) {
        return VNULL;
    }
    it->next = r->start;
    it->step = r->step;
    it->remaining = r->len;
    return val_obj(&it->base);
}

static Value range_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjRange *r = (ObjRange *)v.as.obj;
    if (str_eq_cstr(name, "start")) return val_int(r->start);
    if (str_eq_cstr(name, "stop")) return val_int(r->stop);
    if (str_eq_cstr(name, "step")) return val_int(r->step);
    return generic_getattr(ts, v, name);
}

static Value range_index(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "range.index() takes exactly one argument (%lld given)",
                         (long long)nargs);
    }
    ObjRange *r = (ObjRange *)self.as.obj;
    int c = range_contains(ts, self, args[0]);
    if (c < 0) {
        return VNULL;
    }
    if (!c) {
        Value rep = obj_repr(ts, args[0]);
        if (!val_is_null(rep)) {
            exc_raise(ts, &ExcValueError, "%U is not in range", rep.as.obj);
            val_decref(rep);
        }
        return VNULL;
    }
    if (args[0].tag == VAL_INT || args[0].tag == VAL_BOOL) {
        return val_int((args[0].as.i - r->start) / r->step);
    }
    for (int64_t i = 0; i < r->len; i++) {
        int eq = obj_eq(ts, val_int(r->start + i * r->step), args[0]);
        if (eq) {
            return eq < 0 ? VNULL : val_int(i);
        }
    }
    return exc_raise(ts, &ExcValueError, "sequence.index(x): x not in sequence");
}

static Value range_count(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "range.count() takes exactly one argument (%lld given)",
                         (long long)nargs);
    }
    int c = range_contains(ts, self, args[0]);
    return c < 0 ? VNULL : val_int(c);
}

static Value range_reversed(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    ObjRange *r = (ObjRange *)self.as.obj;
    ObjRangeIter *it = (ObjRangeIter *)obj_alloc(ts, &RangeIterType, sizeof(ObjRangeIter));
    if (!it) {
        return VNULL;
    }
    it->next = r->start + (r->len - 1) * r->step;
    it->step = -r->step;
    it->remaining = r->len;
    return val_obj(&it->base);
}

static const MethodDef range_methods[] = {
    {"index", range_index, NATIVE_METHOD, "Return index of value."},
    {"count", range_count, NATIVE_METHOD, "Return number of occurrences of value."},
    {"__reversed__", range_reversed, NATIVE_METHOD, "Return a reverse iterator."},
    {NULL, NULL, 0, NULL},
};

static void plain_dealloc(Obj *o) { obj_free(o); }

Type RangeType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "range",
    .basic_size = sizeof(ObjRange),
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
    .dealloc = plain_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .getattr = range_getattr,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
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

Obj *seqiter_new(ThreadState *ts, Type *type, Value seq) {
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
        return exc_raise(ts, &ExcTypeError, "slice expected at %s 1 argument%s, got %lld",
                         nargs == 0 ? "least" : "most", nargs == 0 ? "" : "s", (long long)nargs);
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
}
