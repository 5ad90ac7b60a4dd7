// collections.deque: a double-ended queue over a ring buffer of Values.
//
// Appending and popping at either end are O(1) and, once the buffer has
// grown to the working size, allocate nothing. Each of these operations
// runs no Python code between looking at the buffer and changing it, so
// under the GIL it is atomic: queue.SimpleQueue relies on that.
//
// The module `_collections` (stdlib/mod_collections.c) exposes the type.
#ifndef CS_RUNTIME_OBJ_DEQUE_H
#define CS_RUNTIME_OBJ_DEQUE_H

#include "runtime/object.h"

// The items are items[(head + i) & (cap - 1)] for 0 <= i < len; cap is 0
// or a power of two. `state` changes whenever items are added, removed or
// moved (not when one is replaced in place or the order is reversed):
// iterators and the searching methods compare it to notice a mutation.
typedef struct ObjDeque {
    Obj base;
    Value *items;            // the ring buffer, owned; NULL when cap is 0
    int64_t head;            // physical index of the leftmost item
    int64_t len;
    int64_t cap;
    int64_t maxlen;          // -1: unbounded
    uint64_t state;
} ObjDeque;

extern Type DequeType, DequeIterType, DequeRevIterType;

static inline bool val_is_deque(Value v) { return val_isinstance(v, &DequeType); }

// Readies the deque and iterator types and adds their methods; runs once.
void deque_init_types(ThreadState *ts);

// A new, empty, unbounded deque. NULL with MemoryError.
Obj *deque_new(ThreadState *ts);
// Appends v on the right (or the left), not stealing it; a full bounded
// deque drops an item from the other end. -1 with MemoryError. Runs no
// Python code before the deque is updated (a dropped item's destructor
// runs after).
int deque_append(ThreadState *ts, Obj *deque, Value v);
int deque_appendleft(ThreadState *ts, Obj *deque, Value v);
// Removes and returns the rightmost (or leftmost) item: a new reference,
// or VNULL with IndexError "pop from an empty deque".
Value deque_pop(ThreadState *ts, Obj *deque);
Value deque_popleft(ThreadState *ts, Obj *deque);

#endif
