// range, slice, and the iterators of the built-in sequences.
#ifndef CS_RUNTIME_OBJ_RANGE_H
#define CS_RUNTIME_OBJ_RANGE_H

#include "runtime/object.h"

typedef struct ObjRange {
    Obj base;
    int64_t start, stop, step, len;
} ObjRange;

typedef struct ObjRangeIter {
    Obj base;
    int64_t next, step, remaining;
} ObjRangeIter;

// Iterator over a list, tuple or str by index (also the fallback iterator
// of any object with __getitem__).
typedef struct ObjSeqIter {
    Obj base;
    Value seq;               // VNULL once exhausted
    int64_t index;
} ObjSeqIter;

typedef struct ObjSlice {
    Obj base;
    Value start, stop, step;   // None when omitted
} ObjSlice;

extern Type RangeIterType, ListIterType, TupleIterType, SeqIterType, CallIterType;

Obj *slice_new(ThreadState *ts, Value start, Value stop, Value step);
// Resolves a slice against a length, as slice.indices(): returns the
// number of items selected, or -1 with an exception.
int64_t slice_indices(ThreadState *ts, Obj *slice, int64_t len, int64_t *start, int64_t *stop,
                      int64_t *step);
Obj *seqiter_new(ThreadState *ts, Type *type, Value seq);
// iter(callable, sentinel)
Obj *calliter_new(ThreadState *ts, Value callable, Value sentinel);

#endif
