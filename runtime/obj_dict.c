// dict: an insertion-ordered hash table (see obj_dict.h for the layout and
// the version rule). This file has the table itself; the dict type's
// slots, methods and views are in dict_methods.c.
//
// Lookup probes the index table the way CPython does (i = 5*i + 1 +
// perturb, perturb shifted right by 5 each step), so every slot is reached
// and clustered hashes spread out. Comparing keys can run user code
// (__eq__); if that code changes the dict, the lookup starts over.
#include "runtime/obj_dict.h"

#include "runtime/obj_exc.h"
#include "runtime/obj_str.h"
#include "runtime/state.h"

#define EMPTY (-1)
#define DUMMY (-2)
#define MIN_SIZE 8

uint64_t dict_version_counter = 1;

static inline int32_t *index_of(ObjDict *d) { return (int32_t *)d->index; }

static inline int64_t usable_for(int64_t size) { return (size << 1) / 3; }

Obj *dict_new(ThreadState *ts) {
    ObjDict *d = (ObjDict *)obj_alloc(ts, &DictType, sizeof(ObjDict));
    if (!d) {
        return NULL;
    }
    d->mask = -1;
    d->version = ++dict_version_counter;
    return &d->base;
}

// Rebuilds the index for `size` slots, compacting the entries.
static bool dict_resize(ThreadState *ts, ObjDict *d, int64_t size) {
    int64_t usable = usable_for(size);
    int32_t *index = cs_malloc(sizeof(int32_t) * (size_t)size);
    DictEntry *entries = cs_malloc(sizeof(DictEntry) * (size_t)usable);
    if (!index || !entries || size > ((int64_t)1 << 31)) {
        cs_free(index);
        cs_free(entries);
        exc_no_memory(ts);
        return false;
    }
    memset(index, 0xff, sizeof(int32_t) * (size_t)size);   // all EMPTY
    int64_t n = 0;
    int64_t mask = size - 1;
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (val_is_null(e->key)) {
            continue;
        }
        entries[n] = *e;
        uint64_t perturb = (uint64_t)e->hash;
        int64_t j = e->hash & mask;
        while (index[j] != EMPTY) {
            perturb >>= 5;
            j = (int64_t)((uint64_t)j * 5 + perturb + 1) & mask;
        }
        index[j] = (int32_t)n;
        n++;
    }
    cs_free(d->index);
    cs_free(d->entries);
    d->index = index;
    d->entries = entries;
    d->mask = mask;
    d->capacity = usable;
    d->nentries = n;
    d->version = ++dict_version_counter;
    return true;
}

static inline bool same_key_fast(Value a, Value b) {
    return a.tag == b.tag && a.as.i == b.as.i;
}

// Finds key: returns the entry index (>= 0), or -1 when absent with *slot
// set to where it would go in the index table, or -2 on error.
static int64_t lookup(ThreadState *ts, ObjDict *d, Value key, int64_t hash, int64_t *slot) {
restart:
    if (d->mask < 0) {
        *slot = -1;
        return -1;
    }
    int32_t *index = index_of(d);
    int64_t mask = d->mask;
    uint64_t perturb = (uint64_t)hash;
    int64_t i = hash & mask;
    int64_t free_slot = -1;
    for (;;) {
        int32_t ix = index[i];
        if (ix == EMPTY) {
            *slot = free_slot >= 0 ? free_slot : i;
            return -1;
        }
        if (ix == DUMMY) {
            if (free_slot < 0) {
                free_slot = i;
            }
        } else {
            DictEntry *e = &d->entries[ix];
            if (same_key_fast(e->key, key)) {
                *slot = i;
                return ix;
            }
            if (e->hash == hash) {
                if (val_is_str(e->key) && val_is_str(key)) {
                    if (str_eq(e->key.as.obj, key.as.obj)) {
                        *slot = i;
                        return ix;
                    }
                } else {
                    Value k = val_dup(e->key);
                    DictEntry *old_entries = d->entries;
                    uint64_t version = d->version;
                    int eq = obj_eq(ts, k, key);
                    val_decref(k);
                    if (eq < 0) {
                        return -2;
                    }
                    if (d->entries != old_entries || d->version != version || index_of(d) != index) {
                        goto restart;
                    }
                    if (eq) {
                        *slot = i;
                        return ix;
                    }
                }
            }
        }
        perturb >>= 5;
        i = (int64_t)((uint64_t)i * 5 + perturb + 1) & mask;
    }
}

// For interned str keys only: pointer comparison is enough when both are
// interned; otherwise fall back to comparing text.
static int64_t lookup_str(ObjDict *d, Obj *key, int64_t hash) {
    if (d->mask < 0) {
        return -1;
    }
    int32_t *index = index_of(d);
    uint64_t perturb = (uint64_t)hash;
    int64_t i = hash & d->mask;
    for (;;) {
        int32_t ix = index[i];
        if (ix == EMPTY) {
            return -1;
        }
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key.tag == VAL_OBJ &&
                (e->key.as.obj == key ||
                 (e->hash == hash && e->key.as.obj->type == &StrType && str_eq(e->key.as.obj, key)))) {
                return ix;
            }
            if (e->hash == hash && e->key.tag == VAL_OBJ && e->key.as.obj->type != &StrType &&
                val_isinstance(e->key, &StrType) && str_eq(e->key.as.obj, key)) {
                return ix;
            }
        }
        perturb >>= 5;
        i = (int64_t)((uint64_t)i * 5 + perturb + 1) & d->mask;
    }
}

