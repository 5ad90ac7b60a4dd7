// Inline caches for the instructions that look names up: LOAD_GLOBAL,
// LOAD_ATTR, STORE_ATTR and LOAD_METHOD. Each instruction has its own
// InlineCache (runtime/obj_func.h) that remembers where it found its name
// last time, and a version number that says whether that is still true:
//
//  - a global: the globals and builtins dicts' versions (obj_dict.h), and a
//    pointer to the value's slot in the dict's entry array;
//  - an instance attribute: the class's version (obj_type.c) and the
//    entry's index in the instance dict, confirmed by comparing the key
//    (a class attribute of the same name is fine unless it is a data
//    descriptor: the instance dict wins over it);
//  - a __slots__ attribute: the class's version and the field's offset;
//  - a class attribute that is a plain value (a default such as
//    `state = None` in the class body) read through an instance whose
//    dict lacks the name: the class's version and the value's dict slot;
//  - a method: the class's version and the function found on the class;
//  - a module attribute: the module, its dict's version and the slot.
//
// Attribute and method caches are polymorphic: besides the primary entry
// they keep up to CACHE_MORE_WAYS older ones for other classes, so that
// `self.x` in a base class method stays cached whichever subclass `self`
// is (Richards-style schedulers, visitors, plugin hierarchies).
//
// The fast paths for instance attributes, methods and modules are inline
// here; the rarer kinds (slots, class values) are answered at the top of
// the functions in vm_cache.c, which otherwise do the full lookup and
// refill the cache. (Inlining them too made gcc stop inlining the common
// ones: 13% more instructions on nbody.)
#ifndef CS_INTERP_VM_CACHE_H
#define CS_INTERP_VM_CACHE_H

#include "runtime/frame.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_module.h"

enum { CACHE_EMPTY, CACHE_INSTANCE, CACHE_METHOD, CACHE_MODULE, CACHE_SLOT, CACHE_CLASS_VALUE };

// Slow paths; all return new references or VNULL with an exception.
Value vm_load_global_slow(ThreadState *ts, Frame *f, InlineCache *c);
Value vm_load_attr_slow(ThreadState *ts, InlineCache *c, Value obj);
int vm_store_attr_slow(ThreadState *ts, InlineCache *c, Value obj, Value v);
// Pushes (meth, self) or (NULL, attr) into out[0], out[1].
bool vm_load_method_slow(ThreadState *ts, InlineCache *c, Value obj, Value *out);

static inline Value vm_load_global(ThreadState *ts, Frame *f, InlineCache *c) {
    if (LIKELY(c->version == ((ObjDict *)f->globals)->version &&
               c->version2 == ((ObjDict *)f->builtins)->version)) {
        return val_dup(*c->slot);
    }
    return vm_load_global_slow(ts, f, c);
}

// The instance dict of obj, or NULL.
static inline ObjDict *instance_dict(Obj *o) {
    Obj **dictp = obj_dict_ptr(o);
    return dictp ? (ObjDict *)*dictp : NULL;
}

// The way of c filled for type version v: 0 for the primary entry, i + 1
// for more_*[i], -1 for none. The caller has checked c's kind.
static inline int cache_way(const InlineCache *c, uint64_t v) {
    if (LIKELY(v == c->version)) {
        return 0;
    }
    for (int i = 0; i < c->nmore; i++) {
        if (v == c->more_version[i]) {
            return i + 1;
        }
    }
    return -1;
}

// The index (or slot offset) that way `way` of c remembers.
static inline int32_t cache_index(const InlineCache *c, int way) {
    return way == 0 ? c->index : c->more_index[way - 1];
}

// The instance dict entry that way `way` of c remembers for o's dict, or
// NULL when the dict has changed shape since.
static inline DictEntry *cached_entry(const InlineCache *c, int way, Obj *o) {
    ObjDict *d = instance_dict(o);
    int32_t ix = cache_index(c, way);
    if (d && ix < d->nentries && d->entries[ix].key.tag == VAL_OBJ && d->entries[ix].key.as.obj == c->name) {
        return &d->entries[ix];
    }
    return NULL;
}

static inline Value vm_load_attr(ThreadState *ts, InlineCache *c, Value obj) {
    if (obj.tag == VAL_OBJ) {
        Obj *o = obj.as.obj;
        int way;
        if (c->kind == CACHE_INSTANCE && (way = cache_way(c, o->type->version)) >= 0) {
            DictEntry *e = cached_entry(c, way, o);
            if (e) {
                return val_dup(e->value);
            }
        } else if (c->kind == CACHE_MODULE && o == c->descr &&
                   ((ObjDict *)((ObjModule *)o)->dict)->version == c->version) {
            return val_dup(*c->slot);
        }
    }
    return vm_load_attr_slow(ts, c, obj);
}

static inline int vm_store_attr(ThreadState *ts, InlineCache *c, Value obj, Value v) {
    int way;
    if (obj.tag == VAL_OBJ && c->kind == CACHE_INSTANCE && (way = cache_way(c, obj.as.obj->type->version)) >= 0) {
        DictEntry *e = cached_entry(c, way, obj.as.obj);
        if (e) {
            val_set(&e->value, val_dup(v));
            return 0;
        }
    }
    return vm_store_attr_slow(ts, c, obj, v);
}

static inline bool vm_load_method(ThreadState *ts, InlineCache *c, Value obj, Value *out) {
    int way;
    if (obj.tag == VAL_OBJ && c->kind == CACHE_METHOD && (way = cache_way(c, obj.as.obj->type->version)) >= 0) {
        ObjDict *d = instance_dict(obj.as.obj);
        if (!d || d->len == 0 || dict_find_str_index(&d->base, c->name) < 0) {
            out[0] = val_dup(val_obj(way == 0 ? c->descr : c->more_descr[way - 1]));
            out[1] = val_dup(obj);
            return true;
        }
    } else if (obj.tag == VAL_OBJ && c->kind == CACHE_MODULE && obj.as.obj == c->descr &&
               ((ObjDict *)((ObjModule *)obj.as.obj)->dict)->version == c->version) {
        out[0] = VNULL;
        out[1] = val_dup(*c->slot);
        return true;
    }
    return vm_load_method_slow(ts, c, obj, out);
}

#endif
