// list.sort and sorted(): timsort, step for step the algorithm CPython
// 3.11 uses, so that a key's __lt__ is called on the same pairs in the
// same order and a sort that fails half-way leaves the list in the same
// state as there.
//
// Items are paired with their keys (the item itself without key=). The
// list is cut into natural runs (a strictly descending run is reversed);
// a run shorter than `minrun` is extended by binary insertion; runs are
// merged in the order the powersort policy gives, and a merge switches to
// galloping (exponential search) when one side keeps winning. A failed
// comparison stops the sort; every merge then puts back what it held aside,
// so no item is lost.
//
// Before sorting we look at the key types: when they are all ints, all
// floats or all strs, a direct C comparison replaces the generic rich
// comparison, which is most of the speed of sorting.
//
// While the sort runs the list is emptied, so a key function or __lt__ that
// looks at or changes the list sees an empty list; a change is reported
// afterwards with ValueError, as CPython does.
//
// reverse=True keeps stability the way CPython does: reverse, sort, reverse.
#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/obj_int.h"
#include "runtime/obj_list.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"

typedef struct SortItem {
    Value key;
    Value value;
} SortItem;

typedef enum KeyKind { KEYS_GENERIC, KEYS_INT, KEYS_FLOAT, KEYS_STR, KEYS_TUPLE } KeyKind;

typedef struct Sorter {
    ThreadState *ts;
    KeyKind kind;
} Sorter;

// key < other: 1 or 0, or -1 with an exception set.
static int generic_lt(Sorter *s, Value a, Value b);

static inline int key_lt(Sorter *s, Value a, Value b) {
    switch (s->kind) {
    case KEYS_INT: return a.as.i < b.as.i;
    case KEYS_FLOAT: return a.as.f < b.as.f;
    case KEYS_STR: return str_compare(a.as.obj, b.as.obj) < 0;
    default: return generic_lt(s, a, b);
    }
}

static int generic_lt(Sorter *s, Value a, Value b) {
    if (a.tag == VAL_INT && b.tag == VAL_INT) {
        return a.as.i < b.as.i;
    }
    if (val_is_str(a) && val_is_str(b)) {
        return str_compare(a.as.obj, b.as.obj) < 0;
    }
    if (val_is_tuple(a) && val_is_tuple(b)) {
        // Tuples decide on the first differing item (found with ==), as
        // tuple comparison does; most sorts of tuples settle on the first.
        ObjTuple *x = as_tuple(a), *y = as_tuple(b);
        int64_t n = x->len < y->len ? x->len : y->len;
        for (int64_t i = 0; i < n; i++) {
            Value p = x->items[i], q = y->items[i];
            int eq = p.tag == VAL_INT && q.tag == VAL_INT ? p.as.i == q.as.i : obj_eq(s->ts, p, q);
            if (eq < 0) {
                return -1;
            }
            if (!eq) {
                return generic_lt(s, p, q);
            }
        }
        return x->len < y->len;
    }
    return obj_richcompare_bool(s->ts, a, b, CMP_LT);
}

static KeyKind classify(SortItem *items, int64_t n) {
    if (n == 0) {
        return KEYS_GENERIC;
    }
    Type *t = val_type(items[0].key);
    for (int64_t i = 1; i < n; i++) {
        if (val_type(items[i].key) != t) {
            return KEYS_GENERIC;
        }
    }
    if (t == &IntType) {
        for (int64_t i = 0; i < n; i++) {
            if (items[i].key.tag != VAL_INT) {
                return KEYS_GENERIC;   // big ints: the generic path compares them
            }
        }
        return KEYS_INT;
    }
    if (t == &FloatType) {
        return KEYS_FLOAT;
    }
    if (t == &StrType) {
        return KEYS_STR;
    }
    return KEYS_GENERIC;
}

