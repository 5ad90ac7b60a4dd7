// tuple: an immutable sequence; its items are stored inline.
#ifndef CS_RUNTIME_OBJ_TUPLE_H
#define CS_RUNTIME_OBJ_TUPLE_H

#include "runtime/object.h"

typedef struct ObjTuple {
    Obj base;
    int64_t len;
    Value items[];
} ObjTuple;

static inline ObjTuple *as_tuple(Value v) { return (ObjTuple *)v.as.obj; }
static inline bool val_is_tuple(Value v) { return v.tag == VAL_OBJ && v.as.obj->type == &TupleType; }
static inline int64_t tuple_len(Obj *t) { return ((ObjTuple *)t)->len; }
static inline Value tuple_get(Obj *t, int64_t i) { return ((ObjTuple *)t)->items[i]; }   // borrowed

// A tuple of n empty slots for the caller to fill (each slot owns what is
// stored into it). The empty tuple is shared. NULL with MemoryError.
Obj *tuple_new(ThreadState *ts, int64_t n);
// Copies (increfs) n values.
Obj *tuple_from_array(ThreadState *ts, const Value *items, int64_t n);
Obj *tuple_pack(ThreadState *ts, int n, ...);   // Values, increfed
// tuple(iterable)
Value tuple_from_iterable(ThreadState *ts, Value iterable);

#endif
