// collections.deque: a ring buffer of Values with O(1) operations at both
// ends, its slots, its methods and its two iterators.
//
// The buffer holds `cap` slots, a power of two, so that a logical index i
// maps to the slot (head + i) & (cap - 1). Growing doubles the buffer and
// unwraps the items to start at slot 0; popping shrinks it by half once it
// is less than a quarter full (and larger than 64), so a deque that was
// briefly large does not keep its memory, and alternating pushes and pops
// around a boundary never reallocate.
//
// Invariants the rest of the file relies on:
//  - `state` is bumped by every operation that adds, removes or moves
//    items (appends, pops, rotate, insert, del, clear). Replacing an item
//    (d[i] = x) and reverse() keep the layout and do not bump it. So while
//    `state` is unchanged, items, head, len and cap are unchanged too.
//  - Python code (a comparison, a destructor, an iterator) may run only
//    where the buffer is consistent; a loop that calls such code re-reads
//    the buffer afterwards and first checks `state`, raising "deque mutated
//    during iteration" as CPython does.
//  - Items leaving the deque are released after the deque is updated.
//
// See also obj_list.c (the same protocol for list) and
// stdlib/mod_collections.c (the module that exposes the type).
#include "runtime/obj_deque.h"

#include "runtime/args.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_list.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/sequence.h"
#include "runtime/state.h"

#define DEQUE_MIN_CAP 8
#define DEQUE_SHRINK_ABOVE 64
#define DEQUE_MAX_CAP ((int64_t)1 << 40)

static const char MUTATED[] = "deque mutated during iteration";

static inline ObjDeque *as_deque(Value v) { return (ObjDeque *)v.as.obj; }

static inline Value *slot_at(ObjDeque *d, int64_t i) {
    return &d->items[(d->head + i) & (d->cap - 1)];
}

// --- the ring buffer -------------------------------------------------------------------

// Moves the items into a new buffer of `cap` slots (a power of two >= len),
// starting at slot 0. false when memory runs out; the deque is unchanged.
static bool set_capacity(ObjDeque *d, int64_t cap) {
    Value *items = cs_malloc((size_t)cap * sizeof(Value));
    if (!items) {
        return false;
    }
    if (d->len > 0) {
        // At most two runs: from head to the end of the old buffer, then
        // the wrapped part from slot 0.
        int64_t first = d->cap - d->head < d->len ? d->cap - d->head : d->len;
        memcpy(items, d->items + d->head, (size_t)first * sizeof(Value));
        memcpy(items + first, d->items, (size_t)(d->len - first) * sizeof(Value));
    }
    cs_free(d->items);
    d->items = items;
    d->head = 0;
    d->cap = cap;
    return true;
}

// Makes room for n more items. false with MemoryError.
static bool reserve(ThreadState *ts, ObjDeque *d, int64_t n) {
    if (d->len + n <= d->cap) {
        return true;
    }
    if (n > DEQUE_MAX_CAP - d->len) {
        exc_no_memory(ts);
        return false;
    }
    int64_t cap = d->cap ? d->cap : DEQUE_MIN_CAP;
    while (cap < d->len + n) {
        cap *= 2;
    }
    if (!set_capacity(d, cap)) {
        exc_no_memory(ts);
        return false;
    }
    return true;
}

static void maybe_shrink(ObjDeque *d) {
    if (d->cap > DEQUE_SHRINK_ABOVE && d->len < d->cap / 4) {
        // A failed allocation only means the buffer stays larger.
        set_capacity(d, d->cap / 2);
    }
}

// The four end operations on a buffer with room; they steal/return references.
static void push_right(ObjDeque *d, Value v) {
    *slot_at(d, d->len) = v;
    d->len++;
}

static void push_left(ObjDeque *d, Value v) {
    d->head = (d->head - 1) & (d->cap - 1);
    d->items[d->head] = v;
    d->len++;
}

static Value take_right(ObjDeque *d) {
    d->len--;
    return *slot_at(d, d->len);
}

static Value take_left(ObjDeque *d) {
    Value v = d->items[d->head];
    d->head = (d->head + 1) & (d->cap - 1);
    d->len--;
    return v;
}

// Appends v (stolen) on one side; a full bounded deque drops an item from
// the other side, released once the deque is consistent. -1 with MemoryError.
static int append_steal(ThreadState *ts, ObjDeque *d, Value v, bool left) {
    d->state++;
    if (d->maxlen == 0) {
        val_decref(v);
        return 0;
    }
    Value dropped = VNULL;
    if (d->len == d->maxlen) {
        dropped = left ? take_right(d) : take_left(d);
    } else if (!reserve(ts, d, 1)) {
        val_decref(v);
        return -1;
    }
    if (left) {
        push_left(d, v);
    } else {
        push_right(d, v);
    }
    val_decref(dropped);
    return 0;
}

// Removes and returns the item at logical index i (0 <= i < len), moving
// the shorter side over the gap. The caller releases the result.
static Value remove_at(ObjDeque *d, int64_t i) {
    Value v = *slot_at(d, i);
    if (i < d->len / 2) {
        for (int64_t k = i; k > 0; k--) {
            *slot_at(d, k) = *slot_at(d, k - 1);
        }
        d->head = (d->head + 1) & (d->cap - 1);
    } else {
        for (int64_t k = i; k < d->len - 1; k++) {
            *slot_at(d, k) = *slot_at(d, k + 1);
        }
    }
    d->len--;
    d->state++;
    return v;
}

