// Small-object pools: a size-class allocator for the objects of up to
// POOL_MAX_SIZE bytes that make up almost all of a program's allocations
// (ints, floats, short strings, tuples, frames' cells, bound methods).
// malloc serves them too, but pays for generality we do not need: locks,
// a header per block, and size bookkeeping on every free.
//
// Layout. Memory comes from the system in arenas of ARENA_SIZE bytes,
// mapped with mmap at an address that is a multiple of ARENA_SIZE. An
// arena is cut into pools of POOL_SIZE bytes, so every pool is aligned to
// POOL_SIZE too. A pool starts with its header (Pool) and holds blocks of
// one size class only. The pool of a block is therefore its address
// rounded down to POOL_SIZE, and the block's size is in that header: a
// block needs no header of its own.
//
// Size classes. A request is rounded up to a multiple of 16 bytes: class c
// holds blocks of 16 * (c + 1) bytes, c = 0 .. NCLASSES - 1.
//
// Whose block is it? obj_free gets both pool blocks and malloc'd blocks
// (objects above POOL_MAX_SIZE, and everything when the pools are off).
// owns() answers from a two-level bitmap with one bit per possible
// arena (the address divided by ARENA_SIZE), set while that arena is
// mapped. It reads only the allocator's own memory, never the bytes around
// a malloc'd block, so valgrind and ASan have nothing to object to.
//
// Invariants.
//  - A pool in use is either partly used, and then on usable[class] (a
//    doubly linked list), or full, and then on no list. A pool with no
//    block in use is on its arena's free_pools list; pool_take gives it
//    a class again when it is next used, any class.
//  - The free blocks of a pool are those on pool->free (linked through
//    their first word) and those from pool->fresh to the end, which were
//    never handed out. Carving lazily means the pages of a new pool become
//    resident only as they are used.
//  - An arena with an unused pool (freed, or never carved) is on
//    usable_arenas. New pools come from the head of that list; an arena
//    that gets a pool back after being full goes to the tail, so that the
//    arenas at the head fill up and those at the tail can drain and be
//    returned to the system.
//  - An arena whose pools are all unused is unmapped at once, except one
//    kept as the spare, so that a loop that allocates and frees around an
//    arena boundary does not map and unmap each time.
//
// Concurrency: none of its own. Every caller holds the GIL (see pool.h).
// See also: memory.c (obj_alloc/obj_free, and when the pools are off).
#include <sys/mman.h>

#include "runtime/pool.h"

#include "runtime/common.h"

#define ARENA_BITS 20
#define ARENA_SIZE ((uintptr_t)1 << ARENA_BITS)   // 1 MiB
#define POOL_SIZE ((uintptr_t)16384)
#define POOLS_PER_ARENA ((int)(ARENA_SIZE / POOL_SIZE))
#define NCLASSES (POOL_MAX_SIZE / 16)

// The arena map covers user-space addresses below 2^48, which is where
// mmap puts memory unless asked for more; an arena outside is refused.
#define ADDRESS_BITS 48
#define LEAF_BITS 14   // arenas per leaf: 2^14 bits cover 16 GiB
#define ROOT_BITS (ADDRESS_BITS - ARENA_BITS - LEAF_BITS)
#define LEAF_WORDS (((size_t)1 << LEAF_BITS) / 64)

typedef struct Arena Arena;

typedef struct Pool {
    void *free;                // first free block, or NULL
    struct Pool *prev, *next;  // on usable[cls], or (next only) on arena->free_pools
    Arena *arena;
    uint32_t used;             // blocks handed out
    uint32_t capacity;         // blocks that fit
    uint32_t fresh;            // offset of the first never-used block
    uint32_t block_size;
    uint32_t cls;
} Pool;

// The blocks of a pool start after its header, 16-byte aligned.
#define POOL_HEADER ((sizeof(Pool) + 15) & ~(size_t)15)

struct Arena {
    char *base;                // ARENA_SIZE bytes, aligned to ARENA_SIZE
    Pool *free_pools;          // pools used before and now empty
    int next_fresh;            // index of the first pool never carved
    int nfree;                 // empty pools plus never-carved ones
    Arena *prev, *next;        // on usable_arenas while nfree > 0
};