static void reverse_items(SortItem *a, int64_t n) {
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        SortItem t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

// --- runs --------------------------------------------------------------------------------

// Binary insertion sort of a[0..n), whose first `sorted` items are in order.
// A new item goes after the items equal to it, which keeps the sort stable.
static int binary_sort(Sorter *s, SortItem *a, int64_t n, int64_t sorted) {
    for (int64_t i = sorted > 0 ? sorted : 1; i < n; i++) {
        SortItem pivot = a[i];
        int64_t l = 0, r = i;
        while (l < r) {
            int64_t m = l + ((r - l) >> 1);
            int lt = key_lt(s, pivot.key, a[m].key);
            if (lt < 0) {
                return -1;
            }
            if (lt) {
                r = m;
            } else {
                l = m + 1;
            }
        }
        memmove(a + l + 1, a + l, (size_t)(i - l) * sizeof(SortItem));
        a[l] = pivot;
    }
    return 0;
}

// The length of the run at the start of a[0..n): non-descending, or
// strictly descending (*descending then, so the run can be reversed
// without breaking stability). -1 on error.
static int64_t count_run(Sorter *s, SortItem *a, int64_t n, bool *descending) {
    *descending = false;
    if (n == 1) {
        return 1;
    }
    int lt = key_lt(s, a[1].key, a[0].key);
    if (lt < 0) {
        return -1;
    }
    *descending = lt;
    int64_t k = 2;
    for (; k < n; k++) {
        lt = key_lt(s, a[k].key, a[k - 1].key);
        if (lt < 0) {
            return -1;
        }
        if (lt != *descending) {
            break;
        }
    }
    return k;
}

// Runs shorter than this are extended by binary insertion: n itself below
// 64, else a number in [32, 64] that makes n / minrun a power of two or
// just below one.
static int64_t compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

// --- galloping ---------------------------------------------------------------------------

#define MIN_GALLOP 7

// Where key goes in the sorted a[0..n), left of any equal items, searching
// out from a[hint] by doubling steps, then by bisection. -1 on error.
static int64_t gallop_left(Sorter *s, Value key, SortItem *a, int64_t n, int64_t hint) {
    int64_t last = 0, ofs = 1;
    int lt = key_lt(s, a[hint].key, key);
    if (lt < 0) {
        return -1;
    }
    if (lt) {
        // a[hint] < key: gallop right until a[hint + last] < key <= a[hint + ofs].
        int64_t max = n - hint;
        while (ofs < max) {
            lt = key_lt(s, a[hint + ofs].key, key);
            if (lt < 0) {
                return -1;
            }
            if (!lt) {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs > max ? max : ofs;
        last += hint;
        ofs += hint;
    } else {
        // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - last].
        int64_t max = hint + 1;
        while (ofs < max) {
            lt = key_lt(s, a[hint - ofs].key, key);
            if (lt < 0) {
                return -1;
            }
            if (lt) {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs > max ? max : ofs;
        int64_t k = last;
        last = hint - ofs;
        ofs = hint - k;
    }
    // Now a[last] < key <= a[ofs]: bisect in between.
    last++;
    while (last < ofs) {
        int64_t m = last + ((ofs - last) >> 1);
        lt = key_lt(s, a[m].key, key);
        if (lt < 0) {
            return -1;
        }
        if (lt) {
            last = m + 1;
        } else {
            ofs = m;
        }
    }
    return ofs;
}

// Like gallop_left, but right of any equal items.
static int64_t gallop_right(Sorter *s, Value key, SortItem *a, int64_t n, int64_t hint) {
    int64_t last = 0, ofs = 1;
    int lt = key_lt(s, key, a[hint].key);
    if (lt < 0) {
        return -1;
    }
    if (lt) {
        // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - last].
        int64_t max = hint + 1;
        while (ofs < max) {
            lt = key_lt(s, key, a[hint - ofs].key);
            if (lt < 0) {
                return -1;
            }
            if (!lt) {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs > max ? max : ofs;
        int64_t k = last;
        last = hint - ofs;
        ofs = hint - k;
    } else {
        // a[hint] <= key: gallop right until a[hint + last] <= key < a[hint + ofs].
        int64_t max = n - hint;
        while (ofs < max) {
            lt = key_lt(s, key, a[hint + ofs].key);
            if (lt < 0) {
                return -1;
            }
            if (lt) {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs > max ? max : ofs;
        last += hint;
        ofs += hint;
    }
    last++;
    while (last < ofs) {
        int64_t m = last + ((ofs - last) >> 1);
        lt = key_lt(s, key, a[m].key);
        if (lt < 0) {
            return -1;
        }
        if (lt) {
            ofs = m;
        } else {
            last = m + 1;
        }
    }
    return ofs;
}

// --- merging -----------------------------------------------------------------------------

// A run waiting to be merged: a[base..base+len), with its powersort power.
typedef struct Run {
    int64_t base, len;
    int power;
} Run;

typedef struct MergeState {
    Sorter *s;
    SortItem *a;             // the whole array
    int64_t n;
    Run runs[85];            // enough for 2**64 items: powers strictly increase
    int nruns;
    int64_t min_gallop;
    SortItem *tmp;           // scratch for the smaller run of a merge
    int64_t tmp_cap;
} MergeState;

static bool reserve_tmp(MergeState *ms, int64_t need) {
    if (need <= ms->tmp_cap) {
        return true;
    }
    cs_free(ms->tmp);
    ms->tmp = cs_malloc(sizeof(SortItem) * (size_t)need);
    ms->tmp_cap = ms->tmp ? need : 0;
    if (!ms->tmp) {
        exc_no_memory(ms->s->ts);
    }
    return ms->tmp != NULL;
}

// The state of one merge: where the next item goes, the next unmerged item
// of each run (one of them in the scratch copy) and how many are left.
// merge_lo moves its pointers up, merge_hi down.
typedef struct Merge {
    SortItem *dest, *a, *b;
    int64_t na, nb;
} Merge;

// How a phase of a merge ended: go on pairwise or galloping, or stop.
typedef enum Outcome { PAIRWISE, GALLOP, DONE, LAST_ONE, FAILED } Outcome;

// --- merge_lo: fills from the left; A is in the scratch copy --------------------------

// One item at a time, until one run wins min_gallop times in a row.
static Outcome lo_pairwise(MergeState *ms, Merge *m, int64_t min_gallop) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
        int lt = key_lt(ms->s, m->b->key, m->a->key);
        if (lt < 0) {
            return FAILED;
        }
        if (lt) {
            *m->dest++ = *m->b++;
            bcount++;
            acount = 0;
            if (--m->nb == 0) {
                return DONE;
            }
            if (bcount >= min_gallop) {
                return GALLOP;
            }
        } else {
            *m->dest++ = *m->a++;
            acount++;
            bcount = 0;
            if (--m->na == 1) {
                return LAST_ONE;
            }
            if (acount >= min_gallop) {
                return GALLOP;
            }
        }
    }
}

// Galloping: copy whole stretches found by exponential search, for as long
// as the stretches stay long; success makes galloping start sooner.
static Outcome lo_gallop(MergeState *ms, Merge *m, int64_t *min_gallop) {
    int64_t acount, bcount;
    (*min_gallop)++;
    do {
        *min_gallop -= *min_gallop > 1;
        ms->min_gallop = *min_gallop;
        int64_t k = gallop_right(ms->s, m->b->key, m->a, m->na, 0);
        if (k < 0) {
            return FAILED;
        }
        acount = k;
        if (k) {
            memcpy(m->dest, m->a, (size_t)k * sizeof(SortItem));
            m->dest += k;
            m->a += k;
            m->na -= k;
            if (m->na <= 1) {
                return m->na == 1 ? LAST_ONE : DONE;   // 0 only with inconsistent comparisons
            }
        }
        *m->dest++ = *m->b++;
        if (--m->nb == 0) {
            return DONE;
        }
        k = gallop_left(ms->s, m->a->key, m->b, m->nb, 0);
        if (k < 0) {
            return FAILED;
        }
        bcount = k;
        if (k) {
            memmove(m->dest, m->b, (size_t)k * sizeof(SortItem));
            m->dest += k;
            m->b += k;
            m->nb -= k;
            if (m->nb == 0) {
                return DONE;
            }
        }
        *m->dest++ = *m->a++;
        if (--m->na == 1) {
            return LAST_ONE;
        }
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    ms->min_gallop = ++*min_gallop;
    return PAIRWISE;
}

// Merges the adjacent runs pa[0..na) and pb[0..nb), na <= nb: run A is
// copied aside and the merge fills the array from the left. A failed
// comparison still copies the rest of A back, so no item is lost.
static int merge_lo(MergeState *ms, SortItem *pa, int64_t na, SortItem *pb, int64_t nb) {
    if (!reserve_tmp(ms, na)) {
        return -1;
    }
    memcpy(ms->tmp, pa, (size_t)na * sizeof(SortItem));
    Merge m = {.dest = pa, .a = ms->tmp, .b = pb, .na = na, .nb = nb};
    *m.dest++ = *m.b++;   // B's first item is known to come first
    m.nb--;
    Outcome st = m.nb == 0 ? DONE : m.na == 1 ? LAST_ONE : PAIRWISE;
    int64_t min_gallop = ms->min_gallop;
    while (st == PAIRWISE) {
        st = lo_pairwise(ms, &m, min_gallop);
        if (st == GALLOP) {
            st = lo_gallop(ms, &m, &min_gallop);
        }
    }
    if (st == LAST_ONE) {
        // A's last item goes after what remains of B.
        memmove(m.dest, m.b, (size_t)m.nb * sizeof(SortItem));
        m.dest[m.nb] = *m.a;
        return 0;
    }
    if (m.na) {
        memcpy(m.dest, m.a, (size_t)m.na * sizeof(SortItem));
    }
    return st == FAILED ? -1 : 0;
}

// --- merge_hi: fills from the right; B is in the scratch copy -------------------------

static Outcome hi_pairwise(MergeState *ms, Merge *m, int64_t min_gallop) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
        int lt = key_lt(ms->s, m->b->key, m->a->key);
        if (lt < 0) {
            return FAILED;
        }
        if (lt) {
            *m->dest-- = *m->a--;
            acount++;
            bcount = 0;
            if (--m->na == 0) {
                return DONE;
            }
            if (acount >= min_gallop) {
                return GALLOP;
            }
        } else {
            *m->dest-- = *m->b--;
            bcount++;
            acount = 0;
            if (--m->nb == 1) {
                return LAST_ONE;
            }
            if (bcount >= min_gallop) {
                return GALLOP;
            }
        }
    }
}

// The mirror image of lo_gallop; base_a and base_b are the starts of A and
// of B's copy, which the searches need.
static Outcome hi_gallop(MergeState *ms, Merge *m, SortItem *base_a, SortItem *base_b, int64_t *min_gallop) {
    int64_t acount, bcount;
    (*min_gallop)++;
    do {
        *min_gallop -= *min_gallop > 1;
        ms->min_gallop = *min_gallop;
        int64_t k = gallop_right(ms->s, m->b->key, base_a, m->na, m->na - 1);
        if (k < 0) {
            return FAILED;
        }
        k = m->na - k;
        acount = k;
        if (k) {
            m->dest -= k;
            m->a -= k;
            memmove(m->dest + 1, m->a + 1, (size_t)k * sizeof(SortItem));
            m->na -= k;
            if (m->na == 0) {
                return DONE;
            }
        }
        *m->dest-- = *m->b--;
        if (--m->nb == 1) {
            return LAST_ONE;
        }
        k = gallop_left(ms->s, m->a->key, base_b, m->nb, m->nb - 1);
        if (k < 0) {
            return FAILED;
        }
        k = m->nb - k;
        bcount = k;
        if (k) {
            m->dest -= k;
            m->b -= k;
            memcpy(m->dest + 1, m->b + 1, (size_t)k * sizeof(SortItem));
            m->nb -= k;
            if (m->nb <= 1) {
                return m->nb == 1 ? LAST_ONE : DONE;   // 0 only with inconsistent comparisons
            }
        }
        *m->dest-- = *m->a--;
        if (--m->na == 0) {
            return DONE;
        }
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    ms->min_gallop = ++*min_gallop;
    return PAIRWISE;
}

// The mirror image of merge_lo for na > nb: run B is copied aside and the
// merge fills the array from the right.
static int merge_hi(MergeState *ms, SortItem *pa, int64_t na, SortItem *pb, int64_t nb) {
    if (!reserve_tmp(ms, nb)) {
        return -1;
    }
    memcpy(ms->tmp, pb, (size_t)nb * sizeof(SortItem));
    SortItem *base_a = pa, *base_b = ms->tmp;
    Merge m = {.dest = pb + nb - 1, .a = pa + na - 1, .b = ms->tmp + nb - 1, .na = na, .nb = nb};
    *m.dest-- = *m.a--;   // A's last item is known to come last
    m.na--;
    Outcome st = m.na == 0 ? DONE : m.nb == 1 ? LAST_ONE : PAIRWISE;
    int64_t min_gallop = ms->min_gallop;
    while (st == PAIRWISE) {
        st = hi_pairwise(ms, &m, min_gallop);
        if (st == GALLOP) {
            st = hi_gallop(ms, &m, base_a, base_b, &min_gallop);
        }
    }
    if (st == LAST_ONE) {
        // B's first item goes before what remains of A.
        m.dest -= m.na;
        m.a -= m.na;
        memmove(m.dest + 1, m.a + 1, (size_t)m.na * sizeof(SortItem));
        *m.dest = *m.b;
        return 0;
    }
    if (m.nb) {
        memcpy(m.dest - (m.nb - 1), base_b, (size_t)m.nb * sizeof(SortItem));
    }
    return st == FAILED ? -1 : 0;
}

// Merges runs i and i + 1 of the stack. Items of A already below B's first
// item, and items of B already above A's last, stay where they are.
static int merge_at(MergeState *ms, int i) {
    Run *r = ms->runs;
    SortItem *pa = ms->a + r[i].base, *pb = ms->a + r[i + 1].base;
    int64_t na = r[i].len, nb = r[i + 1].len;
    r[i].len = na + nb;
    if (i == ms->nruns - 3) {
        r[i + 1] = r[i + 2];
    }
    ms->nruns--;
    int64_t k = gallop_right(ms->s, pb->key, pa, na, 0);
    if (k < 0) {
        return -1;
    }
    pa += k;
    na -= k;
    if (na == 0) {
        return 0;
    }
    nb = gallop_left(ms->s, pa[na - 1].key, pb, nb, nb - 1);
    if (nb <= 0) {
        return (int)nb;
    }
    return na <= nb ? merge_lo(ms, pa, na, pb, nb) : merge_hi(ms, pa, na, pb, nb);
}

// Powersort's priority of the boundary between the run a[s1..s1+n1) and
// the next n2 items: the first bit where the midpoints of the two runs,
// as fractions of n, differ.
static int node_power(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
    int power = 0;
    int64_t a = 2 * s1 + n1;    // twice the midpoint of the first run
    int64_t b = a + n1 + n2;    // twice the midpoint of the second
    for (;;) {
        power++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return power;
}

// A new run of length n2 follows the top run: first merge the runs whose
// boundary has a higher power than the new boundary.
static int found_new_run(MergeState *ms, int64_t n2) {
    if (ms->nruns == 0) {
        return 0;
    }
    Run *top = &ms->runs[ms->nruns - 1];
    int power = node_power(top->base, top->len, n2, ms->n);
    while (ms->nruns > 1 && ms->runs[ms->nruns - 2].power > power) {
        if (merge_at(ms, ms->nruns - 2) < 0) {
            return -1;
        }
    }
    ms->runs[ms->nruns - 1].power = power;
    return 0;
}

// Merges everything left on the stack, smaller neighbours first.
static int merge_force_collapse(MergeState *ms) {
    while (ms->nruns > 1) {
        int i = ms->nruns - 2;
        if (i > 0 && ms->runs[i - 1].len < ms->runs[i + 1].len) {
            i--;
        }
        if (merge_at(ms, i) < 0) {
            return -1;
        }
    }
    return 0;
}

// Sorts a[0..n). -1 with an exception when a comparison failed; the items
// are then a permutation of what they were.
static int timsort(Sorter *s, SortItem *a, int64_t n) {
    if (n < 2) {
        return 0;
    }
    MergeState ms = {.s = s, .a = a, .n = n, .nruns = 0, .min_gallop = MIN_GALLOP};
    int64_t minrun = compute_minrun(n), lo = 0, remaining = n;
    int result = 0;
    while (remaining > 0 && result == 0) {
        bool descending;
        int64_t run = count_run(s, a + lo, remaining, &descending);
        if (run < 0) {
            result = -1;
            break;
        }
        if (descending) {
            reverse_items(a + lo, run);
        }
        if (run < minrun) {
            int64_t force = remaining < minrun ? remaining : minrun;
            if (binary_sort(s, a + lo, force, run) < 0) {
                result = -1;
                break;
            }
            run = force;
        }
        if (found_new_run(&ms, run) < 0) {
            result = -1;
            break;
        }
        ms.runs[ms.nruns++] = (Run){.base = lo, .len = run, .power = 0};
        lo += run;
        remaining -= run;
    }
    if (result == 0) {
        result = merge_force_collapse(&ms);
    }
    cs_free(ms.tmp);
    return result;
}

int list_sort(ThreadState *ts, Obj *o, Value key, bool reverse) {
    ObjList *l = (ObjList *)o;
    int64_t n = l->len;
    Value *items = l->items;
    int64_t cap = l->cap;
    // Detach the items, so the list looks empty while user code runs.
    l->items = NULL;
    l->len = 0;
    l->cap = 0;

    SortItem *a = cs_malloc(sizeof(SortItem) * (size_t)(n ? n : 1));
    bool ok = a != NULL;
    if (!ok) {
        exc_no_memory(ts);
    }
    int64_t nkeys = 0;
    bool has_key = !val_is_none(key);
    for (int64_t i = 0; ok && i < n; i++) {
        a[i].value = items[i];
        if (has_key) {
            a[i].key = obj_call1(ts, key, items[i]);
            if (val_is_null(a[i].key)) {
                ok = false;
                break;
            }
            nkeys++;
        } else {
            a[i].key = items[i];
        }
    }
    if (ok) {
        // Even a failed sort leaves the items in the order it reached, as
        // CPython's does (reversed back when reverse=True).
        Sorter s = {.ts = ts, .kind = classify(a, n)};
        if (reverse) {
            reverse_items(a, n);
        }
        ok = timsort(&s, a, n) == 0;
        if (reverse) {
            reverse_items(a, n);
        }
        for (int64_t i = 0; i < n; i++) {
            items[i] = a[i].value;
        }
    }
    if (has_key) {
        for (int64_t i = 0; i < nkeys; i++) {
            val_decref(a[i].key);
        }
    }
    cs_free(a);

    // Reattach; if user code filled the list meanwhile, that is an error.
    Value *added = l->items;
    int64_t nadded = l->len;
    l->items = items;
    l->len = n;
    l->cap = cap;
    if (added || nadded) {
        for (int64_t i = 0; i < nadded; i++) {
            val_decref(added[i]);
        }
        cs_free(added);
        if (ok) {
            exc_raise(ts, &ExcValueError, "list modified during sort");
            ok = false;
        }
    }
    return ok ? 0 : -1;
}
