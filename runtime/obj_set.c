// set and frozenset: an open-addressing hash table of keys, the two
// types' slots (repr, ==, <=, in, iteration, | & - ^) and their methods.
//
// The table follows CPython's layout and probing exactly, because the
// iteration order of a set is visible (print({3, 1, 2})) and scripts must
// print what CPython prints. A key's probe sequence starts at hash & mask,
// looks at up to LINEAR_PROBES following slots when they fit before the
// end of the table, then jumps to (i * 5 + 1 + perturb) & mask with
// perturb being the hash shifted right PERTURB_SHIFT more bits each time.
// The table grows to the power of two above 4 * len once fill (live plus
// dummy slots) reaches 3/5 of it. The bulk operations (copying, union,
// intersection...) also mirror CPython's choice of which operand to walk
// and when to resize, since that too decides the order of the result.
//
// Invariants: the table size is a power of two >= SET_MINSIZE; len <=
// fill < size; a removal leaves a dummy (key VNULL, hash -1) so that the
// probe sequences passing through the slot stay intact.
//
// Comparing keys can run Python code (__eq__), which may change the set.
// Every loop re-reads the table after a comparison, and a lookup restarts
// when the table it was walking went away.
//
// See also: obj_dict.c (the same probing for dicts), dict_methods.c (the
// dict views build on set_from_iterable).
#include "runtime/obj_set.h"

#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_list.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

bool repr_enter(ThreadState *ts, Obj *o);
void repr_leave(ThreadState *ts, Obj *o);

Type SetIterType;

static inline ObjSet *as_set(Value v) { return (ObjSet *)v.as.obj; }

// The exact type that operations on an instance of `type` produce: set
// operations on a subclass instance return a plain set or frozenset.
static Type *base_kind(Type *type) {
    return type_is_subtype(type, &SetType) ? &SetType : &FrozenSetType;
}

// --- the table ----------------------------------------------------------------------

