// dict: an insertion-ordered hash table (also the namespace of modules,
// classes and instances).
//
// Entries live in a dense array in insertion order; a separate index table
// (open addressing, CPython's perturbed probing) maps hashes to entry
// positions. Deleting leaves a hole in the entry array that a resize
// squeezes out.
//
// version changes (from a process-wide counter) whenever a key is added or
// removed or the entry array moves, never when only a value is replaced: an
// inline cache that remembered where a global lives stays valid as long as
// the version is the same (vm_cache.c).
#ifndef CS_RUNTIME_OBJ_DICT_H
#define CS_RUNTIME_OBJ_DICT_H

#include "runtime/object.h"

typedef struct DictEntry {
    int64_t hash;
    Value key;               // VNULL: deleted
    Value value;
} DictEntry;

typedef struct ObjDict {
    Obj base;
    int64_t len;             // live entries
    int64_t nentries;        // used entry slots, live or deleted
    int64_t capacity;        // entry slots allocated
    int64_t mask;            // index table size - 1
    DictEntry *entries;
    void *index;             // int8/int16/int32/int64 slots by table size; -1 empty, -2 dummy
    uint64_t version;
} ObjDict;

static inline ObjDict *as_dict(Value v) { return (ObjDict *)v.as.obj; }
static inline bool val_is_dict(Value v) { return v.tag == VAL_OBJ && v.as.obj->type == &DictType; }
static inline bool val_is_dict_like(Value v) { return v.tag == VAL_OBJ && val_isinstance(v, &DictType); }

Obj *dict_new(ThreadState *ts);   // NULL with MemoryError
// Borrowed value, or VNULL when missing (or on error: check exc_occurred).
Value dict_get(ThreadState *ts, Obj *d, Value key);
// For interned-str keys: never raises; VNULL when missing. Borrowed.
Value dict_get_str(Obj *d, Obj *key);
Value dict_get_cstr(Obj *d, const char *key);
// Where the value of a str key is stored (for inline caches), or NULL.
Value *dict_slot_str(Obj *d, Obj *key);
int dict_set(ThreadState *ts, Obj *d, Value key, Value value);   // neither is stolen
int dict_set_str(ThreadState *ts, Obj *d, Obj *key, Value value);
int dict_set_cstr(ThreadState *ts, Obj *d, const char *key, Value value);
// 1 deleted, 0 not found (no exception), -1 error.
int dict_del(ThreadState *ts, Obj *d, Value key);
int dict_contains(ThreadState *ts, Obj *d, Value key);
// Iteration: *pos starts at 0. Borrowed key and value.
bool dict_next(Obj *d, int64_t *pos, Value *key, Value *value);
void dict_clear(Obj *d);
Obj *dict_copy(ThreadState *ts, Obj *d);
// d.update(other): other is a dict or a mapping with keys(), or an
// iterable of pairs.
int dict_update(ThreadState *ts, Obj *d, Value other);
int dict_merge(ThreadState *ts, Obj *d, Value other, bool override);
int64_t dict_len(Obj *d);
// Finds a str key's entry index, or -1 (for attribute caches).
int64_t dict_find_str_index(Obj *d, Obj *key);

extern uint64_t dict_version_counter;

#endif
