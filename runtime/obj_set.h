// set and frozenset: hash tables of keys, with CPython's probing so that
// sets of small ints (and of other values whose hashes match CPython's)
// iterate in the same order as CPython's for the same history of
// insertions and removals.
#ifndef CS_RUNTIME_OBJ_SET_H
#define CS_RUNTIME_OBJ_SET_H

#include "runtime/object.h"

// A slot is unused (key VNULL, hash 0), a dummy left by a removal (key
// VNULL, hash -1), or live (key set).
typedef struct SetEntry {
    int64_t hash;
    Value key;
} SetEntry;

// The table size of a new or cleared set. Tables this small live inside
// the object (smalltable), so most small sets cost one allocation.
#define SET_MINSIZE 8

typedef struct ObjSet {
    Obj base;
    int64_t len;             // live keys
    int64_t fill;            // live + dummy
    int64_t mask;            // table size - 1; the size is a power of two, at least 8
    SetEntry *table;         // smalltable or a cs_malloc'd array owned by the set
    int64_t hash;            // frozenset: cached hash, -1 until computed
    int64_t finger;          // where pop() resumes its search
    SetEntry smalltable[SET_MINSIZE];
} ObjSet;

static inline bool val_is_anyset(Value v) {
    return v.tag == VAL_OBJ && (val_isinstance(v, &SetType) || val_isinstance(v, &FrozenSetType));
}

// An empty set or frozenset (type may be a subclass). New reference, or
// NULL with MemoryError.
Obj *set_new(ThreadState *ts, Type *type);
// Adds key (not stolen). -1 with an exception (unhashable key, a failing
// __eq__, MemoryError).
int set_add(ThreadState *ts, Obj *set, Value key);
// Removes key: 1 removed, 0 absent, -1 error.
int set_discard(ThreadState *ts, Obj *set, Value key);
// 1, 0, or -1 with an exception.
int set_contains(ThreadState *ts, Obj *set, Value key);
// set.update(iterable) with one iterable. -1 with an exception.
int set_update(ThreadState *ts, Obj *set, Value iterable);
// Iteration: *pos starts at 0; *key is borrowed.
bool set_next(Obj *set, int64_t *pos, Value *key);
// A new set or frozenset of `type` holding the items of iterable.
Value set_from_iterable(ThreadState *ts, Type *type, Value iterable);

// Adds the methods of set and frozenset to their types.
void set_init_types(ThreadState *ts);

#endif