// Places a key known to be absent into a table without dummies.
static void insert_clean(SetEntry *table, uint64_t mask, Value key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        if (val_is_null(e->key)) {
            e->key = key;
            e->hash = hash;
            return;
        }
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (val_is_null(e->key)) {
                    e->key = key;
                    e->hash = hash;
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Rebuilds the table with room for more than `minused` keys, dropping the
// dummies. -1 with MemoryError.
static int resize(ThreadState *ts, ObjSet *so, int64_t minused) {
    int64_t size = SET_MINSIZE;
    while (size <= minused) {
        size <<= 1;
    }
    SetEntry *old = so->table;
    int64_t old_size = so->mask + 1;
    SetEntry saved[SET_MINSIZE];
    SetEntry *table;
    if (size == SET_MINSIZE) {
        // Shrinking back into the small table: keep a copy of the old
        // entries first when they live there.
        if (old == so->smalltable) {
            memcpy(saved, old, sizeof saved);
            old = saved;
        }
        table = so->smalltable;
        memset(table, 0, sizeof so->smalltable);
    } else {
        table = cs_calloc((size_t)size, sizeof(SetEntry));
        if (!table) {
            exc_no_memory(ts);
            return -1;
        }
    }
    for (int64_t i = 0; i < old_size; i++) {
        if (!val_is_null(old[i].key)) {
            insert_clean(table, (uint64_t)size - 1, old[i].key, old[i].hash);
        }
    }
    if (old != so->smalltable && old != saved) {
        cs_free(old);
    }
    so->table = table;
    so->mask = size - 1;
    so->fill = so->len;
    return 0;
}

// Compares a live entry's key with `key`. Returns 1 or 0, -1 with an
// exception, or 2 when the comparison changed the table under us.
static int entry_matches(ThreadState *ts, ObjSet *so, SetEntry *e, Value key) {
    if (val_is(e->key, key)) {
        return 1;
    }
    if (val_is_str(e->key) && val_is_str(key)) {
        return str_eq(e->key.as.obj, key.as.obj);
    }
    SetEntry *table = so->table;
    Value start = val_dup(e->key);
    int eq = obj_eq(ts, start, key);
    bool changed = so->table != table || !val_is(e->key, start);
    val_decref(start);
    if (eq < 0) {
        return -1;
    }
    return changed ? 2 : eq;
}

// Walks key's probe sequence. Returns 1 with *slot at the live entry that
// holds an equal key; 0 with *slot at the unused entry that ends the
// sequence and *dummy at the last dummy passed (or NULL); -1 with an
// exception.
static int probe(ThreadState *ts, ObjSet *so, Value key, int64_t hash, SetEntry **slot,
                 SetEntry **dummy) {
restart:
    *dummy = NULL;
    uint64_t mask = (uint64_t)so->mask;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        SetEntry *e = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (!val_is_null(e->key)) {
                if (e->hash == hash) {
                    int m = entry_matches(ts, so, e, key);
                    if (m == 2) {
                        goto restart;
                    }
                    if (m != 0) {
                        *slot = e;
                        return m;
                    }
                }
            } else if (e->hash == 0) {
                *slot = e;
                return 0;
            } else {
                // CPython 3.11 reuses the last dummy on the probe sequence
                // (observed, and it decides where a re-added key shows up).
                *dummy = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int lookup(ThreadState *ts, ObjSet *so, Value key, int64_t hash) {
    SetEntry *slot, *dummy;
    return probe(ts, so, key, hash, &slot, &dummy);
}

// Adds key (not stolen) with its hash. -1 with an exception.
static int add_entry(ThreadState *ts, ObjSet *so, Value key, int64_t hash) {
    SetEntry *slot, *dummy;
    // Our own reference keeps the key alive while __eq__ runs.
    val_incref(key);
    int r = probe(ts, so, key, hash, &slot, &dummy);
    if (r != 0) {
        val_decref(key);
        return r < 0 ? -1 : 0;
    }
    so->len++;
    if (dummy) {
        dummy->key = key;
        dummy->hash = hash;
        return 0;
    }
    slot->key = key;
    slot->hash = hash;
    so->fill++;
    if (so->fill * 5 < so->mask * 3) {
        return 0;
    }
    return resize(ts, so, so->len > 50000 ? so->len * 2 : so->len * 4);
}

// Removes key: 1 removed, 0 absent, -1 error.
static int discard_entry(ThreadState *ts, ObjSet *so, Value key, int64_t hash) {
    SetEntry *slot, *dummy;
    int r = probe(ts, so, key, hash, &slot, &dummy);
    if (r <= 0) {
        return r;
    }
    Value old = slot->key;
    slot->key = VNULL;
    slot->hash = -1;
    so->len--;
    val_decref(old);
    return 1;
}

// Walks the live entries: *pos starts at 0. The table is re-read on every
// call, so the walk survives changes made between calls.
static SetEntry *next_entry(ObjSet *so, int64_t *pos) {
    while (*pos <= so->mask) {
        SetEntry *e = &so->table[(*pos)++];
        if (!val_is_null(e->key)) {
            return e;
        }
    }
    return NULL;
}

// Empties the set, releasing the keys after the set is consistent again.
static void clear_set(ObjSet *so) {
    SetEntry saved[SET_MINSIZE];
    SetEntry *old = so->table;
    int64_t n = so->mask + 1;
    if (old == so->smalltable) {
        memcpy(saved, old, sizeof saved);
        old = saved;
    }
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->table = so->smalltable;
    so->mask = SET_MINSIZE - 1;
    so->fill = so->len = 0;
    so->hash = -1;
    for (int64_t i = 0; i < n; i++) {
        val_decref(old[i].key);
    }
    if (old != saved) {
        cs_free(old);
    }
}

// Exchanges the contents of two sets (intersection_update builds the
// result in a new set, then takes its body).
static void swap_bodies(ObjSet *a, ObjSet *b) {
    bool a_small = a->table == a->smalltable, b_small = b->table == b->smalltable;
    SetEntry *a_table = a->table, *b_table = b->table;
    SetEntry tmp[SET_MINSIZE];
    memcpy(tmp, a->smalltable, sizeof tmp);
    memcpy(a->smalltable, b->smalltable, sizeof tmp);
    memcpy(b->smalltable, tmp, sizeof tmp);
    a->table = b_small ? a->smalltable : b_table;
    b->table = a_small ? b->smalltable : a_table;
    int64_t t;
    t = a->len, a->len = b->len, b->len = t;
    t = a->fill, a->fill = b->fill, b->fill = t;
    t = a->mask, a->mask = b->mask, b->mask = t;
    t = a->hash, a->hash = b->hash, b->hash = t;
}

// --- the exported basics ------------------------------------------------------------

Obj *set_new(ThreadState *ts, Type *type) {
    size_t size = type->basic_size > sizeof(ObjSet) ? type->basic_size : sizeof(ObjSet);
    ObjSet *so = (ObjSet *)obj_alloc(ts, type, size);
    if (!so) {
        return NULL;
    }
    so->table = so->smalltable;
    so->mask = SET_MINSIZE - 1;
    so->hash = -1;
    return &so->base;
}

int set_add(ThreadState *ts, Obj *set, Value key) {
    int64_t hash;
    if (obj_hash(ts, key, &hash) < 0) {
        return -1;
    }
    return add_entry(ts, (ObjSet *)set, key, hash);
}

int set_discard(ThreadState *ts, Obj *set, Value key) {
    int64_t hash;
    if (obj_hash(ts, key, &hash) < 0) {
        return -1;
    }
    return discard_entry(ts, (ObjSet *)set, key, hash);
}

int set_contains(ThreadState *ts, Obj *set, Value key) {
    int64_t hash;
    if (obj_hash(ts, key, &hash) < 0) {
        return -1;
    }
    return lookup(ts, (ObjSet *)set, key, hash);
}

bool set_next(Obj *set, int64_t *pos, Value *key) {
    SetEntry *e = next_entry((ObjSet *)set, pos);
    if (!e) {
        return false;
    }
    *key = e->key;
    return true;
}

// Adds every key of another set, presizing the table once.
static int merge(ThreadState *ts, ObjSet *so, ObjSet *other) {
    if (other == so || other->len == 0) {
        return 0;
    }
    if ((so->fill + other->len) * 5 >= so->mask * 3 &&
        resize(ts, so, (so->len + other->len) * 2) < 0) {
        return -1;
    }
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->len) {
        // Same size, no dummies: every key goes to the same slot.
        for (int64_t i = 0; i <= other->mask; i++) {
            if (!val_is_null(other->table[i].key)) {
                so->table[i].key = val_dup(other->table[i].key);
                so->table[i].hash = other->table[i].hash;
            }
        }
        so->fill = so->len = other->len;
        return 0;
    }
    if (so->fill == 0) {
        for (int64_t i = 0; i <= other->mask; i++) {
            if (!val_is_null(other->table[i].key)) {
                insert_clean(so->table, (uint64_t)so->mask, val_dup(other->table[i].key),
                             other->table[i].hash);
            }
        }
        so->fill = so->len = other->len;
        return 0;
    }
    int64_t pos = 0;
    SetEntry *e;
    while ((e = next_entry(other, &pos))) {
        if (add_entry(ts, so, e->key, e->hash) < 0) {
            return -1;
        }
    }
    return 0;
}

// set.update with one iterable.
int set_update(ThreadState *ts, Obj *set, Value other) {
    ObjSet *so = (ObjSet *)set;
    if (val_is_anyset(other)) {
        return merge(ts, so, as_set(other));
    }
    if (val_is_dict(other)) {
        // The dict knows its keys' hashes.
        ObjDict *d = as_dict(other);
        if ((so->fill + d->len) * 5 >= so->mask * 3 && resize(ts, so, (so->len + d->len) * 2) < 0) {
            return -1;
        }
        for (int64_t i = 0; i < d->nentries; i++) {
            DictEntry *e = &d->entries[i];
            if (!val_is_null(e->key) && add_entry(ts, so, e->key, e->hash) < 0) {
                return -1;
            }
        }
        return 0;
    }
    Value it = obj_iter(ts, other);
    if (val_is_null(it)) {
        return -1;
    }
    for (;;) {
        Value key = obj_next(ts, it);
        if (val_is_null(key)) {
            break;
        }
        int r = set_add(ts, set, key);
        val_decref(key);
        if (r < 0) {
            break;
        }
    }
    val_decref(it);
    return exc_occurred(ts) ? -1 : 0;
}

Value set_from_iterable(ThreadState *ts, Type *type, Value iterable) {
    Obj *s = set_new(ts, type);
    if (!s) {
        return VNULL;
    }
    if (!val_is_null(iterable) && set_update(ts, s, iterable) < 0) {
        obj_decref(s);
        return VNULL;
    }
    return val_obj(s);
}

// A plain set or frozenset with the same keys (the copy of a subclass
// instance is of the base type).
static Value copy_set(ThreadState *ts, Value v) {
    return set_from_iterable(ts, base_kind(val_type(v)), v);
}

// --- the operations -----------------------------------------------------------------

static Value intersection(ThreadState *ts, Value self, Value other) {
    if (val_is(self, other)) {
        return copy_set(ts, self);
    }
    Obj *result = set_new(ts, base_kind(val_type(self)));
    if (!result) {
        return VNULL;
    }
    ObjSet *so = as_set(self), *rs = (ObjSet *)result;
    if (val_is_anyset(other)) {
        // Walk the smaller set, look keys up in the larger.
        ObjSet *small = as_set(other), *large = so;
        if (small->len > large->len) {
            small = so;
            large = as_set(other);
        }
        int64_t pos = 0;
        SetEntry *e;
        while ((e = next_entry(small, &pos))) {
            Value key = val_dup(e->key);
            int64_t hash = e->hash;
            int r = lookup(ts, large, key, hash);
            if (r > 0) {
                r = add_entry(ts, rs, key, hash);
            }
            val_decref(key);
            if (r < 0) {
                obj_decref(result);
                return VNULL;
            }
        }
        return val_obj(result);
    }
    Value it = obj_iter(ts, other);
    if (val_is_null(it)) {
        obj_decref(result);
        return VNULL;
    }
    for (;;) {
        Value key = obj_next(ts, it);
        if (val_is_null(key)) {
            break;
        }
        int64_t hash;
        int r = obj_hash(ts, key, &hash);
        bool full = false;
        if (r == 0) {
            r = lookup(ts, so, key, hash);
            if (r > 0) {
                r = add_entry(ts, rs, key, hash);
                // Once every key of self is in, the rest cannot add anything.
                full = rs->len >= so->len;
            }
        }
        val_decref(key);
        if (r < 0 || full) {
            break;
        }
    }
    val_decref(it);
    if (exc_occurred(ts)) {
        obj_decref(result);
        return VNULL;
    }
    return val_obj(result);
}

static int difference_update(ThreadState *ts, ObjSet *so, Value other) {
    if (val_is(val_obj(&so->base), other)) {
        clear_set(so);
        return 0;
    }
    if (val_is_anyset(other)) {
        Value o;
        if ((as_set(other)->len >> 3) > so->len) {
            // The other set is much larger: only the common keys matter.
            o = intersection(ts, val_obj(&so->base), other);
            if (val_is_null(o)) {
                return -1;
            }
        } else {
            o = val_dup(other);
        }
        int64_t pos = 0;
        SetEntry *e;
        int r = 0;
        while (r >= 0 && (e = next_entry(as_set(o), &pos))) {
            Value key = val_dup(e->key);
            r = discard_entry(ts, so, key, e->hash);
            val_decref(key);
        }
        val_decref(o);
        if (r < 0) {
            return -1;
        }
    } else {
        Value it = obj_iter(ts, other);
        if (val_is_null(it)) {
            return -1;
        }
        for (;;) {
            Value key = obj_next(ts, it);
            if (val_is_null(key)) {
                break;
            }
            int r = set_discard(ts, &so->base, key);
            val_decref(key);
            if (r < 0) {
                break;
            }
        }
        val_decref(it);
        if (exc_occurred(ts)) {
            return -1;
        }
    }
    // More than a quarter dummies: squeeze them out.
    if (so->fill - so->len <= so->mask / 4) {
        return 0;
    }
    return resize(ts, so, so->len > 50000 ? so->len * 2 : so->len * 4);
}

static Value copy_and_difference(ThreadState *ts, Value self, Value other) {
    Value r = copy_set(ts, self);
    if (!val_is_null(r) && difference_update(ts, as_set(r), other) < 0) {
        val_decref(r);
        return VNULL;
    }
    return r;
}

static Value difference(ThreadState *ts, Value self, Value other) {
    int64_t other_len;
    if (val_is_anyset(other)) {
        other_len = as_set(other)->len;
    } else if (val_is_dict(other)) {
        other_len = as_dict(other)->len;
    } else {
        return copy_and_difference(ts, self, other);
    }
    ObjSet *so = as_set(self);
    if ((so->len >> 2) > other_len) {
        return copy_and_difference(ts, self, other);
    }
    Obj *result = set_new(ts, base_kind(val_type(self)));
    if (!result) {
        return VNULL;
    }
    int64_t pos = 0;
    SetEntry *e;
    while ((e = next_entry(so, &pos))) {
        Value key = val_dup(e->key);
        int64_t hash = e->hash;
        int r = val_is_dict(other) ? dict_contains(ts, other.as.obj, key)
                                   : lookup(ts, as_set(other), key, hash);
        if (r == 0) {
            r = add_entry(ts, (ObjSet *)result, key, hash);
        }
        val_decref(key);
        if (r < 0) {
            obj_decref(result);
            return VNULL;
        }
    }
    return val_obj(result);
}

// Removes the key if present, adds it if not.
static int toggle(ThreadState *ts, ObjSet *so, Value key, int64_t hash) {
    Value k = val_dup(key);
    int r = discard_entry(ts, so, k, hash);
    if (r == 0) {
        r = add_entry(ts, so, k, hash);
    }
    val_decref(k);
    return r < 0 ? -1 : 0;
}

static int symmetric_difference_update(ThreadState *ts, ObjSet *so, Value other) {
    if (val_is(val_obj(&so->base), other)) {
        clear_set(so);
        return 0;
    }
    if (val_is_dict(other)) {
        ObjDict *d = as_dict(other);
        for (int64_t i = 0; i < d->nentries; i++) {
            DictEntry *e = &d->entries[i];
            if (!val_is_null(e->key) && toggle(ts, so, e->key, e->hash) < 0) {
                return -1;
            }
        }
        return 0;
    }
    Value o = val_is_anyset(other) ? val_dup(other)
                                   : set_from_iterable(ts, base_kind(so->base.type), other);
    if (val_is_null(o)) {
        return -1;
    }
    int64_t pos = 0;
    SetEntry *e;
    int r = 0;
    while (r == 0 && (e = next_entry(as_set(o), &pos))) {
        r = toggle(ts, so, e->key, e->hash);
    }
    val_decref(o);
    return r;
}

static Value symmetric_difference(ThreadState *ts, Value self, Value other) {
    Value r = set_from_iterable(ts, base_kind(val_type(self)), other);
    if (!val_is_null(r) && symmetric_difference_update(ts, as_set(r), self) < 0) {
        val_decref(r);
        return VNULL;
    }
    return r;
}

static Value union_with(ThreadState *ts, Value self, Value other) {
    Value r = copy_set(ts, self);
    if (!val_is_null(r) && !val_is(self, other) && set_update(ts, r.as.obj, other) < 0) {
        val_decref(r);
        return VNULL;
    }
    return r;
}

// 1, 0, or -1 with an exception.
static int is_subset(ThreadState *ts, Value self, Value other) {
    if (!val_is_anyset(other)) {
        Value tmp = set_from_iterable(ts, &SetType, other);
        if (val_is_null(tmp)) {
            return -1;
        }
        int r = is_subset(ts, self, tmp);
        val_decref(tmp);
        return r;
    }
    ObjSet *so = as_set(self);
    if (so->len > as_set(other)->len) {
        return 0;
    }
    int64_t pos = 0;
    SetEntry *e;
    while ((e = next_entry(so, &pos))) {
        Value key = val_dup(e->key);
        int r = lookup(ts, as_set(other), key, e->hash);
        val_decref(key);
        if (r <= 0) {
            return r;
        }
    }
    return 1;
}

static int is_superset(ThreadState *ts, Value self, Value other) {
    if (val_is_anyset(other)) {
        return is_subset(ts, other, self);
    }
    Value it = obj_iter(ts, other);
    if (val_is_null(it)) {
        return -1;
    }
    int result = 1;
    for (;;) {
        Value key = obj_next(ts, it);
        if (val_is_null(key)) {
            if (exc_occurred(ts)) {
                result = -1;
            }
            break;
        }
        int r = set_contains(ts, self.as.obj, key);
        val_decref(key);
        if (r <= 0) {
            result = r;
            break;
        }
    }
    val_decref(it);
    return result;
}

static int is_disjoint(ThreadState *ts, Value self, Value other) {
    ObjSet *so = as_set(self);
    if (val_is(self, other)) {
        return so->len == 0;
    }
    if (val_has_type(other, &SetType) || val_has_type(other, &FrozenSetType)) {
        ObjSet *small = as_set(other), *large = so;
        if (small->len > large->len) {
            small = so;
            large = as_set(other);
        }
        int64_t pos = 0;
        SetEntry *e;
        while ((e = next_entry(small, &pos))) {
            Value key = val_dup(e->key);
            int r = lookup(ts, large, key, e->hash);
            val_decref(key);
            if (r != 0) {
                return r < 0 ? -1 : 0;
            }
        }
        return 1;
    }
    Value it = obj_iter(ts, other);
    if (val_is_null(it)) {
        return -1;
    }
    int result = 1;
    for (;;) {
        Value key = obj_next(ts, it);
        if (val_is_null(key)) {
            if (exc_occurred(ts)) {
                result = -1;
            }
            break;
        }
        int r = set_contains(ts, self.as.obj, key);
        val_decref(key);
        if (r != 0) {
            result = r < 0 ? -1 : 0;
            break;
        }
    }
    val_decref(it);
    return result;
}

// --- slots --------------------------------------------------------------------------

static void set_dealloc(Obj *o) {
    ObjSet *so = (ObjSet *)o;
    for (int64_t i = 0; i <= so->mask; i++) {
        val_decref(so->table[i].key);
    }
    if (so->table != so->smalltable) {
        cs_free(so->table);
    }
    obj_free(o);
}

// {1, 2}, set(), frozenset({1}), and Name({1}) for subclasses.
static Value set_repr(ThreadState *ts, Value v) {
    ObjSet *so = as_set(v);
    const char *name = val_type_name(v);
    if (repr_enter(ts, v.as.obj)) {
        Obj *s = str_format_c(ts, "%s(...)", name);
        return s ? val_obj(s) : VNULL;
    }
    if (so->len == 0) {
        repr_leave(ts, v.as.obj);
        Obj *s = str_format_c(ts, "%s()", name);
        return s ? val_obj(s) : VNULL;
    }
    // Snapshot the keys: a key's __repr__ may change the set.
    Obj *keys = list_new(ts, so->len);
    int64_t pos = 0;
    SetEntry *e;
    while (keys && (e = next_entry(so, &pos))) {
        if (list_append(ts, keys, e->key) < 0) {
            obj_decref(keys);
            keys = NULL;
        }
    }
    if (!keys) {
        repr_leave(ts, v.as.obj);
        return VNULL;
    }
    bool exact = val_has_type(v, &SetType);
    StrBuf sb;
    strbuf_init(&sb);
    if (!exact) {
        strbuf_printf(&sb, "%s(", name);
    }
    strbuf_append_char(&sb, '{');
    bool ok = true;
    ObjList *l = (ObjList *)keys;
    for (int64_t i = 0; i < l->len && ok; i++) {
        Value r = obj_repr(ts, l->items[i]);
        if (val_is_null(r)) {
            ok = false;
            break;
        }
        if (i > 0) {
            strbuf_append_cstr(&sb, ", ");
        }
        strbuf_append(&sb, as_str(r)->data, (size_t)as_str(r)->nbytes);
        val_decref(r);
    }
    strbuf_append_cstr(&sb, exact ? "}" : "})");
    obj_decref(keys);
    repr_leave(ts, v.as.obj);
    Obj *s = ok ? str_new(ts, sb.data, (int64_t)sb.len) : NULL;
    strbuf_free(&sb);
    return s ? val_obj(s) : VNULL;
}

static uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
}

// CPython's frozenset hash: an order-independent xor of the keys' shuffled
// hashes, then mixed with the size, so that hash(frozenset(...)) matches.
static int frozenset_hash(ThreadState *ts, Value v, int64_t *out) {
    (void)ts;
    ObjSet *so = as_set(v);
    if (so->hash != -1) {
        *out = so->hash;
        return 0;
    }
    uint64_t h = 0;
    for (int64_t i = 0; i <= so->mask; i++) {
        if (!val_is_null(so->table[i].key)) {
            h ^= shuffle_bits((uint64_t)so->table[i].hash);
        }
    }
    h ^= ((uint64_t)so->len + 1) * 1927868237ull;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923ull;
    if (h == (uint64_t)-1) {
        h = 590923713ull;
    }
    so->hash = (int64_t)h;
    *out = so->hash;
    return 0;
}

static Value set_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    if (!val_is_anyset(a) || !val_is_anyset(b)) {
        return VNOTIMPL;
    }
    ObjSet *x = as_set(a), *y = as_set(b);
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (x->len != y->len || (x->hash != -1 && y->hash != -1 && x->hash != y->hash)) {
            r = 0;
        } else {
            r = is_subset(ts, a, b);
        }
        if (r >= 0 && op == CMP_NE) {
            r = !r;
        }
        break;
    case CMP_LE: r = is_subset(ts, a, b); break;
    case CMP_GE: r = is_superset(ts, a, b); break;
    case CMP_LT: r = x->len >= y->len ? 0 : is_subset(ts, a, b); break;
    default: r = x->len <= y->len ? 0 : is_superset(ts, a, b); break;
    }
    return r < 0 ? VNULL : val_bool(r);
}

