// tuple: an immutable sequence with its items inline. The empty tuple is a
// shared immortal object. An instance of a subclass keeps its __dict__
// after the items (OFFSET_AFTER_ITEMS in runtime/object.h).
#include "runtime/obj_tuple.h"

#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_list.h"
#include "runtime/obj_range.h"
#include "runtime/obj_str.h"
#include "runtime/sequence.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"

static ObjTuple empty_tuple = {.base = STATIC_OBJ_HEADER(&TupleType), .len = 0};

Obj *tuple_new(ThreadState *ts, int64_t n) {
    if (n == 0) {
        return &empty_tuple.base;
    }
    if (n < 0 || (uint64_t)n > ((uint64_t)1 << 36)) {
        exc_no_memory(ts);
        return NULL;
    }
    ObjTuple *t = (ObjTuple *)obj_alloc(ts, &TupleType, sizeof(ObjTuple) + (size_t)n * sizeof(Value));
    if (!t) {
        return NULL;
    }
    t->len = n;
    return &t->base;
}

Obj *tuple_from_array(ThreadState *ts, const Value *items, int64_t n) {
    Obj *o = tuple_new(ts, n);
    if (!o) {
        return NULL;
    }
    ObjTuple *t = (ObjTuple *)o;
    for (int64_t i = 0; i < n; i++) {
        t->items[i] = val_dup(items[i]);
    }
    return o;
}

Obj *tuple_pack(ThreadState *ts, int n, ...) {
    Obj *o = tuple_new(ts, n);
    if (!o) {
        return NULL;
    }
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        ((ObjTuple *)o)->items[i] = val_dup(va_arg(ap, Value));
    }
    va_end(ap);
    return o;
}

Value tuple_from_iterable(ThreadState *ts, Value iterable) {
    if (val_is_tuple(iterable)) {
        return val_dup(iterable);
    }
    if (val_is_list(iterable)) {
        Obj *t = tuple_from_array(ts, as_list(iterable)->items, as_list(iterable)->len);
        return t ? val_obj(t) : VNULL;
    }
    Value l = list_from_iterable(ts, iterable);
    if (val_is_null(l)) {
        return VNULL;
    }
    Obj *t = tuple_from_array(ts, as_list(l)->items, as_list(l)->len);
    val_decref(l);
    return t ? val_obj(t) : VNULL;
}

static void tuple_dealloc(Obj *o) {
    ObjTuple *t = (ObjTuple *)o;
    for (int64_t i = 0; i < t->len; i++) {
        val_decref(t->items[i]);
    }
    obj_free(o);
}

static Value tuple_repr(ThreadState *ts, Value v) {
    ObjTuple *t = as_tuple(v);
    if (t->len == 0) {
        return val_obj(str_from_cstr(ts, "()"));
    }
    // A tuple cannot contain itself directly, but can through a list.
    if (repr_enter(ts, v.as.obj)) {
        return val_obj(str_from_cstr(ts, "(...)"));
    }
    StrBuf sb;
    strbuf_init(&sb);
    strbuf_append_char(&sb, '(');
    for (int64_t i = 0; i < t->len; i++) {
        if (i > 0) {
            strbuf_append_cstr(&sb, ", ");
        }
        Value r = obj_repr(ts, t->items[i]);
        if (val_is_null(r)) {
            repr_leave(ts, v.as.obj);
            strbuf_free(&sb);
            return VNULL;
        }
        strbuf_append(&sb, as_str(r)->data, (size_t)as_str(r)->nbytes);
        val_decref(r);
    }
    repr_leave(ts, v.as.obj);
    strbuf_append_cstr(&sb, t->len == 1 ? ",)" : ")");
    Obj *s = str_new(ts, sb.data, (int64_t)sb.len);
    strbuf_free(&sb);
    return s ? val_obj(s) : VNULL;
}

// CPython's tuple hash (xxHash-based), so that hash((1, 2)) matches.
static int tuple_hash(ThreadState *ts, Value v, int64_t *out) {
    ObjTuple *t = as_tuple(v);
    const uint64_t p1 = 11400714785074694791ull, p2 = 14029467366897019727ull,
                   p5 = 2870177450012600261ull;
    uint64_t acc = p5;
    for (int64_t i = 0; i < t->len; i++) {
        int64_t h;
        if (obj_hash(ts, t->items[i], &h) < 0) {
            return -1;
        }
        acc += (uint64_t)h * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
    }
    acc += (uint64_t)t->len ^ (p5 ^ 3527539ull);
    if (acc == (uint64_t)-1) {
        acc = 1546275796;
    }
    *out = (int64_t)acc;
    return 0;
}