Value dict_get_str(Obj *o, Obj *key) {
    ObjDict *d = (ObjDict *)o;
    int64_t ix = lookup_str(d, key, str_hash(key));
    return ix < 0 ? VNULL : d->entries[ix].value;
}

Value dict_get_cstr(Obj *o, const char *key) { return dict_get_str(o, str_intern_cstr(key)); }

Value *dict_slot_str(Obj *o, Obj *key) {
    ObjDict *d = (ObjDict *)o;
    int64_t ix = lookup_str(d, key, str_hash(key));
    return ix < 0 ? NULL : &d->entries[ix].value;
}

int64_t dict_find_str_index(Obj *o, Obj *key) { return lookup_str((ObjDict *)o, key, str_hash(key)); }

Value dict_get(ThreadState *ts, Obj *o, Value key) {
    ObjDict *d = (ObjDict *)o;
    int64_t hash;
    if (val_is_str(key)) {
        int64_t ix = lookup_str(d, key.as.obj, str_hash(key.as.obj));
        return ix < 0 ? VNULL : d->entries[ix].value;
    }
    if (obj_hash(ts, key, &hash) < 0) {
        return VNULL;
    }
    int64_t slot;
    int64_t ix = lookup(ts, d, key, hash, &slot);
    return ix < 0 ? VNULL : d->entries[ix].value;
}

static int insert(ThreadState *ts, ObjDict *d, Value key, int64_t hash, Value value) {
    int64_t slot;
    int64_t ix = lookup(ts, d, key, hash, &slot);
    if (ix == -2) {
        return -1;
    }
    if (ix >= 0) {
        val_set(&d->entries[ix].value, val_dup(value));
        return 0;
    }
    if (d->mask < 0 || d->nentries >= d->capacity) {
        // Size for three times the live entries, as CPython grows: the
        // table ends up at most two-thirds full with room to grow.
        int64_t size = MIN_SIZE;
        while (size <= d->len * 3) {
            size <<= 1;
        }
        if (!dict_resize(ts, d, size)) {
            return -1;
        }
        lookup(ts, d, key, hash, &slot);
    }
    int64_t n = d->nentries++;
    d->entries[n].hash = hash;
    d->entries[n].key = val_dup(key);
    d->entries[n].value = val_dup(value);
    index_of(d)[slot] = (int32_t)n;
    d->len++;
    d->version = ++dict_version_counter;
    return 0;
}

int dict_set(ThreadState *ts, Obj *o, Value key, Value value) {
    int64_t hash;
    if (obj_hash(ts, key, &hash) < 0) {
        return -1;
    }
    return insert(ts, (ObjDict *)o, key, hash, value);
}

int dict_set_str(ThreadState *ts, Obj *o, Obj *key, Value value) {
    return insert(ts, (ObjDict *)o, val_obj(key), str_hash(key), value);
}

int dict_set_cstr(ThreadState *ts, Obj *o, const char *key, Value value) {
    return dict_set_str(ts, o, str_intern_cstr(key), value);
}

int dict_del(ThreadState *ts, Obj *o, Value key) {
    ObjDict *d = (ObjDict *)o;
    int64_t hash;
    if (obj_hash(ts, key, &hash) < 0) {
        return -1;
    }
    int64_t slot;
    int64_t ix = lookup(ts, d, key, hash, &slot);
    if (ix == -2) {
        return -1;
    }
    if (ix < 0) {
        return 0;
    }
    DictEntry *e = &d->entries[ix];
    Value k = e->key, v = e->value;
    e->key = VNULL;
    e->value = VNULL;
    index_of(d)[slot] = DUMMY;
    d->len--;
    d->version = ++dict_version_counter;
    val_decref(k);
    val_decref(v);
    return 1;
}

int dict_contains(ThreadState *ts, Obj *o, Value key) {
    Value v = dict_get(ts, o, key);
    if (val_is_null(v)) {
        return exc_occurred(ts) ? -1 : 0;
    }
    return 1;
}

bool dict_next(Obj *o, int64_t *pos, Value *key, Value *value) {
    ObjDict *d = (ObjDict *)o;
    while (*pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
        if (!val_is_null(e->key)) {
            if (key) {
                *key = e->key;
            }
            if (value) {
                *value = e->value;
            }
            return true;
        }
    }
    return false;
}