static int64_t set_len(ThreadState *ts, Value v) {
    (void)ts;
    return as_set(v)->len;
}

// `key in s`, where a set used as a key is looked up as a frozenset.
static int contains_key(ThreadState *ts, Value self, Value key) {
    int r = set_contains(ts, self.as.obj, key);
    if (r < 0 && val_isinstance(key, &SetType) && exc_matches(ts, &ExcTypeError)) {
        exc_clear(ts);
        Value tmp = set_from_iterable(ts, &FrozenSetType, key);
        if (val_is_null(tmp)) {
            return -1;
        }
        r = set_contains(ts, self.as.obj, tmp);
        val_decref(tmp);
    }
    return r;
}

// discard/remove: a set key is looked up as a frozenset, as in `in`.
static int discard_key(ThreadState *ts, Value self, Value key) {
    int r = set_discard(ts, self.as.obj, key);
    if (r < 0 && val_isinstance(key, &SetType) && exc_matches(ts, &ExcTypeError)) {
        exc_clear(ts);
        Value tmp = set_from_iterable(ts, &FrozenSetType, key);
        if (val_is_null(tmp)) {
            return -1;
        }
        r = set_discard(ts, self.as.obj, tmp);
        val_decref(tmp);
    }
    return r;
}

static Value set_or(ThreadState *ts, Value a, Value b) {
    if (!val_is_anyset(a) || !val_is_anyset(b)) {
        return VNOTIMPL;
    }
    return union_with(ts, a, b);
}

