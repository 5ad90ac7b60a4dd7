// Memory: the one allocation path for objects and C buffers, and object
// destruction.
//
// Objects are reference-counted (value.h). When a count reaches zero,
// obj_dealloc runs the type's destructor, which releases what the object
// holds; that can drop other counts to zero in turn. A long chain (a linked
// list of a million nodes, a deeply nested tuple) would then recurse a
// million C frames deep, so destruction deeper than DEALLOC_MAX_DEPTH parks
// objects on a per-thread list and finishes them iteratively once the
// outermost destructor returns (CPython calls this the trashcan).
//
// A cycle collector is not implemented yet: objects in reference cycles are
// not freed before the process exits.
//
// Where object memory comes from. Objects of up to POOL_MAX_SIZE bytes come
// from the small-object pools (pool.c), which need no lock because objects
// are allocated and freed only by the thread holding the GIL; larger ones
// come from malloc. obj_free tells the two apart by asking pool_free first,
// which knows its own blocks by their address. The pools are off, and
// every object comes from malloc, in three cases:
//  - under AddressSanitizer (or with -DCS_SYSTEM_MALLOC), because a freed
//    pool block is simply reused, so ASan could not see a use after free.
//    ThreadSanitizer keeps the pools on: there it checks that no thread
//    touches them without the GIL;
//  - when the environment has CS_MALLOC=system at start-up, for valgrind;
//  - for a request the pools cannot satisfy (then malloc is tried).
// Non-object buffers (cs_malloc and friends) always come from malloc: some
// are allocated and freed while the GIL is released (file I/O, thread
// start-up).
#include "runtime/obj_exc.h"
#include "runtime/pool.h"
#include "runtime/state.h"

#define DEALLOC_MAX_DEPTH 200
// Refuse single requests above this size outright: the allocator would
// fail anyway, and the OOM killer may strike before it does.
#define MAX_ALLOC ((size_t)1 << 40)

// ASan announces itself with this macro (gcc) or through __has_feature
// (clang); either way the pools are compiled out.
#if !defined(CS_SYSTEM_MALLOC) && defined(__SANITIZE_ADDRESS__)
#define CS_SYSTEM_MALLOC 1
#endif
#if !defined(CS_SYSTEM_MALLOC) && defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CS_SYSTEM_MALLOC 1
#endif
#endif

static _Thread_local int dealloc_depth;
static _Thread_local Obj **deferred;
static _Thread_local size_t ndeferred, deferred_cap;

void *cs_malloc(size_t size) { return size > MAX_ALLOC ? NULL : malloc(size ? size : 1); }

void *cs_calloc(size_t n, size_t size) {
    if (size && n > MAX_ALLOC / size) {
        return NULL;
    }
    return calloc(n ? n : 1, size ? size : 1);
}

void *cs_realloc(void *p, size_t size) { return size > MAX_ALLOC ? NULL : realloc(p, size ? size : 1); }

void cs_free(void *p) { free(p); }

void *cs_malloc_or_raise(ThreadState *ts, size_t size) {
    void *p = cs_malloc(size);
    if (!p) {
        exc_no_memory(ts);
    }
    return p;
}

void *cs_realloc_or_raise(ThreadState *ts, void *p, size_t size) {
    void *q = cs_realloc(p, size);
    if (!q) {
        exc_no_memory(ts);
    }
    return q;
}

char *cs_strdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (!p) {
        cs_fatal("out of memory");
    }
    memcpy(p, s, n);
    return p;
}

#ifndef CS_SYSTEM_MALLOC
// 1 when objects come from the pools, 0 when from malloc, -1 before the
// first allocation reads CS_MALLOC. The first allocation is made by the
// main thread before any other thread exists, so no race decides it.
static int use_pools = -1;

static bool pools_on(void) {
    if (use_pools < 0) {
        const char *env = getenv("CS_MALLOC");
        use_pools = !(env && strcmp(env, "system") == 0);
    }
    return use_pools;
}
#endif

Obj *obj_alloc(ThreadState *ts, Type *type, size_t size) {
    Obj *o = NULL;
#ifndef CS_SYSTEM_MALLOC
    // size - 1 wraps for 0, which then goes to malloc like a large object.
    if (size - 1 < POOL_MAX_SIZE && pools_on()) {
        o = pool_alloc(size);
        if (o) {
            memset(o, 0, size);
        }
    }
#endif
    if (!o) {
        o = cs_calloc(1, size);
    }
    if (!o) {
        exc_no_memory(ts);
        return NULL;
    }
    o->refcnt = 1;
    o->type = type;
    if (type->flags & TYPE_HEAP) {
        obj_incref(&type->base);
    }
    return o;
}

void obj_free(Obj *obj) {
#ifndef CS_SYSTEM_MALLOC
    if (pool_free(obj)) {
        return;
    }
#endif
    free(obj);
}

// --- destruction ----------------------------------------------------------------------

static void dealloc_now(Obj *obj) {
    Type *type = obj->type;
    type->dealloc(obj);
    if (type->flags & TYPE_HEAP) {
        obj_decref(&type->base);
    }
}

// Finishes what deeper destructors parked (this may park more, so loop
// until empty), then gives the list back: long chains are rare, and a
// list kept for the life of the thread would leak when it ends (its TLS
// pointer dies with it).
static void finish_deferred(void) {
    dealloc_depth = 1;
    while (ndeferred > 0) {
        Obj *o = deferred[--ndeferred];
        dealloc_now(o);
    }
    dealloc_depth = 0;
    free(deferred);
    deferred = NULL;
    deferred_cap = 0;
}

void obj_dealloc(Obj *obj) {
    if (dealloc_depth >= DEALLOC_MAX_DEPTH) {
        if (ndeferred == deferred_cap) {
            deferred_cap = deferred_cap ? deferred_cap * 2 : 256;
            deferred = realloc(deferred, deferred_cap * sizeof(Obj *));
            if (!deferred) {
                cs_fatal("out of memory");
            }
        }
        deferred[ndeferred++] = obj;
        return;
    }
    dealloc_depth++;
    dealloc_now(obj);
    dealloc_depth--;
    if (dealloc_depth == 0 && deferred) {
        finish_deferred();
    }
}