// Lexicographic comparison shared by tuples and lists.
Value seq_richcompare(ThreadState *ts, Value *a, int64_t na, Value *b, int64_t nb, CmpOp op) {
    int64_t i;
    for (i = 0; i < na && i < nb; i++) {
        int eq = obj_eq(ts, a[i], b[i]);
        if (eq < 0) {
            return VNULL;
        }
        if (!eq) {
            break;
        }
    }
    if (i >= na || i >= nb) {
        int64_t x = na, y = nb;
        bool r;
        switch (op) {
        case CMP_LT: r = x < y; break;
        case CMP_LE: r = x <= y; break;
        case CMP_EQ: r = x == y; break;
        case CMP_NE: r = x != y; break;
        case CMP_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return val_bool(r);
    }
    if (op == CMP_EQ) {
        return VFALSE;
    }
    if (op == CMP_NE) {
        return VTRUE;
    }
    return obj_richcompare(ts, a[i], b[i], op);
}

static Value tuple_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    if (!val_isinstance(a, &TupleType) || !val_isinstance(b, &TupleType)) {
        return VNOTIMPL;
    }
    return seq_richcompare(ts, as_tuple(a)->items, as_tuple(a)->len, as_tuple(b)->items,
                           as_tuple(b)->len, op);
}

static int64_t tuple_len_slot(ThreadState *ts, Value v) {
    (void)ts;
    return as_tuple(v)->len;
}

// Resolves an index for a sequence of length n: negative counts from the
// end. Returns false with IndexError/TypeError set.
bool seq_index(ThreadState *ts, Value key, int64_t n, int64_t *out, const char *what) {
    int64_t i;
    if (key.tag == VAL_INT) {
        i = key.as.i;
    } else if (!val_is_int_subclass(key) && !val_type(key)->index) {
        exc_raise(ts, &ExcTypeError, "%s indices must be integers or slices, not %s", what, val_type_name(key));
        return false;
    } else if (!obj_index_i64(ts, key, &i)) {
        return false;   // __index__ failed, or returned something else than an int
    }
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        exc_raise(ts, &ExcIndexError, "%s index out of range", what);
        return false;
    }
    *out = i;
    return true;
}

static Value tuple_getitem(ThreadState *ts, Value v, Value key) {
    ObjTuple *t = as_tuple(v);
    if (val_has_type(key, &SliceType)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(ts, key.as.obj, t->len, &start, &stop, &step);
        if (n < 0) {
            return VNULL;
        }
        if (n == t->len && step == 1 && val_is_tuple(v)) {
            return val_dup(v);
        }
        Obj *r = tuple_new(ts, n);
        if (!r) {
            return VNULL;
        }
        for (int64_t i = 0, j = start; i < n; i++, j += step) {
            ((ObjTuple *)r)->items[i] = val_dup(t->items[j]);
        }
        return val_obj(r);
    }
    int64_t i;
    if (!seq_index(ts, key, t->len, &i, "tuple")) {
        return VNULL;
    }
    return val_dup(t->items[i]);
}

static int tuple_contains(ThreadState *ts, Value v, Value item) {
    ObjTuple *t = as_tuple(v);
    for (int64_t i = 0; i < t->len; i++) {
        int eq = obj_eq(ts, t->items[i], item);
        if (eq != 0) {
            return eq;
        }
    }
    return 0;
}

static Value tuple_iter(ThreadState *ts, Value v) {
    Obj *it = seqiter_new(ts, &TupleIterType, v);
    return it ? val_obj(it) : VNULL;
}

static Value tuple_add(ThreadState *ts, Value a, Value b) {
    if (!val_isinstance(a, &TupleType)) {
        return VNOTIMPL;
    }
    if (!val_isinstance(b, &TupleType)) {
        if (val_type(b)->flags & TYPE_HEAP) {
            return VNOTIMPL;
        }
        return exc_raise(ts, &ExcTypeError, "can only concatenate tuple (not \"%s\") to tuple",
                         val_type_name(b));
    }
    ObjTuple *x = as_tuple(a), *y = as_tuple(b);
    Obj *r = tuple_new(ts, x->len + y->len);
    if (!r) {
        return VNULL;
    }
    for (int64_t i = 0; i < x->len; i++) {
        ((ObjTuple *)r)->items[i] = val_dup(x->items[i]);
    }
    for (int64_t i = 0; i < y->len; i++) {
        ((ObjTuple *)r)->items[x->len + i] = val_dup(y->items[i]);
    }
    return val_obj(r);
}