static Value set_and(ThreadState *ts, Value a, Value b) {
    if (!val_is_anyset(a) || !val_is_anyset(b)) {
        return VNOTIMPL;
    }
    return intersection(ts, a, b);
}

static Value set_sub(ThreadState *ts, Value a, Value b) {
    if (!val_is_anyset(a) || !val_is_anyset(b)) {
        return VNOTIMPL;
    }
    return difference(ts, a, b);
}

static Value set_xor(ThreadState *ts, Value a, Value b) {
    if (!val_is_anyset(a) || !val_is_anyset(b)) {
        return VNOTIMPL;
    }
    return symmetric_difference(ts, a, b);
}

static Value set_ior(ThreadState *ts, Value a, Value b) {
    if (!val_is_anyset(b)) {
        return VNOTIMPL;
    }
    return set_update(ts, a.as.obj, b) < 0 ? VNULL : val_dup(a);
}

// Replaces the contents of a set by the set `result` (stolen).
static Value take_result(Value self, Value result) {
    if (val_is_null(result)) {
        return VNULL;
    }
    swap_bodies(as_set(self), as_set(result));
    val_decref(result);
    return VNONE;
}

static Value set_iand(ThreadState *ts, Value a, Value b) {
    if (!val_is_anyset(b)) {
        return VNOTIMPL;
    }
    return val_is_null(take_result(a, intersection(ts, a, b))) ? VNULL : val_dup(a);
}

