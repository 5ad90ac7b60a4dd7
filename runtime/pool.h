// Small-object pools: the allocator behind obj_alloc for blocks of up to
// POOL_MAX_SIZE bytes. See pool.c for the layout and the invariants.
//
// Every function here touches shared allocator state without a lock of its
// own: the caller holds the GIL (objects are made and freed only by the
// thread that holds it).
#ifndef CS_RUNTIME_POOL_H
#define CS_RUNTIME_POOL_H

#include <stdbool.h>
#include <stddef.h>

// The largest request the pools serve; obj_alloc sends larger ones to malloc.
#define POOL_MAX_SIZE 512

// Returns a block of at least `size` bytes (1 <= size <= POOL_MAX_SIZE),
// 16-byte aligned and NOT zeroed, or NULL when the system refuses memory.
// The caller holds the GIL.
void *pool_alloc(size_t size);

// Gives p back and returns true when it is a block from pool_alloc;
// returns false, and does nothing, for any other pointer (one from
// malloc). An arena whose blocks are all free is returned to the system
// (one empty arena is kept as a spare). The caller holds the GIL.
bool pool_free(void *p);

#endif
