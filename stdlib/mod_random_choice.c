// The integer and sequence methods of Random: randrange, randint, choice,
// shuffle, sample, choices and randbytes.
//
// Each one consumes the generator's output in exactly the order CPython
// 3.11's random.py does, because scripts compare sequences drawn after a
// seed: an int below n comes from _randbelow (bit_length(n) random bits,
// drawn again while the number is >= n); choice takes one such int;
// shuffle walks the list from the end; sample picks from a shrinking pool
// for small populations and by rejecting repeats for large ones, with the
// same threshold; choices without weights uses floor(random() * n), with
// weights a binary search in the cumulative weights.
//
// See also: mod_random.c (the generator, mod_random_below).
#include <math.h>

#include "runtime/obj_bytes.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/obj_int.h"
#include "runtime/obj_list.h"
#include "runtime/obj_range.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "stdlib/mod_random.h"

// --- randrange and randint ------------------------------------------------------------------

// An argument of randrange as an exact int: through __index__, or, for
// other numbers, through int() when that loses nothing (CPython 3.11 still
// accepts 10.0, with a deprecation warning). New reference or VNULL.
static Value range_arg(ThreadState *ts, Value x, const char *which) {
    if (val_is_int_subclass(x)) {
        return int_exact(ts, x);
    }
    Value i = obj_index(ts, x);
    if (!val_is_null(i)) {
        if (val_is_intlike(i)) {
            return i;
        }
        Value exact = int_exact(ts, i);
        val_decref(i);
        return exact;
    }
    if (!exc_matches(ts, &ExcTypeError)) {
        return VNULL;
    }
    exc_clear(ts);
    Value n = obj_call1(ts, val_obj(&IntType.base), x);
    if (val_is_null(n)) {
        return VNULL;
    }
    int differs = obj_richcompare_bool(ts, n, x, CMP_NE);
    if (differs != 0) {
        val_decref(n);
        if (differs > 0) {
            exc_raise(ts, &ExcValueError, "non-integer %s for randrange()", which);
        }
        return VNULL;
    }
    return n;
}

// start + step * below(n), for exact ints.
static Value offset_pick(ThreadState *ts, Value self, Value start, Value step, Value n) {
    Value r = mod_random_below(ts, self, n);
    if (val_is_null(r)) {
        return VNULL;
    }
    Value scaled = int_mul(ts, step, r);
    val_decref(r);
    if (val_is_null(scaled)) {
        return VNULL;
    }
    Value result = int_add(ts, start, scaled);
    val_decref(scaled);
    return result;
}

// randrange once start, stop and step are exact ints (stop VNULL when it
// was not given).
static Value randrange_ints(ThreadState *ts, Value self, Value start, Value stop, Value step) {
    int64_t a, b, s;
    const int64_t limit = (int64_t)1 << 61;
    // The common case without boxing: all small enough not to overflow.
    if (!val_is_null(stop) && int_to_i64(start, &a) && int_to_i64(stop, &b) && int_to_i64(step, &s) &&
        a > -limit && a < limit && b > -limit && b < limit && s > -limit && s < limit) {
        int64_t width = b - a, n, r;
        if (s == 1) {
            if (width <= 0) {
                return exc_raise(ts, &ExcValueError, "empty range for randrange() (%lld, %lld, %lld)",
                                 (long long)a, (long long)b, (long long)width);
            }
            n = width;
        } else if (s == 0) {
            return exc_raise(ts, &ExcValueError, "zero step for randrange()");
        } else {
            int64_t num = s > 0 ? width + s - 1 : width + s + 1;
            // Floor division, as Python's //.
            n = num / s - ((num % s != 0) && ((num < 0) != (s < 0)));
            if (n <= 0) {
                return exc_raise(ts, &ExcValueError, "empty range for randrange()");
            }
        }
        if (!mod_random_below_i64(ts, self, n, &r)) {
            return VNULL;
        }
        return val_int(a + s * r);
    }
    if (val_is_null(stop)) {
        if (int_sign(start) > 0) {
            return mod_random_below(ts, self, start);
        }
        return exc_raise(ts, &ExcValueError, "empty range for randrange()");
    }
    Value width = int_sub(ts, stop, start);
    if (val_is_null(width)) {
        return VNULL;
    }
    Value result = VNULL;
    int step_sign = int_sign(step);
    if (int_compare(step, val_int(1)) == 0) {
        if (int_sign(width) > 0) {
            result = offset_pick(ts, self, start, step, width);
        } else {
            exc_raise(ts, &ExcValueError, "empty range for randrange() (%S, %S, %S)", start, stop, width);
        }
    } else if (step_sign == 0) {
        exc_raise(ts, &ExcValueError, "zero step for randrange()");
    } else {
        Value adjusted = int_add(ts, width, val_int(step_sign > 0 ? -1 : 1));
        Value num = val_is_null(adjusted) ? VNULL : int_add(ts, adjusted, step);
        Value n = val_is_null(num) ? VNULL : int_floordiv(ts, num, step);
        if (!val_is_null(n)) {
            if (int_sign(n) <= 0) {
                exc_raise(ts, &ExcValueError, "empty range for randrange()");
            } else {
                result = offset_pick(ts, self, start, step, n);
            }
        }
        val_decref(adjusted);
        val_decref(num);
        val_decref(n);
    }
    val_decref(width);
    return result;
}