static Value set_isub(ThreadState *ts, Value a, Value b) {
    if (!val_is_anyset(b)) {
        return VNOTIMPL;
    }
    return difference_update(ts, as_set(a), b) < 0 ? VNULL : val_dup(a);
}

static Value set_ixor(ThreadState *ts, Value a, Value b) {
    if (!val_is_anyset(b)) {
        return VNOTIMPL;
    }
    return symmetric_difference_update(ts, as_set(a), b) < 0 ? VNULL : val_dup(a);
}

// --- construction -------------------------------------------------------------------

static bool no_keywords(ThreadState *ts, const char *name, Obj *kwnames) {
    if (kwnames && tuple_len(kwnames) > 0) {
        exc_raise(ts, &ExcTypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    return true;
}

static Value set_new_slot(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    (void)nargs;
    if (type == &SetType && !no_keywords(ts, "set", kwnames)) {
        return VNULL;
    }
    Obj *s = set_new(ts, type);
    return s ? val_obj(s) : VNULL;
}

static int set_init_slot(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (!no_keywords(ts, "set", kwnames)) {
        return -1;
    }
    if (nargs > 1) {
        exc_raise(ts, &ExcTypeError, "set expected at most 1 argument, got %lld", (long long)nargs);
        return -1;
    }
    if (as_set(self)->fill) {
        clear_set(as_set(self));
    }
    return nargs ? set_update(ts, self.as.obj, args[0]) : 0;
}

static Value frozenset_new_slot(ThreadState *ts, Type *type, Value *args, int64_t nargs,
                                Obj *kwnames) {
    if (type == &FrozenSetType && !no_keywords(ts, "frozenset", kwnames)) {
        return VNULL;
    }
    if (nargs > 1) {
        return exc_raise(ts, &ExcTypeError, "frozenset expected at most 1 argument, got %lld",
                         (long long)nargs);
    }
    if (type == &FrozenSetType && nargs == 1 && val_has_type(args[0], &FrozenSetType)) {
        // Immutable: frozenset(fs) can be fs itself.
        return val_dup(args[0]);
    }
    return set_from_iterable(ts, type, nargs ? args[0] : VNULL);
}

// --- the iterator -------------------------------------------------------------------

typedef struct ObjSetIter {
    Obj base;
    Value set;               // VNULL once exhausted
    int64_t pos;
    int64_t len;             // the set's length when iteration started; -1 after an error
} ObjSetIter;

static Value set_iter(ThreadState *ts, Value v) {
    ObjSetIter *it = (ObjSetIter *)obj_alloc(ts, &SetIterType, sizeof(ObjSetIter));
    if (!it) {
        return VNULL;
    }
    it->set = val_dup(v);
    it->len = as_set(v)->len;
    return val_obj(&it->base);
}

static void setiter_dealloc(Obj *o) {
    val_decref(((ObjSetIter *)o)->set);
    obj_free(o);
}

static Value setiter_self(ThreadState *ts, Value v) {
    (void)ts;
    return val_dup(v);
}

static Value setiter_next(ThreadState *ts, Value v) {
    ObjSetIter *it = (ObjSetIter *)v.as.obj;
    if (val_is_null(it->set)) {
        return VNULL;
    }
    ObjSet *so = as_set(it->set);
    if (so->len != it->len) {
        it->len = -1;   // keep raising on later calls too
        return exc_raise(ts, &ExcRuntimeError, "Set changed size during iteration");
    }
    SetEntry *e = next_entry(so, &it->pos);
    if (!e) {
        val_clear(&it->set);
        return VNULL;
    }
    return val_dup(e->key);
}

Type SetIterType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "set_iterator",
    .basic_size = sizeof(ObjSetIter),
    .dealloc = setiter_dealloc,
    .getattr = generic_getattr,
    .iter = setiter_self,
    .iternext = setiter_next,
};

// --- methods ------------------------------------------------------------------------

// "set" or "frozenset": the type whose method is running, for messages.
static const char *owner_name(Value self) {
    return val_isinstance(self, &SetType) ? "set" : "frozenset";
}

// Checks a method's arguments: `want` positional ones exactly (0 or 1), or
// any number when want is -1; never keywords.
static bool check_args(ThreadState *ts, Value self, const char *name, int64_t nargs, Obj *kw,
                       int want) {
    if (kw && tuple_len(kw) > 0) {
        exc_raise(ts, &ExcTypeError, "%s.%s() takes no keyword arguments", owner_name(self), name);
        return false;
    }
    if (want == 0 && nargs != 0) {
        exc_raise(ts, &ExcTypeError, "%s.%s() takes no arguments (%lld given)", owner_name(self),
                  name, (long long)nargs);
        return false;
    }
    if (want == 1 && nargs != 1) {
        exc_raise(ts, &ExcTypeError, "%s.%s() takes exactly one argument (%lld given)",
                  owner_name(self), name, (long long)nargs);
        return false;
    }
    return true;
}

static Value m_add(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!check_args(ts, self, "add", nargs, kw, 1) || set_add(ts, self.as.obj, args[0]) < 0) {
        return VNULL;
    }
    return VNONE;
}

