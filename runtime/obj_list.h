// list: a mutable sequence over a growable array of Values.
#ifndef CS_RUNTIME_OBJ_LIST_H
#define CS_RUNTIME_OBJ_LIST_H

#include "runtime/object.h"

typedef struct ObjList {
    Obj base;
    Value *items;
    int64_t len;
    int64_t cap;
} ObjList;

static inline ObjList *as_list(Value v) { return (ObjList *)v.as.obj; }
static inline bool val_is_list(Value v) { return v.tag == VAL_OBJ && v.as.obj->type == &ListType; }

// New, empty, with room for `cap` items. NULL with MemoryError.
Obj *list_new(ThreadState *ts, int64_t cap);
// Copies (increfs) n values.
Obj *list_from_array(ThreadState *ts, const Value *items, int64_t n);
// Appends v (not stolen). -1 with MemoryError.
int list_append(ThreadState *ts, Obj *list, Value v);
// Appends v, stealing it (also on failure).
int list_append_steal(ThreadState *ts, Obj *list, Value v);
int list_extend(ThreadState *ts, Obj *list, Value iterable);
// list(iterable)
Value list_from_iterable(ThreadState *ts, Value iterable);
// Stable sort in place with an optional key function; as list.sort().
int list_sort(ThreadState *ts, Obj *list, Value key, bool reverse);

#endif