static Value randrange(ThreadState *ts, Value self, Value start_arg, Value stop_arg, Value step_arg) {
    // `step is not 1`: only the int 1 itself (or no step) is the default.
    bool default_step = val_is_null(step_arg) || (val_is_int(step_arg) && step_arg.as.i == 1);
    if (val_is_int(start_arg) && default_step && (val_is_null(stop_arg) || val_is_int(stop_arg))) {
        return randrange_ints(ts, self, start_arg, val_is_null(stop_arg) ? VNULL : stop_arg, val_int(1));
    }
    Value start = range_arg(ts, start_arg, "arg 1");
    if (val_is_null(start)) {
        return VNULL;
    }
    if (val_is_null(stop_arg) || val_is_none(stop_arg)) {
        Value r = default_step ? randrange_ints(ts, self, start, VNULL, val_int(1))
                               : exc_raise(ts, &ExcTypeError, "Missing a non-None stop argument");
        val_decref(start);
        return r;
    }
    Value stop = range_arg(ts, stop_arg, "stop");
    Value step = val_is_null(stop) ? VNULL
                 : val_is_null(step_arg) ? val_int(1)
                                         : range_arg(ts, step_arg, "step");
    Value r = val_is_null(step) ? VNULL : randrange_ints(ts, self, start, stop, step);
    val_decref(start);
    val_decref(stop);
    val_decref(step);
    return r;
}

static Value m_randrange(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"start", "stop", "step"};
    static const PySignature sig = {"Random.randrange", names, 3, 0, 1, true};
    Value a[3];
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a)) {
        return VNULL;
    }
    return randrange(ts, self, a[0], a[1], a[2]);
}

static Value m_randint(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"a", "b"};
    static const PySignature sig = {"Random.randint", names, 2, 0, 2, true};
    Value a[2];
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a)) {
        return VNULL;
    }
    Value stop = val_is_int(a[1]) && a[1].as.i < INT64_MAX ? val_int(a[1].as.i + 1)
                                                           : obj_binop(ts, a[1], val_int(1), BINOP_ADD);
    if (val_is_null(stop)) {
        return VNULL;
    }
    Value r = randrange(ts, self, a[0], stop, VNULL);
    val_decref(stop);
    return r;
}

// --- choice and shuffle ---------------------------------------------------------------------

static Value m_choice(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"seq"};
    static const PySignature sig = {"Random.choice", names, 1, 0, 1, true};
    Value a[1];
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a)) {
        return VNULL;
    }
    int64_t n = obj_len(ts, a[0]);
    if (n < 0) {
        return VNULL;
    }
    if (n == 0) {
        return exc_raise(ts, &ExcIndexError, "Cannot choose from an empty sequence");
    }
    int64_t i;
    if (!mod_random_below_i64(ts, self, n, &i)) {
        return VNULL;
    }
    if (val_is_list(a[0]) && i < as_list(a[0])->len) {
        return val_dup(as_list(a[0])->items[i]);
    }
    return obj_getitem(ts, a[0], val_int(i));
}