// Inserts v (stolen) before logical index i (0 <= i <= len); there is room.
static void insert_at(ObjDeque *d, int64_t i, Value v) {
    if (i < d->len / 2) {
        d->head = (d->head - 1) & (d->cap - 1);
        d->len++;
        for (int64_t k = 0; k < i; k++) {
            *slot_at(d, k) = *slot_at(d, k + 1);
        }
    } else {
        d->len++;
        for (int64_t k = d->len - 1; k > i; k--) {
            *slot_at(d, k) = *slot_at(d, k - 1);
        }
    }
    *slot_at(d, i) = v;
    d->state++;
}

// Rotates n steps to the right (negative: to the left), as deque.rotate.
static void rotate(ObjDeque *d, int64_t n) {
    int64_t len = d->len;
    if (len <= 1) {
        return;
    }
    int64_t half = len >> 1;
    if (n > half || n < -half) {
        n %= len;
        if (n > half) {
            n -= len;
        } else if (n < -half) {
            n += len;
        }
    }
    d->state++;
    if (len == d->cap) {
        // A full ring rotates by moving its start.
        d->head = (d->head - n) & (d->cap - 1);
        return;
    }
    for (; n > 0; n--) {
        push_left(d, take_right(d));
    }
    for (; n < 0; n++) {
        push_right(d, take_left(d));
    }
}

// Empties the deque, then releases the items: their destructors see an
// empty, consistent deque.
static void clear_items(ObjDeque *d) {
    if (d->len == 0) {
        return;
    }
    Value *items = d->items;
    int64_t head = d->head, len = d->len, mask = d->cap - 1;
    d->items = NULL;
    d->head = d->len = d->cap = 0;
    d->state++;
    for (int64_t i = 0; i < len; i++) {
        val_decref(items[(head + i) & mask]);
    }
    cs_free(items);
}

// --- the exported operations --------------------------------------------------------

static Obj *alloc_deque(ThreadState *ts, Type *type) {
    ObjDeque *d = (ObjDeque *)obj_alloc(ts, type, type->basic_size);
    if (!d) {
        return NULL;
    }
    d->maxlen = -1;
    return &d->base;
}

Obj *deque_new(ThreadState *ts) { return alloc_deque(ts, &DequeType); }

int deque_append(ThreadState *ts, Obj *deque, Value v) {
    return append_steal(ts, (ObjDeque *)deque, val_dup(v), false);
}

int deque_appendleft(ThreadState *ts, Obj *deque, Value v) {
    return append_steal(ts, (ObjDeque *)deque, val_dup(v), true);
}

static Value pop_side(ThreadState *ts, Obj *deque, bool left) {
    ObjDeque *d = (ObjDeque *)deque;
    if (d->len == 0) {
        return exc_raise(ts, &ExcIndexError, "pop from an empty deque");
    }
    Value v = left ? take_left(d) : take_right(d);
    d->state++;
    maybe_shrink(d);
    return v;
}

Value deque_pop(ThreadState *ts, Obj *deque) { return pop_side(ts, deque, false); }

Value deque_popleft(ThreadState *ts, Obj *deque) { return pop_side(ts, deque, true); }

// --- extending --------------------------------------------------------------------------

// Consumes an iterator, dropping its items: extending a deque of maxlen 0.
static int consume(ThreadState *ts, Value it) {
    for (;;) {
        Value x = obj_next(ts, it);
        if (val_is_null(x)) {
            break;
        }
        val_decref(x);
    }
    return exc_occurred(ts) ? -1 : 0;
}

// Appends every item of `src` (another deque, exactly), failing like its
// iterator would if appending to d changes src.
static int extend_from_deque(ThreadState *ts, ObjDeque *d, ObjDeque *src, bool left) {
    uint64_t state = src->state;
    for (int64_t i = 0; i < src->len; i++) {
        if (src->state != state) {
            exc_raise(ts, &ExcRuntimeError, MUTATED);
            return -1;
        }
        if (append_steal(ts, d, val_dup(*slot_at(src, i)), left) < 0) {
            return -1;
        }
    }
    return 0;
}

static int extend(ThreadState *ts, ObjDeque *d, Value iterable, bool left) {
    if (iterable.tag == VAL_OBJ && iterable.as.obj == &d->base) {
        // d.extend(d): iterate over a snapshot.
        Value copy = list_from_iterable(ts, iterable);
        if (val_is_null(copy)) {
            return -1;
        }
        int r = extend(ts, d, copy, left);
        val_decref(copy);
        return r;
    }
    if (d->maxlen != 0) {
        // Exact built-in sequences need no iterator. The length is read
        // afresh each time: a dropped item's destructor may change them.
        if (val_has_type(iterable, &ListType) || val_has_type(iterable, &TupleType)) {
            bool is_list = val_has_type(iterable, &ListType);
            for (int64_t i = 0;; i++) {
                int64_t n = is_list ? as_list(iterable)->len : as_tuple(iterable)->len;
                if (i >= n) {
                    return 0;
                }
                Value x = is_list ? as_list(iterable)->items[i] : as_tuple(iterable)->items[i];
                if (append_steal(ts, d, val_dup(x), left) < 0) {
                    return -1;
                }
            }
        }
        if (val_has_type(iterable, &DequeType)) {
            return extend_from_deque(ts, d, as_deque(iterable), left);
        }
    }
    Value it = obj_iter(ts, iterable);
    if (val_is_null(it)) {
        return -1;
    }
    if (d->maxlen == 0) {
        int r = consume(ts, it);
        val_decref(it);
        return r;
    }
    for (;;) {
        Value x = obj_next(ts, it);
        if (val_is_null(x) || append_steal(ts, d, x, left) < 0) {
            break;
        }
    }
    val_decref(it);
    return exc_occurred(ts) ? -1 : 0;
}

