// range objects whose bounds or length leave int64_t: range(10**20),
// range(-2**64, 0, 2**60). They are rare, so they take the slow road: the
// start, stop, step and length are int objects (ObjRange.big) and every
// operation is int arithmetic (runtime/obj_int.h). Their iterator is
// CPython's "longrange_iterator".
//
// obj_range.c decides which form a range takes (range_make) and hands each
// operation on a big range to the functions here.
#include "runtime/obj_class.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_range.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"

// The four fields of a big range (borrowed).
static Value field(ObjRange *r, int i) { return tuple_get(r->big, i); }
#define START(r) field(r, 0)
#define STOP(r) field(r, 1)
#define STEP(r) field(r, 2)
#define LEN(r) field(r, 3)

// a op b for ints, consuming neither; VNULL with an exception.
static Value add(ThreadState *ts, Value a, Value b) { return int_add(ts, a, b); }
static Value mul(ThreadState *ts, Value a, Value b) { return int_mul(ts, a, b); }

// max(0, ceil((stop - start) / step)), as a new int.
static Value length_of(ThreadState *ts, Value start, Value stop, Value step) {
    bool up = int_sign(step) > 0;
    if (up ? int_compare(start, stop) >= 0 : int_compare(start, stop) <= 0) {
        return val_int(0);
    }
    // (stop - start + step - sign(step)) // step
    Value diff = int_sub(ts, stop, start);
    Value bias = int_sub(ts, step, val_int(up ? 1 : -1));
    Value adj = val_is_null(diff) || val_is_null(bias) ? VNULL : int_add(ts, diff, bias);
    Value n = val_is_null(adj) ? VNULL : int_floordiv(ts, adj, step);
    val_decref(diff);
    val_decref(bias);
    val_decref(adj);
    return n;
}

Value range_big_new(ThreadState *ts, Value start, Value stop, Value step) {
    Value len = length_of(ts, start, stop, step);
    if (val_is_null(len)) {
        return VNULL;
    }
    Obj *fields = tuple_pack(ts, 4, start, stop, step, len);
    val_decref(len);
    ObjRange *r = fields ? (ObjRange *)obj_alloc(ts, &RangeType, sizeof(ObjRange)) : NULL;
    if (!r) {
        obj_xdecref(fields);
        return VNULL;
    }
    r->big = fields;
    return val_obj(&r->base);
}

void range_big_fields(ObjRange *r, Value out[4]) {
    for (int i = 0; i < 4; i++) {
        out[i] = field(r, i);
    }
}