static Value m_shuffle(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"x"};
    static const PySignature sig = {"Random.shuffle", names, 1, 0, 1, true};
    Value a[1];
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a)) {
        return VNULL;
    }
    Value x = a[0];
    int64_t n = obj_len(ts, x);
    if (n < 0) {
        return VNULL;
    }
    for (int64_t i = n - 1; i > 0; i--) {
        int64_t j;
        if (!mod_random_below_i64(ts, self, i + 1, &j)) {
            return VNULL;
        }
        if (val_is_list(x) && i < as_list(x)->len) {
            Value *items = as_list(x)->items;
            Value t = items[i];
            items[i] = items[j];
            items[j] = t;
            continue;
        }
        // x[i], x[j] = x[j], x[i]
        Value xi = obj_getitem(ts, x, val_int(i));
        Value xj = val_is_null(xi) ? VNULL : obj_getitem(ts, x, val_int(j));
        bool ok = !val_is_null(xj) && obj_setitem(ts, x, val_int(i), xj) == 0 &&
                  obj_setitem(ts, x, val_int(j), xi) == 0;
        val_decref(xi);
        val_decref(xj);
        if (!ok) {
            return VNULL;
        }
    }
    return VNONE;
}

// --- sample ---------------------------------------------------------------------------------

// isinstance(v, collections.abc.Sequence): the built-in sequences, and,
// when collections.abc has been imported, what it says (a class derived
// from Sequence or registered with it). 1, 0 or -1 with an exception.
static int is_sequence(ThreadState *ts, Value v) {
    if (val_isinstance(v, &ListType) || val_isinstance(v, &TupleType) || val_is_str_like(v) ||
        val_isinstance(v, &RangeType) || val_isinstance(v, &BytesType) || val_is_bytearray(v)) {
        return 1;
    }
    Value abc = dict_get_cstr(ts->interp->modules, "collections.abc");
    Value isinstance = dict_get_cstr(ts->interp->builtins, "isinstance");
    if (val_is_null(abc) || val_is_null(isinstance)) {
        return 0;
    }
    Value sequence = obj_lookup_attr(ts, abc, str_intern_cstr("Sequence"));
    if (val_is_null(sequence)) {
        return exc_occurred(ts) ? -1 : 0;
    }
    Value r = obj_call2(ts, isinstance, v, sequence);
    val_decref(sequence);
    if (val_is_null(r)) {
        return -1;
    }
    int t = obj_truth(ts, r);
    val_decref(r);
    return t;
}

// A set of indexes, for rejecting repeats: open addressing over a table
// twice the size of what it will hold.
typedef struct IndexSet {
    int64_t *slots;          // cs_malloc'd, owned; -1 marks an empty slot
    int64_t mask;
} IndexSet;

static bool index_set_init(ThreadState *ts, IndexSet *s, int64_t capacity) {
    int64_t size = 8;
    while (size < 2 * capacity) {
        size *= 2;
    }
    s->slots = cs_malloc_or_raise(ts, (size_t)size * sizeof(int64_t));
    if (!s->slots) {
        return false;
    }
    memset(s->slots, 0xff, (size_t)size * sizeof(int64_t));
    s->mask = size - 1;
    return true;
}

// Adds j; false when it was already there.
static bool index_set_add(IndexSet *s, int64_t j) {
    uint64_t h = (uint64_t)j * 0x9e3779b97f4a7c15ULL;
    for (int64_t i = (int64_t)(h >> 20) & s->mask;; i = (i + 1) & s->mask) {
        if (s->slots[i] == j) {
            return false;
        }
        if (s->slots[i] == -1) {
            s->slots[i] = j;
            return true;
        }
    }
}