static Pool *usable[NCLASSES];
static Arena *usable_arenas, *usable_arenas_tail;
static Arena *spare;           // an arena with every pool unused, kept mapped
static uint64_t *arena_map[(size_t)1 << ROOT_BITS];

// --- the arena map ------------------------------------------------------------------------

static uint64_t *map_leaf(uintptr_t addr) { return arena_map[addr >> (ARENA_BITS + LEAF_BITS)]; }

static size_t map_index(uintptr_t addr) { return (addr >> ARENA_BITS) & (((size_t)1 << LEAF_BITS) - 1); }

static inline bool owns(const void *p) {
    uintptr_t addr = (uintptr_t)p;
    if (addr >> ADDRESS_BITS) {
        return false;
    }
    uint64_t *leaf = map_leaf(addr);
    if (!leaf) {
        return false;
    }
    size_t i = map_index(addr);
    return (leaf[i / 64] >> (i % 64)) & 1;
}

// Marks the arena at base as mapped or not. Returns false when a leaf of
// the map cannot be allocated (only when marking).
static bool map_mark(char *base, bool mapped) {
    uintptr_t addr = (uintptr_t)base;
    uint64_t **slot = &arena_map[addr >> (ARENA_BITS + LEAF_BITS)];
    if (!*slot) {
        // Leaves are never freed: at most one per 16 GiB of address space.
        *slot = calloc(LEAF_WORDS, sizeof(uint64_t));
        if (!*slot) {
            return false;
        }
    }
    size_t i = map_index(addr);
    if (mapped) {
        (*slot)[i / 64] |= (uint64_t)1 << (i % 64);
    } else {
        (*slot)[i / 64] &= ~((uint64_t)1 << (i % 64));
    }
    return true;
}

// --- arenas -------------------------------------------------------------------------------

// Maps ARENA_SIZE bytes aligned to ARENA_SIZE. Linux hands out mappings
// top-down and next to each other, so after the first arena a plain
// mapping is usually aligned already; otherwise map twice the size and
// trim both ends.
static char *map_aligned(void) {
    int prot = PROT_READ | PROT_WRITE, flags = MAP_PRIVATE | MAP_ANONYMOUS;
    char *p = mmap(NULL, ARENA_SIZE, prot, flags, -1, 0);
    if (p == MAP_FAILED) {
        return NULL;
    }
    if (((uintptr_t)p & (ARENA_SIZE - 1)) == 0) {
        return p;
    }
    munmap(p, ARENA_SIZE);
    p = mmap(NULL, 2 * ARENA_SIZE, prot, flags, -1, 0);
    if (p == MAP_FAILED) {
        return NULL;
    }
    uintptr_t start = (uintptr_t)p;
    uintptr_t aligned = (start + ARENA_SIZE - 1) & ~(ARENA_SIZE - 1);
    if (aligned > start) {
        munmap(p, aligned - start);
    }
    uintptr_t end = aligned + ARENA_SIZE;
    if (start + 2 * ARENA_SIZE > end) {
        munmap((void *)end, start + 2 * ARENA_SIZE - end);
    }
    return (char *)aligned;
}

static void arenas_unlink(Arena *a) {
    if (a->prev) {
        a->prev->next = a->next;
    } else {
        usable_arenas = a->next;
    }
    if (a->next) {
        a->next->prev = a->prev;
    } else {
        usable_arenas_tail = a->prev;
    }
    a->prev = a->next = NULL;
}

static void arenas_push_front(Arena *a) {
    a->prev = NULL;
    a->next = usable_arenas;
    if (usable_arenas) {
        usable_arenas->prev = a;
    } else {
        usable_arenas_tail = a;
    }
    usable_arenas = a;
}

static void arenas_push_back(Arena *a) {
    a->next = NULL;
    a->prev = usable_arenas_tail;
    if (usable_arenas_tail) {
        usable_arenas_tail->next = a;
    } else {
        usable_arenas = a;
    }
    usable_arenas_tail = a;
}

// Maps a new arena and puts it at the head of usable_arenas. Returns NULL
// when the system refuses.
static Arena *arena_new(void) {
    Arena *a = malloc(sizeof(Arena));
    char *base = map_aligned();
    if (!a || !base || ((uintptr_t)base >> ADDRESS_BITS) || !map_mark(base, true)) {
        if (base) {
            munmap(base, ARENA_SIZE);
        }
        free(a);
        return NULL;
    }
    a->base = base;
    a->free_pools = NULL;
    a->next_fresh = 0;
    a->nfree = POOLS_PER_ARENA;
    arenas_push_front(a);
    return a;
}