int64_t range_big_len(ThreadState *ts, ObjRange *r) {
    int64_t n;
    if (!int_to_i64(LEN(r), &n)) {
        exc_raise(ts, &ExcOverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}

// start + i * step for an int i already in range; new reference.
static Value element(ThreadState *ts, ObjRange *r, Value i) {
    Value off = mul(ts, i, STEP(r));
    Value v = val_is_null(off) ? VNULL : add(ts, START(r), off);
    val_decref(off);
    return v;
}

Value range_big_item(ThreadState *ts, ObjRange *r, Value index) {
    Value i = int_sign(index) < 0 ? add(ts, index, LEN(r)) : val_dup(index);
    if (val_is_null(i)) {
        return VNULL;
    }
    if (int_sign(i) < 0 || int_compare(i, LEN(r)) >= 0) {
        val_decref(i);
        return exc_raise(ts, &ExcIndexError, "range object index out of range");
    }
    Value v = element(ts, r, i);
    val_decref(i);
    return v;
}

// One slice bound as an int clamped to [lower, upper] (None: dflt), as
// slice.indices() does for lengths of any size. New reference.
static Value slice_bound(ThreadState *ts, Value v, Value dflt, Value len, Value lower, Value upper) {
    if (val_is_none(v)) {
        return val_dup(dflt);
    }
    Value i = obj_index(ts, v);
    if (val_is_null(i)) {
        return VNULL;
    }
    if (int_sign(i) < 0) {
        Value j = add(ts, i, len);
        val_decref(i);
        i = j;
    }
    if (!val_is_null(i) && int_compare(i, lower) < 0) {
        val_decref(i);
        i = val_dup(lower);
    } else if (!val_is_null(i) && int_compare(i, upper) > 0) {
        val_decref(i);
        i = val_dup(upper);
    }
    return i;
}

Value range_big_slice(ThreadState *ts, ObjRange *r, ObjSlice *s, Value len) {
    Value step = val_is_none(s->step) ? val_int(1) : obj_index(ts, s->step);
    if (val_is_null(step)) {
        return VNULL;
    }
    if (int_sign(step) == 0) {
        return exc_raise(ts, &ExcValueError, "slice step cannot be zero");
    }
    bool down = int_sign(step) < 0;
    Value lower = val_int(down ? -1 : 0);
    Value upper = down ? int_sub(ts, len, val_int(1)) : val_dup(len);
    Value a = val_is_null(upper) ? VNULL : slice_bound(ts, s->start, down ? upper : lower, len, lower, upper);
    Value b = val_is_null(a) ? VNULL : slice_bound(ts, s->stop, down ? lower : upper, len, lower, upper);
    Value result = VNULL;
    if (!val_is_null(b)) {
        Value start = element(ts, r, a), stop = element(ts, r, b);
        Value new_step = mul(ts, STEP(r), step);
        if (!val_is_null(start) && !val_is_null(stop) && !val_is_null(new_step)) {
            result = range_make(ts, start, stop, new_step);
        }
        val_decref(start);
        val_decref(stop);
        val_decref(new_step);
    }
    val_decref(step);
    val_decref(upper);
    val_decref(a);
    val_decref(b);
    return result;
}

// The index of int x in the range, or VNULL with no exception when absent.
Value range_big_find(ThreadState *ts, ObjRange *r, Value x) {
    bool up = int_sign(STEP(r)) > 0;
    bool inside = up ? int_compare(x, START(r)) >= 0 && int_compare(x, STOP(r)) < 0
                     : int_compare(x, START(r)) <= 0 && int_compare(x, STOP(r)) > 0;
    if (!inside) {
        return VNULL;
    }
    Value diff = int_sub(ts, x, START(r));
    Value rem = val_is_null(diff) ? VNULL : int_mod(ts, diff, STEP(r));
    Value index = VNULL;
    if (!val_is_null(rem) && int_sign(rem) == 0) {
        index = int_floordiv(ts, diff, STEP(r));
    }
    val_decref(diff);
    val_decref(rem);
    return index;
}

// --- the iterator -------------------------------------------------------------------

typedef struct ObjLongRangeIter {
    Obj base;
    Value next, step, remaining;
} ObjLongRangeIter;

static void longiter_dealloc(Obj *o) {
    ObjLongRangeIter *it = (ObjLongRangeIter *)o;
    val_decref(it->next);
    val_decref(it->step);
    val_decref(it->remaining);
    obj_free(o);
}

static Value longiter_next(ThreadState *ts, Value v) {
    ObjLongRangeIter *it = (ObjLongRangeIter *)v.as.obj;
    if (int_sign(it->remaining) <= 0) {
        return VNULL;
    }
    Value next = add(ts, it->next, it->step);
    Value remaining = val_is_null(next) ? VNULL : int_sub(ts, it->remaining, val_int(1));
    if (val_is_null(remaining)) {
        val_decref(next);
        return VNULL;
    }
    Value r = it->next;
    it->next = next;
    val_decref(it->remaining);
    it->remaining = remaining;
    return r;
}

static Value self_iter(ThreadState *ts, Value v) {
    (void)ts;
    return val_dup(v);
}

Type LongRangeIterType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "longrange_iterator",
    .basic_size = sizeof(ObjLongRangeIter),
    .dealloc = longiter_dealloc,
    .getattr = generic_getattr,
    .iter = self_iter,
    .iternext = longiter_next,
};

static Value m_length_hint(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)kw;
    if (nargs != 0) {
        return exc_raise(ts, &ExcTypeError, "longrange_iterator.__length_hint__() takes no arguments (%lld given)",
                         (long long)nargs);
    }
    return val_dup(((ObjLongRangeIter *)self.as.obj)->remaining);
}

static const MethodDef longiter_methods[] = {
    {"__length_hint__", m_length_hint, NATIVE_METHOD, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

void range_big_init(ThreadState *ts) { type_add_methods(ts, &LongRangeIterType, longiter_methods); }

// An iterator over any range given as ints (first, step, count): big
// ranges, and the reversal of small ones whose arithmetic would overflow.
Value range_big_iter_from(ThreadState *ts, Value first, Value step, Value count) {
    ObjLongRangeIter *it = (ObjLongRangeIter *)obj_alloc(ts, &LongRangeIterType, sizeof(ObjLongRangeIter));
    if (!it) {
        return VNULL;
    }
    it->next = val_dup(first);
    it->step = val_dup(step);
    it->remaining = val_dup(count);
    return val_obj(&it->base);
}

Value range_big_iter(ThreadState *ts, ObjRange *r, bool reversed) {
    if (!reversed) {
        return range_big_iter_from(ts, START(r), STEP(r), LEN(r));
    }
    Value last_index = int_sub(ts, LEN(r), val_int(1));
    Value last = val_is_null(last_index) ? VNULL : element(ts, r, last_index);
    Value back = val_is_null(last) ? VNULL : int_neg(ts, STEP(r));
    Value it = val_is_null(back) ? VNULL : range_big_iter_from(ts, last, back, LEN(r));
    val_decref(last_index);
    val_decref(last);
    val_decref(back);
    return it;
}