static Value m_discard(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!check_args(ts, self, "discard", nargs, kw, 1) || discard_key(ts, self, args[0]) < 0) {
        return VNULL;
    }
    return VNONE;
}

static Value m_remove(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!check_args(ts, self, "remove", nargs, kw, 1)) {
        return VNULL;
    }
    int r = discard_key(ts, self, args[0]);
    if (r < 0) {
        return VNULL;
    }
    if (r == 0) {
        return exc_raise_value(ts, &ExcKeyError, args[0]);
    }
    return VNONE;
}

static Value m_pop(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!check_args(ts, self, "pop", nargs, kw, 0)) {
        return VNULL;
    }
    ObjSet *so = as_set(self);
    if (so->len == 0) {
        return exc_raise(ts, &ExcKeyError, "pop from an empty set");
    }
    // Resume where the last pop stopped, so that popping everything is
    // linear rather than quadratic.
    int64_t i = so->finger & so->mask;
    while (val_is_null(so->table[i].key)) {
        i = (i + 1) & so->mask;
    }
    Value key = so->table[i].key;
    so->table[i].key = VNULL;
    so->table[i].hash = -1;
    so->len--;
    so->finger = i + 1;
    return key;
}

static Value m_clear(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!check_args(ts, self, "clear", nargs, kw, 0)) {
        return VNULL;
    }
    clear_set(as_set(self));
    return VNONE;
}