// sample(population, k) without counts. New list or VNULL.
static Value sample_plain(ThreadState *ts, Value self, Value population, int64_t k) {
    int64_t n = obj_len(ts, population);
    if (n < 0) {
        return VNULL;
    }
    if (k < 0 || k > n) {
        return exc_raise(ts, &ExcValueError, "Sample larger than population or is negative");
    }
    Obj *result = list_new(ts, k);
    if (!result) {
        return VNULL;
    }
    // Below this size a copy of the population costs less than a set of
    // picks: CPython's threshold, 21 plus the set's table size for k.
    int64_t setsize = 21;
    if (k > 5) {
        setsize += (int64_t)pow(4.0, ceil(log((double)(k * 3)) / log(4.0)));
    }
    if (n <= setsize) {
        Value pool = list_from_iterable(ts, population);
        if (val_is_null(pool)) {
            obj_decref(result);
            return VNULL;
        }
        ObjList *p = as_list(pool);
        for (int64_t i = 0; i < k; i++) {
            int64_t j;
            if (!mod_random_below_i64(ts, self, n - i, &j) || list_append(ts, result, p->items[j]) < 0) {
                val_decref(pool);
                obj_decref(result);
                return VNULL;
            }
            val_set(&p->items[j], val_dup(p->items[n - i - 1]));
        }
        val_decref(pool);
        return val_obj(result);
    }
    IndexSet chosen;
    if (!index_set_init(ts, &chosen, k)) {
        obj_decref(result);
        return VNULL;
    }
    for (int64_t i = 0; i < k; i++) {
        int64_t j;
        do {
            if (!mod_random_below_i64(ts, self, n, &j)) {
                goto fail;
            }
        } while (!index_set_add(&chosen, j));
        Value item = obj_getitem(ts, population, val_int(j));
        if (val_is_null(item) || list_append_steal(ts, result, item) < 0) {
            goto fail;
        }
    }
    cs_free(chosen.slots);
    return val_obj(result);
fail:
    cs_free(chosen.slots);
    obj_decref(result);
    return VNULL;
}

// The running totals of an iterable: accumulate(iterable) as a list.
static Value accumulate(ThreadState *ts, Value iterable) {
    Value it = obj_iter(ts, iterable);
    if (val_is_null(it)) {
        return VNULL;
    }
    Obj *out = list_new(ts, 0);
    Value total = VNULL;
    while (out) {
        Value x = obj_next(ts, it);
        if (val_is_null(x)) {
            if (exc_occurred(ts)) {
                obj_decref(out);
                out = NULL;
            }
            break;
        }
        Value next = val_is_null(total) ? x : obj_binop(ts, total, x, BINOP_ADD);
        if (!val_is_null(total)) {
            val_decref(x);
            val_decref(total);
        }
        total = next;
        if (val_is_null(total) || list_append(ts, out, total) < 0) {
            obj_decref(out);
            out = NULL;
        }
    }
    val_decref(total);
    val_decref(it);
    return out ? val_obj(out) : VNULL;
}