void dict_clear(Obj *o) {
    ObjDict *d = (ObjDict *)o;
    DictEntry *entries = d->entries;
    int64_t n = d->nentries;
    cs_free(d->index);
    d->index = NULL;
    d->entries = NULL;
    d->mask = -1;
    d->len = 0;
    d->nentries = 0;
    d->capacity = 0;
    d->version = ++dict_version_counter;
    // Release after the dict is consistent: destructors may look at it.
    for (int64_t i = 0; i < n; i++) {
        val_decref(entries[i].key);
        val_decref(entries[i].value);
    }
    cs_free(entries);
}

Obj *dict_copy(ThreadState *ts, Obj *o) {
    Obj *r = dict_new(ts);
    if (!r) {
        return NULL;
    }
    int64_t pos = 0;
    Value k, v;
    ObjDict *d = (ObjDict *)o;
    while (dict_next(o, &pos, &k, &v)) {
        if (insert(ts, (ObjDict *)r, k, d->entries[pos - 1].hash, v) < 0) {
            obj_decref(r);
            return NULL;
        }
    }
    return r;
}

int64_t dict_len(Obj *o) { return ((ObjDict *)o)->len; }

int dict_merge(ThreadState *ts, Obj *o, Value other, bool override) {
    if (val_is_dict_like(other) && val_type(other)->iter == DictType.iter) {
        Obj *src = other.as.obj;
        int64_t pos = 0;
        Value k, v;
        while (dict_next(src, &pos, &k, &v)) {
            Value kk = val_dup(k), vv = val_dup(v);
            int r = 0;
            if (override || !dict_contains(ts, o, kk)) {
                r = insert(ts, (ObjDict *)o, kk, ((ObjDict *)src)->entries[pos - 1].hash, vv);
            }
            val_decref(kk);
            val_decref(vv);
            if (r < 0 || exc_occurred(ts)) {
                return -1;
            }
        }
        return 0;
    }
    // A mapping: iterate its keys() and index it.
    Value keys = obj_call_method(ts, other, "keys", NULL, 0);
    if (val_is_null(keys)) {
        return -1;
    }
    Value it = obj_iter(ts, keys);
    val_decref(keys);
    if (val_is_null(it)) {
        return -1;
    }
    int r = 0;
    for (;;) {
        Value k = obj_next(ts, it);
        if (val_is_null(k)) {
            r = exc_occurred(ts) ? -1 : 0;
            break;
        }
        if (!override) {
            int c = dict_contains(ts, o, k);
            if (c != 0) {
                val_decref(k);
                if (c < 0) {
                    r = -1;
                    break;
                }
                continue;
            }
        }
        Value v = obj_getitem(ts, other, k);
        if (val_is_null(v) || dict_set(ts, o, k, v) < 0) {
            val_decref(k);
            val_decref(v);
            r = -1;
            break;
        }
        val_decref(k);
        val_decref(v);
    }
    val_decref(it);
    return r;
}

int dict_update(ThreadState *ts, Obj *o, Value other) {
    if (val_is_dict_like(other)) {
        return dict_merge(ts, o, other, true);
    }
    Value keys_attr = obj_lookup_attr(ts, other, str_intern_cstr("keys"));
    if (!val_is_null(keys_attr)) {
        val_decref(keys_attr);
        return dict_merge(ts, o, other, true);
    }
    if (exc_occurred(ts)) {
        return -1;
    }
    // An iterable of key/value pairs.
    Value it = obj_iter(ts, other);
    if (val_is_null(it)) {
        return -1;
    }
    int r = 0;
    for (int64_t n = 0;; n++) {
        Value item = obj_next(ts, it);
        if (val_is_null(item)) {
            r = exc_occurred(ts) ? -1 : 0;
            break;
        }
        Value pair_it = obj_iter(ts, item);
        Value k = VNULL, v = VNULL;
        int64_t len = 0;
        if (!val_is_null(pair_it)) {
            for (;;) {
                Value x = obj_next(ts, pair_it);
                if (val_is_null(x)) {
                    break;
                }
                if (len == 0) {
                    k = x;
                } else if (len == 1) {
                    v = x;
                } else {
                    val_decref(x);
                }
                len++;
            }
            val_decref(pair_it);
        } else if (exc_matches(ts, &ExcTypeError)) {
            exc_clear(ts);
            exc_raise(ts, &ExcTypeError,
                      "cannot convert dictionary update sequence element #%lld to a sequence",
                      (long long)n);
        }
        val_decref(item);
        if (!exc_occurred(ts) && len != 2) {
            exc_raise(ts, &ExcValueError,
                      "dictionary update sequence element #%lld has length %lld; 2 is required",
                      (long long)n, (long long)len);
        }
        if (!exc_occurred(ts)) {
            dict_set(ts, o, k, v);
        }
        val_decref(k);
        val_decref(v);
        if (exc_occurred(ts)) {
            r = -1;
            break;
        }
    }
    val_decref(it);
    return r;
}

void dict_dealloc_contents(ObjDict *d) {
    for (int64_t i = 0; i < d->nentries; i++) {
        val_decref(d->entries[i].key);
        val_decref(d->entries[i].value);
    }
    cs_free(d->entries);
    cs_free(d->index);
}