static Value m_copy(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!check_args(ts, self, "copy", nargs, kw, 0)) {
        return VNULL;
    }
    if (val_has_type(self, &FrozenSetType)) {
        return val_dup(self);
    }
    return copy_set(ts, self);
}

static Value m_update(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!check_args(ts, self, "update", nargs, kw, -1)) {
        return VNULL;
    }
    for (int64_t i = 0; i < nargs; i++) {
        if (set_update(ts, self.as.obj, args[i]) < 0) {
            return VNULL;
        }
    }
    return VNONE;
}

static Value m_union(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!check_args(ts, self, "union", nargs, kw, -1)) {
        return VNULL;
    }
    Value r = copy_set(ts, self);
    for (int64_t i = 0; i < nargs && !val_is_null(r); i++) {
        if (!val_is(self, args[i]) && set_update(ts, r.as.obj, args[i]) < 0) {
            val_clear(&r);
        }
    }
    return r;
}

// self & args[0] & args[1] ...: a new set.
static Value intersection_multi(ThreadState *ts, Value self, Value *args, int64_t nargs) {
    if (nargs == 0) {
        return copy_set(ts, self);
    }
    Value r = val_dup(self);
    for (int64_t i = 0; i < nargs; i++) {
        Value next = intersection(ts, r, args[i]);
        val_decref(r);
        if (val_is_null(next)) {
            return VNULL;
        }
        r = next;
    }
    return r;
}

static Value m_intersection(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!check_args(ts, self, "intersection", nargs, kw, -1)) {
        return VNULL;
    }
    return intersection_multi(ts, self, args, nargs);
}

static Value m_intersection_update(ThreadState *ts, Value self, Value *args, int64_t nargs,
                                   Obj *kw) {
    if (!check_args(ts, self, "intersection_update", nargs, kw, -1)) {
        return VNULL;
    }
    return take_result(self, intersection_multi(ts, self, args, nargs));
}

static Value m_difference(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!check_args(ts, self, "difference", nargs, kw, -1)) {
        return VNULL;
    }
    if (nargs == 0) {
        return copy_set(ts, self);
    }
    Value r = difference(ts, self, args[0]);
    for (int64_t i = 1; i < nargs && !val_is_null(r); i++) {
        if (difference_update(ts, as_set(r), args[i]) < 0) {
            val_clear(&r);
        }
    }
    return r;
}