// The index where x would be inserted after its equals in a[lo:hi].
static int64_t bisect_right(ThreadState *ts, ObjList *a, Value x, int64_t lo, int64_t hi) {
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        int less = obj_richcompare_bool(ts, x, a->items[mid], CMP_LT);
        if (less < 0) {
            return -1;
        }
        if (less) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

static Value sample_counts(ThreadState *ts, Value self, Value population, Value counts, int64_t k) {
    int64_t n = obj_len(ts, population);
    if (n < 0) {
        return VNULL;
    }
    Value cum = accumulate(ts, counts);
    if (val_is_null(cum)) {
        return VNULL;
    }
    ObjList *c = as_list(cum);
    Value result = VNULL, selections = VNULL, range = VNULL;
    if (c->len != n) {
        exc_raise(ts, &ExcValueError, "The number of counts does not match the population");
        goto done;
    }
    if (c->len == 0) {
        exc_raise(ts, &ExcIndexError, "pop from empty list");
        goto done;
    }
    Value total = c->items[--c->len];   // cum_counts.pop(): now owned here
    if (!val_is_int_subclass(total)) {
        val_decref(total);
        exc_raise(ts, &ExcTypeError, "Counts must be integers");
        goto done;
    }
    if (int_sign(total) <= 0) {
        val_decref(total);
        exc_raise(ts, &ExcValueError, "Total of counts must be greater than zero");
        goto done;
    }
    range = obj_call1(ts, val_obj(&RangeType.base), total);
    val_decref(total);
    selections = val_is_null(range) ? VNULL : sample_plain(ts, self, range, k);
    if (val_is_null(selections)) {
        goto done;
    }
    ObjList *s = as_list(selections);
    for (int64_t i = 0; i < s->len; i++) {
        int64_t pos = bisect_right(ts, c, s->items[i], 0, c->len);
        Value item = pos < 0 ? VNULL : obj_getitem(ts, population, val_int(pos));
        if (val_is_null(item)) {
            goto done;
        }
        val_set(&s->items[i], item);
    }
    result = val_dup(selections);
done:
    val_decref(selections);
    val_decref(range);
    val_decref(cum);
    return result;
}

static Value m_sample(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"population", "k", "counts"};
    static const PySignature sig = {"Random.sample", names, 2, 1, 2, true};
    Value a[3];
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a)) {
        return VNULL;
    }
    int sequence = is_sequence(ts, a[0]);
    if (sequence < 0) {
        return VNULL;
    }
    if (!sequence) {
        return exc_raise(ts, &ExcTypeError,
                         "Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    int64_t k;
    if (!obj_index_i64(ts, a[1], &k)) {
        return VNULL;
    }
    if (!val_is_null(a[2]) && !val_is_none(a[2])) {
        return sample_counts(ts, self, a[0], a[2], k);
    }
    return sample_plain(ts, self, a[0], k);
}

// --- choices --------------------------------------------------------------------------------

// The cumulative weights as doubles when every one converts exactly (ints
// below 2**53 and floats), so the search needs no object comparisons.
static double *weights_as_doubles(ObjList *cum) {
    double *w = cs_malloc((size_t)(cum->len ? cum->len : 1) * sizeof(double));
    if (!w) {
        return NULL;
    }
    for (int64_t i = 0; i < cum->len; i++) {
        Value v = cum->items[i];
        if (val_is_float(v)) {
            w[i] = v.as.f;
        } else if ((val_is_int(v) || val_is_bool(v)) && v.as.i > -(1LL << 53) && v.as.i < (1LL << 53)) {
            w[i] = (double)v.as.i;
        } else {
            cs_free(w);
            return NULL;
        }
    }
    return w;
}

static Value choices_weighted(ThreadState *ts, Value self, Value population, int64_t n, Value cum_value,
                              int64_t k) {
    ObjList *cum = as_list(cum_value);
    if (cum->len != n) {
        return exc_raise(ts, &ExcValueError, "The number of weights does not match the population");
    }
    if (n == 0) {
        return exc_raise(ts, &ExcIndexError, "list index out of range");
    }
    Value total_value = obj_binop(ts, cum->items[n - 1], val_float(0.0), BINOP_ADD);
    double total;
    if (val_is_null(total_value)) {
        return VNULL;
    }
    bool ok = val_to_double(ts, total_value, &total);
    val_decref(total_value);
    if (!ok) {
        return VNULL;
    }
    if (total <= 0.0) {
        return exc_raise(ts, &ExcValueError, "Total of weights must be greater than zero");
    }
    if (!isfinite(total)) {
        return exc_raise(ts, &ExcValueError, "Total of weights must be finite");
    }
    Obj *result = list_new(ts, k > 0 ? k : 0);
    if (!result) {
        return VNULL;
    }
    double *w = weights_as_doubles(cum);
    for (int64_t i = 0; i < k; i++) {
        double u;
        if (!mod_random_float(ts, self, &u)) {
            goto fail;
        }
        double x = u * total;
        int64_t lo = 0, hi = n - 1;
        if (w) {
            while (lo < hi) {
                int64_t mid = lo + (hi - lo) / 2;
                if (x < w[mid]) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
        } else {
            lo = bisect_right(ts, cum, val_float(x), 0, hi);
            if (lo < 0) {
                goto fail;
            }
        }
        Value item = obj_getitem(ts, population, val_int(lo));
        if (val_is_null(item) || list_append_steal(ts, result, item) < 0) {
            goto fail;
        }
    }
    cs_free(w);
    return val_obj(result);
fail:
    cs_free(w);
    obj_decref(result);
    return VNULL;
}

static Value m_choices(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"population", "weights", "cum_weights", "k"};
    static const PySignature sig = {"Random.choices", names, 2, 2, 1, true};
    Value a[4];
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a)) {
        return VNULL;
    }
    Value population = a[0];
    bool has_weights = !val_is_null(a[1]) && !val_is_none(a[1]);
    bool has_cum = !val_is_null(a[2]) && !val_is_none(a[2]);
    int64_t n = obj_len(ts, population);
    if (n < 0) {
        return VNULL;
    }
    int64_t k = 1;
    if (!val_is_null(a[3]) && !obj_index_i64(ts, a[3], &k)) {
        return VNULL;
    }
    if (!has_weights && !has_cum) {
        Obj *result = list_new(ts, k > 0 ? k : 0);
        for (int64_t i = 0; result && i < k; i++) {
            double u;
            Value item = mod_random_float(ts, self, &u)
                             ? obj_getitem(ts, population, val_int((int64_t)floor(u * (double)n)))
                             : VNULL;
            if (val_is_null(item) || list_append_steal(ts, result, item) < 0) {
                obj_decref(result);
                return VNULL;
            }
        }
        return result ? val_obj(result) : VNULL;
    }
    if (has_weights && has_cum) {
        return exc_raise(ts, &ExcTypeError, "Cannot specify both weights and cumulative weights");
    }
    Value cum = has_weights ? accumulate(ts, a[1]) : list_from_iterable(ts, a[2]);
    if (val_is_null(cum)) {
        // choices(population, 3) meant k=3.
        if (has_weights && val_is_int_subclass(a[1]) && exc_matches(ts, &ExcTypeError)) {
            exc_clear(ts);
            return exc_raise(ts, &ExcTypeError, "The number of choices must be a keyword argument: k=%R",
                             a[1]);
        }
        return VNULL;
    }
    Value r = choices_weighted(ts, self, population, n, cum, k);
    val_decref(cum);
    return r;
}