// Repetition count of `seq * n`, or -1 with an exception (or -2: not an int).
int64_t seq_repeat_count(ThreadState *ts, Value n) {
    if (!val_is_intlike(n) && !val_type(n)->index && !(val_type(n)->flags & TYPE_HEAP)) {
        return -2;
    }
    int64_t k;
    if (!obj_index_i64(ts, n, &k)) {
        if (exc_matches(ts, &ExcIndexError)) {
            exc_clear(ts);
            exc_raise(ts, &ExcOverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    return k < 0 ? 0 : k;
}

static Value tuple_mul(ThreadState *ts, Value a, Value b) {
    Value seq = val_isinstance(a, &TupleType) ? a : b;
    Value count = val_isinstance(a, &TupleType) ? b : a;
    int64_t k = seq_repeat_count(ts, count);
    if (k == -2) {
        return exc_raise(ts, &ExcTypeError, "can't multiply sequence by non-int of type '%s'",
                         val_type_name(count));
    }
    if (k < 0) {
        return VNULL;
    }
    ObjTuple *t = as_tuple(seq);
    if (t->len && k > INT64_MAX / t->len) {
        return exc_no_memory(ts);
    }
    Obj *r = tuple_new(ts, t->len * k);
    if (!r) {
        return VNULL;
    }
    for (int64_t i = 0; i < k; i++) {
        for (int64_t j = 0; j < t->len; j++) {
            ((ObjTuple *)r)->items[i * t->len + j] = val_dup(t->items[j]);
        }
    }
    return val_obj(r);
}

static Value tuple_new_slot(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    if (kwnames && tuple_len(kwnames)) {
        return exc_raise(ts, &ExcTypeError, "tuple() takes no keyword arguments");
    }
    if (nargs > 1) {
        return exc_raise(ts, &ExcTypeError, "tuple expected at most 1 argument, got %lld",
                         (long long)nargs);
    }
    Value t = nargs ? tuple_from_iterable(ts, args[0]) : val_obj(tuple_new(ts, 0));
    if (val_is_null(t) || type == &TupleType) {
        return t;
    }
    ObjTuple *src = as_tuple(t);
    // A subclass's instance may keep its __dict__ after the items.
    size_t end = offsetof(ObjTuple, items) + (size_t)src->len * sizeof(Value);
    ObjTuple *r = (ObjTuple *)obj_alloc(ts, type, obj_var_size(type, end));
    if (r) {
        r->len = src->len;
        for (int64_t i = 0; i < src->len; i++) {
            r->items[i] = val_dup(src->items[i]);
        }
    }
    val_decref(t);
    return r ? val_obj(&r->base) : VNULL;
}

static Value tuple_index(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs < 1 || nargs > 3) {
        return exc_raise(ts, &ExcTypeError, "index expected at least 1 argument, got %lld",
                         (long long)nargs);
    }
    ObjTuple *t = as_tuple(self);
    int64_t start = 0, stop = t->len;
    if (nargs > 1 && !obj_index_i64(ts, args[1], &start)) return VNULL;
    if (nargs > 2 && !obj_index_i64(ts, args[2], &stop)) return VNULL;
    if (start < 0) start = start + t->len < 0 ? 0 : start + t->len;
    if (stop < 0) stop += t->len;
    if (stop > t->len) stop = t->len;
    for (int64_t i = start; i < stop; i++) {
        int eq = obj_eq(ts, t->items[i], args[0]);
        if (eq < 0) {
            return VNULL;
        }
        if (eq) {
            return val_int(i);
        }
    }
    return exc_raise(ts, &ExcValueError, "tuple.index(x): x not in tuple");
}

static Value tuple_count(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "tuple.count() takes exactly one argument (%lld given)",
                         (long long)nargs);
    }
    ObjTuple *t = as_tuple(self);
    int64_t n = 0;
    for (int64_t i = 0; i < t->len; i++) {
        int eq = obj_eq(ts, t->items[i], args[0]);
        if (eq < 0) {
            return VNULL;
        }
        n += eq;
    }
    return val_int(n);
}

static const MethodDef tuple_methods[] = {
    {"index", tuple_index, NATIVE_METHOD, "Return first index of value."},
    {"count", tuple_count, NATIVE_METHOD, "Return number of occurrences of value."},
    {NULL, NULL, 0, NULL},
};

Type TupleType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "tuple",
    .flags = TYPE_BASETYPE | TYPE_VARSIZE,
    .basic_size = sizeof(ObjTuple),
    .doc = "Built-in immutable sequence.",
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .getattr = generic_getattr,
    .len = tuple_len_slot,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .nb = {[BINOP_ADD] = tuple_add, [BINOP_MUL] = tuple_mul},
    .new_ = tuple_new_slot,
};

void tuple_init_type(ThreadState *ts) { type_add_methods(ts, &TupleType, tuple_methods); }
