// list.sort and sorted(): a stable merge sort.
//
// Items are paired with their keys (the item itself without key=), runs of
// up to 32 are sorted by binary insertion, then merged bottom-up through a
// scratch array. Before sorting we look at the key types: when they are
// all ints, all floats or all strs, a direct C comparison replaces the
// generic rich comparison, which is most of the speed of sorting.
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
    bool failed;
} Sorter;

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
    if (s->failed) {
        return 0;
    }
    if (a.tag == VAL_INT && b.tag == VAL_INT) {
        return a.as.i < b.as.i;
    }
    if (val_is_str(a) && val_is_str(b)) {
        return str_compare(a.as.obj, b.as.obj) < 0;
    }
    if (val_is_tuple(a) && val_is_tuple(b)) {
        // Tuples decide on the first differing item; most sorts of tuples
        // settle on the first one.
        ObjTuple *x = as_tuple(a), *y = as_tuple(b);
        int64_t n = x->len < y->len ? x->len : y->len;
        for (int64_t i = 0; i < n; i++) {
            Value p = x->items[i], q = y->items[i];
            int eq;
            if (p.tag == VAL_INT && q.tag == VAL_INT) {
                eq = p.as.i == q.as.i;
            } else {
                eq = obj_eq(s->ts, p, q);
                if (eq < 0) {
                    s->failed = true;
                    return 0;
                }
            }
            if (!eq) {
                return generic_lt(s, p, q);
            }
        }
        return x->len < y->len;
    }
    int r = obj_richcompare_bool(s->ts, a, b, CMP_LT);
    if (r < 0) {
        s->failed = true;
        return 0;
    }
    return r;
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

// Binary insertion sort of a[lo..hi), with a[lo..start) already sorted.
static void insertion_sort(Sorter *s, SortItem *a, int64_t lo, int64_t start, int64_t hi) {
    for (int64_t i = start; i < hi && !s->failed; i++) {
        SortItem x = a[i];
        int64_t l = lo, r = i;
        while (l < r) {
            int64_t m = l + (r - l) / 2;
            // Insert after equal keys: that keeps the sort stable.
            if (key_lt(s, x.key, a[m].key)) {
                r = m;
            } else {
                l = m + 1;
            }
        }
        memmove(a + l + 1, a + l, (size_t)(i - l) * sizeof(SortItem));
        a[l] = x;
    }
}

static void merge(Sorter *s, SortItem *a, int64_t lo, int64_t mid, int64_t hi, SortItem *tmp) {
    // Already in order: nothing to do (common for nearly sorted input).
    if (!key_lt(s, a[mid].key, a[mid - 1].key)) {
        return;
    }
    memcpy(tmp + lo, a + lo, (size_t)(mid - lo) * sizeof(SortItem));
    int64_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (key_lt(s, a[j].key, tmp[i].key)) {
            a[k++] = a[j++];
        } else {
            a[k++] = tmp[i++];
        }
    }
    while (i < mid) {
        a[k++] = tmp[i++];
    }
}

#define RUN 32

static bool merge_sort(Sorter *s, SortItem *a, int64_t n) {
    for (int64_t lo = 0; lo < n; lo += RUN) {
        int64_t hi = lo + RUN < n ? lo + RUN : n;
        insertion_sort(s, a, lo, lo + 1, hi);
    }
    if (n <= RUN) {
        return !s->failed;
    }
    SortItem *tmp = cs_malloc(sizeof(SortItem) * (size_t)n);
    if (!tmp) {
        exc_no_memory(s->ts);
        return false;
    }
    for (int64_t width = RUN; width < n && !s->failed; width *= 2) {
        for (int64_t lo = 0; lo + width < n && !s->failed; lo += 2 * width) {
            int64_t mid = lo + width;
            int64_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            merge(s, a, lo, mid, hi, tmp);
        }
    }
    cs_free(tmp);
    return !s->failed;
}

static void reverse_items(SortItem *a, int64_t n) {
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        SortItem t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
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
        Sorter s = {.ts = ts, .kind = classify(a, n), .failed = false};
        if (reverse) {
            reverse_items(a, n);
        }
        ok = merge_sort(&s, a, n);
        if (ok && reverse) {
            reverse_items(a, n);
        }
        if (ok) {
            for (int64_t i = 0; i < n; i++) {
                items[i] = a[i].value;
            }
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