static void arena_release(Arena *a) {
    arenas_unlink(a);
    map_mark(a->base, false);
    munmap(a->base, ARENA_SIZE);
    free(a);
}

// --- pools --------------------------------------------------------------------------------

// Takes an unused pool, readies it for class cls and makes it the head of
// usable[cls] (which is empty). Returns NULL when no memory is left.
static Pool *pool_take(uint32_t cls) {
    Arena *a = usable_arenas;
    if (!a) {
        a = arena_new();
        if (!a) {
            return NULL;
        }
    }
    Pool *p = a->free_pools;
    if (p) {
        a->free_pools = p->next;
    } else {
        p = (Pool *)(a->base + (size_t)a->next_fresh * POOL_SIZE);
        a->next_fresh++;
        p->arena = a;
    }
    if (a == spare) {
        spare = NULL;
    }
    if (--a->nfree == 0) {
        arenas_unlink(a);
    }
    p->free = NULL;
    p->prev = p->next = NULL;
    p->used = 0;
    p->block_size = 16 * (cls + 1);
    p->capacity = (uint32_t)((POOL_SIZE - POOL_HEADER) / p->block_size);
    p->fresh = (uint32_t)POOL_HEADER;
    p->cls = cls;
    usable[cls] = p;
    return p;
}

// Gives an empty pool back to its arena; the arena goes back to the system
// when that was its last pool in use. Out of line, like
// alloc_from_new_pool, to keep pool_free short.
__attribute__((noinline)) static void pool_give_back(Pool *p) {
    Arena *a = p->arena;
    p->next = a->free_pools;
    a->free_pools = p;
    a->nfree++;
    if (a->nfree == 1) {
        arenas_push_back(a);
    }
    if (a->nfree < POOLS_PER_ARENA) {
        return;
    }
    if (spare && spare != a) {
        arena_release(a);
        return;
    }
    // Keep it, behind the arenas still in use, so they are filled first.
    spare = a;
    arenas_unlink(a);
    arenas_push_back(a);
}

static void usable_unlink(Pool *p) {
    if (p->prev) {
        p->prev->next = p->next;
    } else {
        usable[p->cls] = p->next;
    }
    if (p->next) {
        p->next->prev = p->prev;
    }
    p->prev = p->next = NULL;
}

static void usable_push(Pool *p) {
    Pool *head = usable[p->cls];
    p->prev = NULL;
    p->next = head;
    if (head) {
        head->prev = p;
    }
    usable[p->cls] = p;
}

// --- blocks -------------------------------------------------------------------------------

// Hands out a block of p, the head of its class's usable list.
static inline void *take_block(Pool *p) {
    void *b = p->free;
    if (b) {
        p->free = *(void **)b;
    } else {
        b = (char *)p + p->fresh;
        p->fresh += p->block_size;
    }
    if (++p->used == p->capacity) {
        // Full: off the list until a block comes back.
        usable[p->cls] = p->next;
        if (p->next) {
            p->next->prev = NULL;
        }
        p->next = NULL;
    }
    return b;
}

// The rare case of pool_alloc, out of line so that the common case is a
// leaf function that saves no registers.
__attribute__((noinline)) static void *alloc_from_new_pool(uint32_t cls) {
    Pool *p = pool_take(cls);
    return p ? take_block(p) : NULL;
}

void *pool_alloc(size_t size) {
    uint32_t cls = (uint32_t)((size - 1) >> 4);
    Pool *p = usable[cls];
    if (!p) {
        return alloc_from_new_pool(cls);
    }
    return take_block(p);
}

bool pool_free(void *b) {
    if (!owns(b)) {
        return false;
    }
    Pool *p = (Pool *)((uintptr_t)b & ~(POOL_SIZE - 1));
    *(void **)b = p->free;
    p->free = b;
    if (p->used == p->capacity) {
        // It was full: usable again, and first in line, while its memory
        // is likely still in the cache.
        usable_push(p);
    }
    if (--p->used == 0) {
        usable_unlink(p);
        pool_give_back(p);
    }
    return true;
}