// --- conversions of arguments ----------------------------------------------------------

static bool has_index(Value v) {
    if (val_is_int_subclass(v)) {
        return true;
    }
    Type *t = val_type(v);
    if (t->flags & TYPE_HEAP) {
        return !val_is_null(type_lookup_cstr(t, "__index__"));
    }
    return t->index != NULL;
}

// An argument converted as CPython's Py_ssize_t parameters are: __index__,
// then OverflowError when it does not fit.
static bool to_ssize(ThreadState *ts, Value v, int64_t *out) {
    if (v.tag == VAL_INT || v.tag == VAL_BOOL) {
        *out = v.as.i;
        return true;
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

// The maxlen argument: None means unbounded (-1); only ints are accepted.
static bool parse_maxlen(ThreadState *ts, Value v, int64_t *out) {
    *out = -1;
    if (val_is_null(v) || val_is_none(v)) {
        return true;
    }
    if (!val_is_int_subclass(v)) {
        exc_raise(ts, &ExcTypeError, "an integer is required");
        return false;
    }
    Value i = int_exact(ts, v);
    if (val_is_null(i)) {
        return false;
    }
    bool ok = int_to_i64(i, out);
    val_decref(i);
    if (!ok) {
        exc_raise(ts, &ExcOverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    if (*out < 0) {
        exc_raise(ts, &ExcValueError, "maxlen must be non-negative");
        return false;
    }
    return true;
}

// d[key]: the sequence protocol's conversion, with negative indexes.
static bool item_index(ThreadState *ts, ObjDeque *d, Value key, int64_t *out) {
    int64_t i;
    if (key.tag == VAL_INT || key.tag == VAL_BOOL) {
        i = key.as.i;
    } else if (!has_index(key)) {
        exc_raise(ts, &ExcTypeError, "sequence index must be integer, not '%s'", val_type_name(key));
        return false;
    } else if (!obj_index_i64(ts, key, &i)) {
        return false;
    }
    if (i < 0) {
        i += d->len;
    }
    if (i < 0 || i >= d->len) {
        exc_raise(ts, &ExcIndexError, "deque index out of range");
        return false;
    }
    *out = i;
    return true;
}

// A start/stop argument of index(): an int (clamped when huge), not None.
static bool slice_index(ThreadState *ts, Value v, int64_t *out) {
    if (!has_index(v)) {
        exc_raise(ts, &ExcTypeError, "slice indices must be integers or have an __index__ method");
        return false;
    }
    Value i = obj_index(ts, v);
    if (val_is_null(i)) {
        return false;
    }
    if (!int_to_i64(i, out)) {
        *out = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    }
    val_decref(i);
    return true;
}

// --- copying ---------------------------------------------------------------------------

// d.copy(): a deque of the same type and maxlen. A subclass is called as
// type(d)(d) or type(d)(d, maxlen), as CPython does.
static Value copy_deque(ThreadState *ts, Value self) {
    ObjDeque *d = as_deque(self);
    Type *t = val_type(self);
    if (t == &DequeType) {
        Obj *o = deque_new(ts);
        if (!o) {
            return VNULL;
        }
        ObjDeque *r = (ObjDeque *)o;
        r->maxlen = d->maxlen;
        if (!reserve(ts, r, d->len)) {
            obj_decref(o);
            return VNULL;
        }
        for (int64_t i = 0; i < d->len; i++) {
            push_right(r, val_dup(*slot_at(d, i)));
        }
        return val_obj(o);
    }
    Value args[2] = {self, val_int(d->maxlen)};
    Value r = obj_call(ts, val_obj(&t->base), args, d->maxlen < 0 ? 1 : 2, NULL);
    if (!val_is_null(r) && !val_is_deque(r)) {
        exc_raise(ts, &ExcTypeError, "%s() must return a deque, not %s", t->name,
                  val_type_name(r));
        val_decref(r);
        return VNULL;
    }
    return r;
}

// d *= n, keeping CPython's shortcuts: a bounded deque repeats only as
// often as can still show in the result.
static int repeat_in_place(ThreadState *ts, ObjDeque *d, int64_t n) {
    int64_t size = d->len;
    if (size == 0 || n == 1) {
        return 0;
    }
    if (n <= 0) {
        clear_items(d);
        return 0;
    }
    if (size == 1) {
        if (d->maxlen >= 0 && n > d->maxlen) {
            n = d->maxlen;
        }
        Value item = val_dup(*slot_at(d, 0));
        int r = 0;
        d->state++;
        for (int64_t i = 1; i < n && r == 0; i++) {
            r = append_steal(ts, d, val_dup(item), false);
        }
        val_decref(item);
        return r;
    }
    if (size > INT64_MAX / n) {
        exc_no_memory(ts);
        return -1;
    }
    if (d->maxlen >= 0 && n * size > d->maxlen) {
        n = (d->maxlen + size - 1) / size;
    }
    if (n <= 1) {
        return 0;
    }
    if (d->maxlen < 0 && !reserve(ts, d, size * (n - 1))) {
        return -1;
    }
    // Repeat a snapshot: with a maxlen the front items are dropped as we go.
    Value copy = list_from_iterable(ts, val_obj(&d->base));
    if (val_is_null(copy)) {
        return -1;
    }
    int r = 0;
    for (int64_t i = 1; i < n && r == 0; i++) {
        r = extend(ts, d, copy, false);
    }
    val_decref(copy);
    return r;
}

// --- slots -----------------------------------------------------------------------------

static void deque_dealloc(Obj *o) {
    ObjDeque *d = (ObjDeque *)o;
    for (int64_t i = 0; i < d->len; i++) {
        val_decref(*slot_at(d, i));
    }
    cs_free(d->items);
    obj_free(o);
}

static Value deque_new_slot(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    Obj *o = alloc_deque(ts, type);
    return o ? val_obj(o) : VNULL;
}

static int deque_init_slot(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"iterable", "maxlen"};
    Value a[2];
    int64_t maxlen;
    if (!args_parse(ts, "deque", args, nargs, kwnames, names, 2, 0, a) ||
        !parse_maxlen(ts, a[1], &maxlen)) {
        return -1;
    }
    ObjDeque *d = as_deque(self);
    d->maxlen = maxlen;
    clear_items(d);
    return val_is_null(a[0]) ? 0 : extend(ts, d, a[0], false);
}

static Value deque_repr(ThreadState *ts, Value v) {
    if (repr_enter(ts, v.as.obj)) {
        return val_obj(str_from_cstr(ts, "[...]"));
    }
    Value r = VNULL;
    Value items = list_from_iterable(ts, v);
    Value items_repr = val_is_null(items) ? VNULL : obj_repr(ts, items);
    if (!val_is_null(items_repr)) {
        Obj *name = type_name_obj(val_type(v));
        int64_t maxlen = as_deque(v)->maxlen;
        Obj *s = maxlen >= 0 ? str_format_c(ts, "%U(%U, maxlen=%lld)", name, items_repr.as.obj,
                                            (long long)maxlen)
                             : str_format_c(ts, "%U(%U)", name, items_repr.as.obj);
        r = s ? val_obj(s) : VNULL;
    }
    val_decref(items_repr);
    val_decref(items);
    repr_leave(ts, v.as.obj);
    return r;
}

// The result of a comparison that reached the end of one deque or both
// with all items equal so far.
static Value compare_ends(CmpOp op, bool x_end, bool y_end) {
    switch (op) {
    case CMP_LT: return val_bool(!y_end);
    case CMP_LE: return val_bool(x_end);
    case CMP_EQ: return val_bool(x_end && y_end);
    case CMP_NE: return val_bool(!(x_end && y_end));
    case CMP_GT: return val_bool(!x_end);
    default: return val_bool(y_end);
    }
}

// The comparison through the iterators, for subclasses: CPython iterates
// them with iter(), so an overridden __iter__ takes part.
static Value compare_iterating(ThreadState *ts, Value a, Value b, CmpOp op) {
    Value it1 = obj_iter(ts, a);
    Value it2 = val_is_null(it1) ? VNULL : obj_iter(ts, b);
    Value r = VNULL;
    while (!val_is_null(it2)) {
        Value x = obj_next(ts, it1);
        if (val_is_null(x) && exc_occurred(ts)) {
            break;
        }
        Value y = obj_next(ts, it2);
        if (val_is_null(x) || val_is_null(y)) {
            if (!exc_occurred(ts)) {
                r = compare_ends(op, val_is_null(x), val_is_null(y));
            }
            val_decref(x);
            val_decref(y);
            break;
        }
        int eq = obj_eq(ts, x, y);
        if (eq == 0) {
            r = obj_richcompare(ts, x, y, op);
        }
        val_decref(x);
        val_decref(y);
        if (eq <= 0) {
            break;
        }
    }
    val_decref(it1);
    val_decref(it2);
    return r;
}

// Compares like two iterators walking side by side: the first unequal
// pair decides, else the lengths do.
static Value deque_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    if (!val_is_deque(a) || !val_is_deque(b)) {
        return VNOTIMPL;
    }
    ObjDeque *x = as_deque(a), *y = as_deque(b);
    if ((op == CMP_EQ || op == CMP_NE) && (x == y || x->len != y->len)) {
        return val_bool((x == y) == (op == CMP_EQ));
    }
    if (val_type(a) != &DequeType || val_type(b) != &DequeType) {
        return compare_iterating(ts, a, b, op);
    }
    // Exact deques: the same walk over the buffers, with the checks their
    // iterators would make.
    uint64_t xs = x->state, ys = y->state;
    for (int64_t i = 0;; i++) {
        if (x->state != xs || y->state != ys) {
            return exc_raise(ts, &ExcRuntimeError, MUTATED);
        }
        if (i >= x->len || i >= y->len) {
            return compare_ends(op, i >= x->len, i >= y->len);
        }
        Value xv = val_dup(*slot_at(x, i)), yv = val_dup(*slot_at(y, i));
        int eq = obj_eq(ts, xv, yv);
        Value r = eq == 0 ? obj_richcompare(ts, xv, yv, op) : VNULL;
        val_decref(xv);
        val_decref(yv);
        if (eq <= 0) {
            return r;
        }
    }
}

static int64_t deque_len_slot(ThreadState *ts, Value v) {
    (void)ts;
    return as_deque(v)->len;
}

static Value deque_getitem(ThreadState *ts, Value v, Value key) {
    int64_t i;
    if (!item_index(ts, as_deque(v), key, &i)) {
        return VNULL;
    }
    return val_dup(*slot_at(as_deque(v), i));
}

static int deque_setitem(ThreadState *ts, Value v, Value key, Value value) {
    ObjDeque *d = as_deque(v);
    int64_t i;
    if (!item_index(ts, d, key, &i)) {
        return -1;
    }
    if (val_is_null(value)) {
        Value old = remove_at(d, i);
        maybe_shrink(d);
        val_decref(old);
        return 0;
    }
    val_set(slot_at(d, i), val_dup(value));
    return 0;
}

static int deque_contains(ThreadState *ts, Value v, Value item) {
    ObjDeque *d = as_deque(v);
    uint64_t state = d->state;
    for (int64_t i = 0; i < d->len; i++) {
        Value x = val_dup(*slot_at(d, i));
        int eq = obj_eq(ts, x, item);
        val_decref(x);
        if (eq != 0) {
            return eq;
        }
        if (d->state != state) {
            exc_raise(ts, &ExcRuntimeError, MUTATED);
            return -1;
        }
    }
    return 0;
}

static Value deque_add(ThreadState *ts, Value a, Value b) {
    if (!val_is_deque(a)) {
        return VNOTIMPL;
    }
    if (!val_is_deque(b)) {
        if (val_type(b)->flags & TYPE_HEAP) {
            return VNOTIMPL;
        }
        return exc_raise(ts, &ExcTypeError, "can only concatenate deque (not \"%s\") to deque",
                         val_type_name(b));
    }
    Value r = copy_deque(ts, a);
    if (!val_is_null(r) && extend(ts, as_deque(r), b, false) < 0) {
        val_decref(r);
        return VNULL;
    }
    return r;
}

static int64_t repeat_count(ThreadState *ts, Value n) {
    int64_t k = seq_repeat_count(ts, n);
    if (k == -2) {
        exc_raise(ts, &ExcTypeError, "can't multiply sequence by non-int of type '%s'",
                  val_type_name(n));
        return -1;
    }
    return k;
}

static Value deque_mul(ThreadState *ts, Value a, Value b) {
    Value seq = val_is_deque(a) ? a : b;
    int64_t k = repeat_count(ts, val_is_deque(a) ? b : a);
    if (k < 0) {
        return VNULL;
    }
    Value r = copy_deque(ts, seq);
    if (!val_is_null(r) && repeat_in_place(ts, as_deque(r), k) < 0) {
        val_decref(r);
        return VNULL;
    }
    return r;
}

static Value deque_iadd(ThreadState *ts, Value a, Value b) {
    if (!val_is_deque(a)) {
        return VNOTIMPL;
    }
    return extend(ts, as_deque(a), b, false) < 0 ? VNULL : val_dup(a);
}

static Value deque_imul(ThreadState *ts, Value a, Value b) {
    if (!val_is_deque(a)) {
        return VNOTIMPL;
    }
    int64_t k = repeat_count(ts, b);
    if (k < 0 || repeat_in_place(ts, as_deque(a), k) < 0) {
        return VNULL;
    }
    return val_dup(a);
}

static Value iter_new(ThreadState *ts, Value deque, bool reverse);

static Value deque_iter(ThreadState *ts, Value v) { return iter_new(ts, v, false); }

// --- methods -----------------------------------------------------------------------------

#define CHECK_ARGS(name, min, max, style)                                            \
    if (!args_check(ts, "deque", name, nargs, kwnames, min, max, style)) {           \
        return VNULL;                                                                \
    }

static Value m_append(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    CHECK_ARGS("append", 1, 1, ARGS_FIXED);
    return deque_append(ts, self.as.obj, args[0]) < 0 ? VNULL : VNONE;
}

static Value m_appendleft(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    CHECK_ARGS("appendleft", 1, 1, ARGS_FIXED);
    return deque_appendleft(ts, self.as.obj, args[0]) < 0 ? VNULL : VNONE;
}

static Value m_pop(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    CHECK_ARGS("pop", 0, 0, ARGS_FIXED);
    return deque_pop(ts, self.as.obj);
}

static Value m_popleft(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    CHECK_ARGS("popleft", 0, 0, ARGS_FIXED);
    return deque_popleft(ts, self.as.obj);
}

static Value m_extend(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    CHECK_ARGS("extend", 1, 1, ARGS_FIXED);
    return extend(ts, as_deque(self), args[0], false) < 0 ? VNULL : VNONE;
}

static Value m_extendleft(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    CHECK_ARGS("extendleft", 1, 1, ARGS_FIXED);
    return extend(ts, as_deque(self), args[0], true) < 0 ? VNULL : VNONE;
}

static Value m_clear(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    CHECK_ARGS("clear", 0, 0, ARGS_FIXED);
    clear_items(as_deque(self));
    return VNONE;
}

static Value m_copy(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    CHECK_ARGS("copy", 0, 0, ARGS_FIXED);
    return copy_deque(ts, self);
}

static Value m_dunder_copy(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    CHECK_ARGS("__copy__", 0, 0, ARGS_FIXED);
    return copy_deque(ts, self);
}

static Value m_count(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    CHECK_ARGS("count", 1, 1, ARGS_FIXED);
    ObjDeque *d = as_deque(self);
    uint64_t state = d->state;
    int64_t n = 0;
    for (int64_t i = 0; i < d->len; i++) {
        Value x = val_dup(*slot_at(d, i));
        int eq = obj_eq(ts, x, args[0]);
        val_decref(x);
        if (eq < 0) {
            return VNULL;
        }
        n += eq;
        if (d->state != state) {
            return exc_raise(ts, &ExcRuntimeError, MUTATED);
        }
    }
    return val_int(n);
}

static Value not_in_deque(ThreadState *ts, Value x) {
    Value r = obj_repr(ts, x);
    if (!val_is_null(r)) {
        exc_raise(ts, &ExcValueError, "%U is not in deque", r.as.obj);
        val_decref(r);
    }
    return VNULL;
}

static Value m_index(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    CHECK_ARGS("index", 1, 3, ARGS_VARARGS);
    ObjDeque *d = as_deque(self);
    int64_t start = 0, stop = d->len;
    if ((nargs > 1 && !slice_index(ts, args[1], &start)) ||
        (nargs > 2 && !slice_index(ts, args[2], &stop))) {
        return VNULL;
    }
    // The conversions may have run __index__: clip against the length now.
    int64_t len = d->len;
    if (start < 0) {
        start = start + len < 0 ? 0 : start + len;
    }
    if (stop < 0) {
        stop = stop + len < 0 ? 0 : stop + len;
    }
    if (stop > len) {
        stop = len;
    }
    uint64_t state = d->state;
    for (int64_t i = start; i < stop; i++) {
        Value x = val_dup(*slot_at(d, i));
        int eq = obj_eq(ts, x, args[0]);
        val_decref(x);
        if (eq > 0) {
            return val_int(i);
        }
        if (eq < 0) {
            return VNULL;
        }
        if (d->state != state) {
            return exc_raise(ts, &ExcRuntimeError, MUTATED);
        }
    }
    return not_in_deque(ts, args[0]);
}

static Value m_insert(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (kwnames && tuple_len(kwnames) > 0) {
        return exc_raise(ts, &ExcTypeError, "deque.insert() takes no keyword arguments");
    }
    if (nargs != 2) {
        return exc_raise(ts, &ExcTypeError, "insert() takes exactly 2 arguments (%lld given)",
                         (long long)nargs);
    }
    ObjDeque *d = as_deque(self);
    int64_t i;
    if (!to_ssize(ts, args[0], &i)) {
        return VNULL;
    }
    if (d->len == d->maxlen) {
        return exc_raise(ts, &ExcIndexError, "deque already at its maximum size");
    }
    if (i < 0) {
        i = i + d->len < 0 ? 0 : i + d->len;
    }
    if (i > d->len) {
        i = d->len;
    }
    if (!reserve(ts, d, 1)) {
        return VNULL;
    }
    insert_at(d, i, val_dup(args[1]));
    return VNONE;
}

// remove(x): CPython 3.11 reports a mutation here as an IndexError.
static Value m_remove(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    CHECK_ARGS("remove", 1, 1, ARGS_FIXED);
    ObjDeque *d = as_deque(self);
    uint64_t state = d->state;
    for (int64_t i = 0; i < d->len; i++) {
        Value x = val_dup(*slot_at(d, i));
        int eq = obj_eq(ts, x, args[0]);
        val_decref(x);
        if (eq < 0) {
            return VNULL;
        }
        if (d->state != state) {
            return exc_raise(ts, &ExcIndexError, MUTATED);
        }
        if (eq > 0) {
            Value old = remove_at(d, i);
            maybe_shrink(d);
            val_decref(old);
            return VNONE;
        }
    }
    return not_in_deque(ts, args[0]);
}

static Value m_reverse(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    CHECK_ARGS("reverse", 0, 0, ARGS_FIXED);
    ObjDeque *d = as_deque(self);
    for (int64_t i = 0, j = d->len - 1; i < j; i++, j--) {
        Value t = *slot_at(d, i);
        *slot_at(d, i) = *slot_at(d, j);
        *slot_at(d, j) = t;
    }
    return VNONE;
}

static Value m_rotate(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    // The arity message names the method in full: "deque.rotate expected...".
    if (kwnames && tuple_len(kwnames) > 0) {
        return exc_raise(ts, &ExcTypeError, "deque.rotate() takes no keyword arguments");
    }
    if (!args_check(ts, "deque", "deque.rotate", nargs, NULL, 0, 1, ARGS_CLINIC)) {
        return VNULL;
    }
    int64_t n = 1;
    if (nargs == 1 && !to_ssize(ts, args[0], &n)) {
        return VNULL;
    }
    rotate(as_deque(self), n);
    return VNONE;
}

static Value m_reversed(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    CHECK_ARGS("__reversed__", 0, 0, ARGS_FIXED);
    return iter_new(ts, self, true);
}

static Value m_sizeof(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    CHECK_ARGS("__sizeof__", 0, 0, ARGS_FIXED);
    ObjDeque *d = as_deque(self);
    return val_int((int64_t)(val_type(self)->basic_size + (size_t)d->cap * sizeof(Value)));
}

// The state part of __reduce__: what __getstate__ returns when a class
// defines it, else the instance dict (None when there is none or it is
// empty), as object.__getstate__ does.
static Value reduce_state(ThreadState *ts, Value self) {
    Value getstate = type_lookup_cstr(val_type(self), "__getstate__");
    if (!val_is_null(getstate)) {
        return obj_call_unbound(ts, getstate, self, NULL, 0);
    }
    Obj **dictp = obj_dict_ptr(self.as.obj);
    if (dictp && *dictp && dict_len(*dictp) > 0) {
        return val_dup(val_obj(*dictp));
    }
    return VNONE;
}

// d.__reduce__(): (type(d), () or ((), maxlen), state, iter(d)), which
// copy (and pickle) rebuild by calling the type and appending the items.
static Value m_reduce(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    CHECK_ARGS("__reduce__", 0, 0, ARGS_FIXED);
    int64_t maxlen = as_deque(self)->maxlen;
    Value state = reduce_state(ts, self);
    if (val_is_null(state)) {
        return VNULL;
    }
    Value it = iter_new(ts, self, false);
    Obj *empty = tuple_new(ts, 0);
    Obj *init = !empty || maxlen < 0 ? empty : tuple_pack(ts, 2, val_obj(empty), val_int(maxlen));
    Obj *r = NULL;
    if (!val_is_null(it) && init) {
        r = tuple_pack(ts, 4, val_obj(&val_type(self)->base), val_obj(init), state, it);
    }
    if (init != empty) {
        obj_xdecref(init);
    }
    obj_xdecref(empty);
    val_decref(it);
    val_decref(state);
    return r ? val_obj(r) : VNULL;
}

#undef CHECK_ARGS

static const MethodDef deque_methods[] = {
    {"append", m_append, NATIVE_METHOD, "Add an element to the right side of the deque."},
    {"appendleft", m_appendleft, NATIVE_METHOD, "Add an element to the left side of the deque."},
    {"pop", m_pop, NATIVE_METHOD, "Remove and return the rightmost element."},
    {"popleft", m_popleft, NATIVE_METHOD, "Remove and return the leftmost element."},
    {"extend", m_extend, NATIVE_METHOD, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", m_extendleft, NATIVE_METHOD, "Extend the left side of the deque with elements from the iterable"},
    {"clear", m_clear, NATIVE_METHOD, "Remove all elements from the deque."},
    {"copy", m_copy, NATIVE_METHOD, "Return a shallow copy of a deque."},
    {"__copy__", m_dunder_copy, NATIVE_METHOD, "Return a shallow copy of a deque."},
    {"count", m_count, NATIVE_METHOD, "D.count(value) -> integer -- return number of occurrences of value"},
    {"index", m_index, NATIVE_METHOD,
     "D.index(value, [start, [stop]]) -> integer -- return first index of value.\n"
     "Raises ValueError if the value is not present."},
    {"insert", m_insert, NATIVE_METHOD, "D.insert(index, object) -- insert object before index"},
    {"remove", m_remove, NATIVE_METHOD, "D.remove(value) -- remove first occurrence of value."},
    {"reverse", m_reverse, NATIVE_METHOD, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", m_rotate, NATIVE_METHOD, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"__reversed__", m_reversed, NATIVE_METHOD, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"__reduce__", m_reduce, NATIVE_METHOD, "Return state information for pickling."},
    {"__sizeof__", m_sizeof, NATIVE_METHOD, "D.__sizeof__() -- size of D in memory, in bytes"},
    {NULL, NULL, 0, NULL},
};

Type DequeType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    // The qualified name is what CPython's messages show ("unhashable
    // type: 'collections.deque'"); deque_init_types sets __name__ "deque".
    .name = "collections.deque",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjDeque),
    .doc = "deque([iterable[, maxlen]]) --> deque object\n\n"
           "A list-like sequence optimized for data accesses near its endpoints.",
    .dealloc = deque_dealloc,
    .repr = deque_repr,
    .richcompare = deque_richcompare,
    .getattr = generic_getattr,
    .setattr = generic_setattr,
    .len = deque_len_slot,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .iter = deque_iter,
    .nb = {[BINOP_ADD] = deque_add, [BINOP_MUL] = deque_mul},
    .nb_inplace = {[BINOP_ADD] = deque_iadd, [BINOP_MUL] = deque_imul},
    .new_ = deque_new_slot,
    .init = deque_init_slot,
};

// --- the maxlen attribute ------------------------------------------------------------
//
// A read-only data descriptor, so that `d.maxlen = 3` is refused with
// CPython's message instead of reaching the instance.

static Value maxlen_repr(ThreadState *ts, Value v) {
    (void)v;
    return val_obj(str_from_cstr(ts, "<attribute 'maxlen' of 'collections.deque' objects>"));
}

static Value maxlen_get(ThreadState *ts, Value descr, Value obj, Type *owner) {
    (void)owner;
    if (val_is_null(obj)) {
        return val_dup(descr);
    }
    if (!val_is_deque(obj)) {
        return exc_raise(ts, &ExcTypeError,
                         "descriptor 'maxlen' for 'collections.deque' objects doesn't apply to a "
                         "'%s' object",
                         val_type_name(obj));
    }
    int64_t maxlen = as_deque(obj)->maxlen;
    return maxlen < 0 ? VNONE : val_int(maxlen);
}

static int maxlen_set(ThreadState *ts, Value descr, Value obj, Value value) {
    (void)descr;
    (void)obj;
    (void)value;
    exc_raise(ts, &ExcAttributeError, "attribute 'maxlen' of 'collections.deque' objects is not writable");
    return -1;
}

static Type MaxlenDescrType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "getset_descriptor",
    .basic_size = sizeof(Obj),
    // This type has one instance, so its doc is that attribute's doc.
    .doc = "maximum size of a deque or None if unbounded",
    .repr = maxlen_repr,
    .getattr = generic_getattr,
    .descr_get = maxlen_get,
    .descr_set = maxlen_set,
};

static Obj maxlen_descr = STATIC_OBJ_HEADER(&MaxlenDescrType);

// --- iterators --------------------------------------------------------------------------

// Walks the deque by logical index. CPython's iterators count the items
// left and give up for good once the deque's state changes.
typedef struct ObjDequeIter {
    Obj base;
    ObjDeque *deque;         // owned
    int64_t index;           // logical index of the next item
    int64_t counter;         // items left
    uint64_t state;          // the deque's state when the iterator was made
} ObjDequeIter;

static Value iter_new(ThreadState *ts, Value deque, bool reverse) {
    ObjDeque *d = as_deque(deque);
    Type *type = reverse ? &DequeRevIterType : &DequeIterType;
    ObjDequeIter *it = (ObjDequeIter *)obj_alloc(ts, type, sizeof(ObjDequeIter));
    if (!it) {
        return VNULL;
    }
    obj_incref(&d->base);
    it->deque = d;
    it->index = reverse ? d->len - 1 : 0;
    it->counter = d->len;
    it->state = d->state;
    return val_obj(&it->base);
}

static void iter_dealloc(Obj *o) {
    obj_decref(&((ObjDequeIter *)o)->deque->base);
    obj_free(o);
}

static Value iter_self(ThreadState *ts, Value v) {
    (void)ts;
    return val_dup(v);
}

static Value iter_next(ThreadState *ts, Value v) {
    ObjDequeIter *it = (ObjDequeIter *)v.as.obj;
    ObjDeque *d = it->deque;
    if (d->state != it->state) {
        it->counter = 0;
        return exc_raise(ts, &ExcRuntimeError, MUTATED);
    }
    if (it->counter == 0) {
        return VNULL;
    }
    Value x = val_dup(*slot_at(d, it->index));
    it->index += v.as.obj->type == &DequeRevIterType ? -1 : 1;
    it->counter--;
    return x;
}

static Value m_length_hint(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    if (!args_check(ts, val_type_name(self), "__length_hint__", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return val_int(((ObjDequeIter *)self.as.obj)->counter);
}

static const MethodDef iter_methods[] = {
    {"__length_hint__", m_length_hint, NATIVE_METHOD, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

Type DequeIterType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "_collections._deque_iterator",
    .basic_size = sizeof(ObjDequeIter),
    .dealloc = iter_dealloc,
    .getattr = generic_getattr,
    .iter = iter_self,
    .iternext = iter_next,
};

Type DequeRevIterType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "_collections._deque_reverse_iterator",
    .basic_size = sizeof(ObjDequeIter),
    .dealloc = iter_dealloc,
    .getattr = generic_getattr,
    .iter = iter_self,
    .iternext = iter_next,
};

// --- readying ------------------------------------------------------------------------------

// A static type whose C name is qualified ("collections.deque") shows the
// short name as __name__ and the prefix as its module.
static void ready_named(ThreadState *ts, Type *type, const char *module, const char *name,
                        const MethodDef *methods) {
    type_ready(ts, type);
    type->name_obj = str_intern_cstr(name);
    type->qualname = str_intern_cstr(name);
    type->module = str_intern_cstr(module);
    type_add_methods(ts, type, methods);
}

void deque_init_types(ThreadState *ts) {
    if (DequeType.flags & TYPE_READY) {
        return;
    }
    type_ready(ts, &MaxlenDescrType);
    ready_named(ts, &DequeType, "collections", "deque", deque_methods);
    dict_set_cstr(ts, DequeType.dict, "maxlen", val_obj(&maxlen_descr));
    // Mutable, so unhashable: deque.__hash__ is None, as in CPython.
    dict_set_cstr(ts, DequeType.dict, "__hash__", VNONE);
    // deque[int] is a generic alias like list[int]: share list's class
    // method (generic_alias.c), which binds to the class it is found on.
    Value class_getitem = type_lookup_cstr(&ListType, "__class_getitem__");
    if (!val_is_null(class_getitem)) {
        dict_set_cstr(ts, DequeType.dict, "__class_getitem__", class_getitem);
    }
    ready_named(ts, &DequeIterType, "_collections", "_deque_iterator", iter_methods);
    ready_named(ts, &DequeRevIterType, "_collections", "_deque_reverse_iterator", iter_methods);
}