static Value m_difference_update(ThreadState *ts, Value self, Value *args, int64_t nargs,
                                 Obj *kw) {
    if (!check_args(ts, self, "difference_update", nargs, kw, -1)) {
        return VNULL;
    }
    for (int64_t i = 0; i < nargs; i++) {
        if (difference_update(ts, as_set(self), args[i]) < 0) {
            return VNULL;
        }
    }
    return VNONE;
}

static Value m_symmetric_difference(ThreadState *ts, Value self, Value *args, int64_t nargs,
                                    Obj *kw) {
    if (!check_args(ts, self, "symmetric_difference", nargs, kw, 1)) {
        return VNULL;
    }
    return symmetric_difference(ts, self, args[0]);
}

static Value m_symmetric_difference_update(ThreadState *ts, Value self, Value *args,
                                           int64_t nargs, Obj *kw) {
    if (!check_args(ts, self, "symmetric_difference_update", nargs, kw, 1) ||
        symmetric_difference_update(ts, as_set(self), args[0]) < 0) {
        return VNULL;
    }
    return VNONE;
}

static Value bool_result(int r) { return r < 0 ? VNULL : val_bool(r); }

static Value m_issubset(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!check_args(ts, self, "issubset", nargs, kw, 1)) {
        return VNULL;
    }
    return bool_result(is_subset(ts, self, args[0]));
}

static Value m_issuperset(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!check_args(ts, self, "issuperset", nargs, kw, 1)) {
        return VNULL;
    }
    return bool_result(is_superset(ts, self, args[0]));
}

static Value m_isdisjoint(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!check_args(ts, self, "isdisjoint", nargs, kw, 1)) {
        return VNULL;
    }
    return bool_result(is_disjoint(ts, self, args[0]));
}

static Value m_contains(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!check_args(ts, self, "__contains__", nargs, kw, 1)) {
        return VNULL;
    }
    return bool_result(contains_key(ts, self, args[0]));
}

#define SHARED_METHODS                                                                     \
    {"copy", m_copy, NATIVE_METHOD, "Return a shallow copy of a set."},                    \
    {"union", m_union, NATIVE_METHOD, "Return the union of sets as a new set."},           \
    {"intersection", m_intersection, NATIVE_METHOD,                                         \
     "Return the intersection of two or more sets as a new set."},                         \
    {"difference", m_difference, NATIVE_METHOD,                                             \
     "Return the difference of two or more sets as a new set."},                           \
    {"symmetric_difference", m_symmetric_difference, NATIVE_METHOD,                        \
     "Return the symmetric difference of two sets as a new set."},                         \
    {"issubset", m_issubset, NATIVE_METHOD, "Report whether another set contains this set."}, \
    {"issuperset", m_issuperset, NATIVE_METHOD, "Report whether this set contains another set."}, \
    {"isdisjoint", m_isdisjoint, NATIVE_METHOD,                                             \
     "Return True if two sets have a null intersection."},                                 \
    {"__contains__", m_contains, NATIVE_METHOD, "x.__contains__(y) <==> y in x."}

static const MethodDef set_methods[] = {
    SHARED_METHODS,
    {"add", m_add, NATIVE_METHOD, "Add an element to a set."},
    {"discard", m_discard, NATIVE_METHOD, "Remove an element from a set if it is a member."},
    {"remove", m_remove, NATIVE_METHOD, "Remove an element from a set; it must be a member."},
    {"pop", m_pop, NATIVE_METHOD, "Remove and return an arbitrary set element."},
    {"clear", m_clear, NATIVE_METHOD, "Remove all elements from this set."},
    {"update", m_update, NATIVE_METHOD, "Update a set with the union of itself and others."},
    {"intersection_update", m_intersection_update, NATIVE_METHOD,
     "Update a set with the intersection of itself and another."},
    {"difference_update", m_difference_update, NATIVE_METHOD,
     "Remove all elements of another set from this set."},
    {"symmetric_difference_update", m_symmetric_difference_update, NATIVE_METHOD,
     "Update a set with the symmetric difference of itself and another."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef frozenset_methods[] = {
    SHARED_METHODS,
    {NULL, NULL, 0, NULL},
};

#define SET_BINOPS \
    {[BINOP_OR] = set_or, [BINOP_AND] = set_and, [BINOP_SUB] = set_sub, [BINOP_XOR] = set_xor}

Type SetType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "set",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjSet),
    .doc = "set() -> new empty set object\nset(iterable) -> new set object",
    .dealloc = set_dealloc,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .getattr = generic_getattr,
    .len = set_len,
    .contains = contains_key,
    .iter = set_iter,
    .nb = SET_BINOPS,
    .nb_inplace = {[BINOP_OR] = set_ior, [BINOP_AND] = set_iand, [BINOP_SUB] = set_isub,
                   [BINOP_XOR] = set_ixor},
    .new_ = set_new_slot,
    .init = set_init_slot,
};

Type FrozenSetType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "frozenset",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjSet),
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object",
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .getattr = generic_getattr,
    .len = set_len,
    .contains = contains_key,
    .iter = set_iter,
    .nb = SET_BINOPS,
    .new_ = frozenset_new_slot,
};

void set_init_types(ThreadState *ts) {
    if (!(SetIterType.flags & TYPE_READY)) {
        type_ready(ts, &SetIterType);
    }
    type_add_methods(ts, &SetType, set_methods);
    type_add_methods(ts, &FrozenSetType, frozenset_methods);
}
