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
#include "runtime/obj_exc.h"
#include "runtime/state.h"

#define DEALLOC_MAX_DEPTH 200
// Refuse single requests above this size outright: the allocator would
// fail anyway, and the OOM killer may strike before it does.
#define MAX_ALLOC ((size_t)1 << 40)

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

Obj *obj_alloc(ThreadState *ts, Type *type, size_t size) {
    Obj *o = cs_calloc(1, size);
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

void obj_free(Obj *obj) { free(obj); }

static void dealloc_now(Obj *obj) {
    Type *type = obj->type;
    type->dealloc(obj);
    if (type->flags & TYPE_HEAP) {
        obj_decref(&type->base);
    }
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
    if (dealloc_depth == 0) {
        // Finish what was parked; this may park more, so loop until empty.
        dealloc_depth = 1;
        while (ndeferred > 0) {
            Obj *o = deferred[--ndeferred];
            dealloc_now(o);
        }
        dealloc_depth = 0;
    }
}
