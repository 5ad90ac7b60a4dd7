// range, slice, and the iterators of the built-in sequences.
#ifndef CS_RUNTIME_OBJ_RANGE_H
#define CS_RUNTIME_OBJ_RANGE_H

#include "runtime/object.h"

// A range whose start, stop, step, length and one-past-the-end value all
// fit in int64_t keeps them in C fields; any other has them as int
// objects in `big` (runtime/range_big.c) and the C fields are unused.
typedef struct ObjRange {
    Obj base;
    int64_t start, stop, step, len;
    Obj *big;                // NULL, or the tuple (start, stop, step, len)
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

extern Type RangeIterType, ListIterType, TupleIterType, SeqIterType, CallIterType, LongRangeIterType;

// range(start, stop, step) from exact ints (step != 0), small or big as
// they require. New reference, or VNULL.
Value range_make(ThreadState *ts, Value start, Value stop, Value step);

// The big-range operations (range_big.c); `r` has r->big set.
Value range_big_new(ThreadState *ts, Value start, Value stop, Value step);
void range_big_fields(ObjRange *r, Value out[4]);   // borrowed start, stop, step, len
int64_t range_big_len(ThreadState *ts, ObjRange *r);  // -1 with OverflowError
Value range_big_item(ThreadState *ts, ObjRange *r, Value index);
Value range_big_slice(ThreadState *ts, ObjRange *r, ObjSlice *s, Value len);
// The index of the int x (new reference), or VNULL without an exception.
Value range_big_find(ThreadState *ts, ObjRange *r, Value x);
Value range_big_iter(ThreadState *ts, ObjRange *r, bool reversed);
void range_big_init(ThreadState *ts);
// An iterator yielding `count` ints from `first` by `step` (all ints).
Value range_big_iter_from(ThreadState *ts, Value first, Value step, Value count);

Obj *slice_new(ThreadState *ts, Value start, Value stop, Value step);
// Resolves a slice against a length, as slice.indices(): returns the
// number of items selected, or -1 with an exception.
int64_t slice_indices(ThreadState *ts, Obj *slice, int64_t len, int64_t *start, int64_t *stop,
                      int64_t *step);
Obj *seqiter_new(ThreadState *ts, Type *type, Value seq);
// iter(callable, sentinel)
Obj *calliter_new(ThreadState *ts, Value callable, Value sentinel);

#endif