// --- randbytes ------------------------------------------------------------------------------

static Value m_randbytes(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"n"};
    static const PySignature sig = {"Random.randbytes", names, 1, 0, 1, true};
    Value a[1];
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a)) {
        return VNULL;
    }
    // getrandbits(n * 8).to_bytes(n, 'little')
    Value bits = obj_binop(ts, a[0], val_int(8), BINOP_MUL);
    if (val_is_null(bits)) {
        return VNULL;
    }
    Value number = obj_call_method(ts, self, "getrandbits", &bits, 1);
    val_decref(bits);
    if (val_is_null(number)) {
        return VNULL;
    }
    Obj *little = str_intern_cstr("little");
    Value to_bytes_args[2] = {a[0], val_obj(little)};
    Value r = obj_call_method(ts, number, "to_bytes", to_bytes_args, 2);
    val_decref(number);
    return r;
}

const MethodDef mod_random_choice_methods[] = {
    {"randrange", m_randrange, NATIVE_METHOD, "Choose a random item from range(stop) or range(start, stop[, step])."},
    {"randint", m_randint, NATIVE_METHOD, "Return random integer in range [a, b], including both end points."},
    {"choice", m_choice, NATIVE_METHOD, "Choose a random element from a non-empty sequence."},
    {"shuffle", m_shuffle, NATIVE_METHOD, "Shuffle list x in place, and return None."},
    {"sample", m_sample, NATIVE_METHOD, "Chooses k unique random elements from a population sequence."},
    {"choices", m_choices, NATIVE_METHOD, "Return a k sized list of population elements chosen with replacement."},
    {"randbytes", m_randbytes, NATIVE_METHOD, "Generate n random bytes."},
    {NULL, NULL, 0, NULL},
};
