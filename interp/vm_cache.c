// The slow paths of the inline caches (see vm_cache.h): do the lookup the
// long way, then remember what was found when it is safe to reuse.
#include "interp/vm_cache.h"

#include "runtime/obj_class.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/suggest.h"

Value vm_load_global_slow(ThreadState *ts, Frame *f, InlineCache *c) {
    Value *slot = dict_slot_str(f->globals, c->name);
    if (!slot) {
        slot = dict_slot_str(f->builtins, c->name);
    }
    if (!slot) {
        c->version = 0;
        exc_raise(ts, &ExcNameError, "name '%U' is not defined", c->name);
        suggest_name_error_context(ts, c->name, f->globals);
        return VNULL;
    }
    c->version = ((ObjDict *)f->globals)->version;
    c->version2 = ((ObjDict *)f->builtins)->version;
    c->slot = slot;
    return val_dup(*slot);
}

// Remembers (version, index or descr) as the primary entry of c. An
// entry of the same kind for another class moves down to the older ways
// (the oldest falls off); one for the same class is replaced.
static void fill_typed(InlineCache *c, int32_t kind, uint64_t version, int32_t index, Obj *descr) {
    if (c->kind != kind) {
        c->nmore = 0;
    } else if (c->version != version) {
        int drop = c->nmore;   // the way to overwrite: a stale one for this class, else the oldest
        for (int i = 0; i < c->nmore; i++) {
            if (c->more_version[i] == version) {
                drop = i;
                break;
            }
        }
        if (drop == CACHE_MORE_WAYS) {
            drop--;
        } else if (drop == c->nmore) {
            c->nmore++;
        }
        for (int i = drop; i > 0; i--) {
            c->more_version[i] = c->more_version[i - 1];
            c->more_index[i] = c->more_index[i - 1];
            c->more_descr[i] = c->more_descr[i - 1];
        }
        c->more_version[0] = c->version;
        c->more_index[0] = c->index;
        c->more_descr[0] = c->descr;
    }
    c->kind = kind;
    c->version = version;
    c->index = index;
    c->descr = descr;
}

// The address of the value of class attribute `name` in the dict of t or
// of the base that defines it, or NULL. It stays valid while t's version
// holds: any change to those dicts changes the version.
static Value *class_attr_slot(Type *t, Obj *name) {
    int64_t n = tuple_len(t->mro);
    for (int64_t i = 0; i < n; i++) {
        Type *base = (Type *)tuple_get(t->mro, i).as.obj;
        Value *slot = base->dict ? dict_slot_str(base->dict, name) : NULL;
        if (slot) {
            return slot;
        }
    }
    return NULL;
}

// Remembers how `name` was found on an instance of t after a successful
// generic lookup (or store, when `store`): in a __slots__ field, in the
// instance dict, or (loads only) as a plain class value.
static void fill_attr(InlineCache *c, Obj *o, bool store) {
    Type *t = o->type;
    if (t->getattr != generic_getattr || (store && !type_setattr_is_generic(t))) {
        return;
    }
    Value descr = type_lookup(t, c->name);
    Type *dt = val_is_null(descr) ? NULL : val_type(descr);
    size_t off;
    if (dt && member_descr_offset(descr, &off)) {
        if (!(off & OFFSET_AFTER_ITEMS) && off < INT32_MAX) {
            fill_typed(c, CACHE_SLOT, t->version, (int32_t)off, NULL);
        }
        return;
    }
    // A data descriptor wins over the instance dict (for a store, any
    // descriptor with __set__ does).
    if (dt && dt->descr_set && (store || dt->descr_get)) {
        return;
    }
    ObjDict *d = instance_dict(o);
    int64_t ix = d ? dict_find_str_index(&d->base, c->name) : -1;
    if (ix >= 0 && ix < INT32_MAX) {
        fill_typed(c, CACHE_INSTANCE, t->version, (int32_t)ix, NULL);
    } else if (ix < 0 && !store && dt && !dt->descr_get) {
        Value *slot = class_attr_slot(t, c->name);
        if (slot) {
            c->kind = CACHE_CLASS_VALUE;
            c->nmore = 0;
            c->version = t->version;
            c->slot = slot;
        }
    }
}

// The field at byte offset `off` of o (a __slots__ value, VNULL when unset).
static inline Value *slot_field(Obj *o, int32_t off) { return (Value *)((char *)o + off); }

// The cached answers the inline paths leave to this file: true with a new
// reference in *out when c answers for obj as an instance attribute (for
// LOAD_METHOD), a __slots__ field or a class value.
static bool cached_attr(InlineCache *c, Value obj, Value *out) {
    if (obj.tag != VAL_OBJ) {
        return false;
    }
    Obj *o = obj.as.obj;
    int way;
    switch (c->kind) {
    case CACHE_INSTANCE:
        if ((way = cache_way(c, o->type->version)) >= 0) {
            DictEntry *e = cached_entry(c, way, o);
            if (e) {
                *out = val_dup(e->value);
                return true;
            }
        }
        return false;
    case CACHE_SLOT:
        if ((way = cache_way(c, o->type->version)) >= 0) {
            Value v = *slot_field(o, cache_index(c, way));
            if (!val_is_null(v)) {
                *out = val_dup(v);
                return true;
            }
        }
        return false;
    case CACHE_CLASS_VALUE:
        if (o->type->version == c->version) {
            ObjDict *d = instance_dict(o);
            if (!d || d->len == 0 || dict_find_str_index(&d->base, c->name) < 0) {
                *out = val_dup(*c->slot);
                return true;
            }
        }
        return false;
    default:
        return false;
    }
}

Value vm_load_attr_slow(ThreadState *ts, InlineCache *c, Value obj) {
    Value cached;
    if (c->kind != CACHE_INSTANCE && cached_attr(c, obj, &cached)) {
        return cached;
    }
    if (val_has_type(obj, &ModuleType)) {
        Obj *d = ((ObjModule *)obj.as.obj)->dict;
        Value *slot = dict_slot_str(d, c->name);
        if (slot) {
            c->kind = CACHE_MODULE;
            c->descr = obj.as.obj;
            c->version = ((ObjDict *)d)->version;
            c->slot = slot;
            return val_dup(*slot);
        }
        return obj_getattr(ts, obj, c->name);
    }
    Value v = obj_getattr(ts, obj, c->name);
    if (!val_is_null(v) && obj.tag == VAL_OBJ) {
        fill_attr(c, obj.as.obj, false);
    }
    return v;
}

int vm_store_attr_slow(ThreadState *ts, InlineCache *c, Value obj, Value v) {
    int way;
    if (obj.tag == VAL_OBJ && c->kind == CACHE_SLOT && (way = cache_way(c, obj.as.obj->type->version)) >= 0) {
        val_set(slot_field(obj.as.obj, cache_index(c, way)), val_dup(v));
        return 0;
    }
    if (obj.tag == VAL_OBJ && c->kind == CACHE_INSTANCE && cache_way(c, obj.as.obj->type->version) >= 0) {
        // The class still lets the instance dict hold this name, but this
        // object's dict has it elsewhere or not yet (`self.x = ...` in
        // __init__): store there without the class lookup.
        Obj **dictp = obj_dict_ptr(obj.as.obj);
        if (dictp && *dictp && !val_is_null(v)) {
            return dict_set_str(ts, *dictp, c->name, v);
        }
    }
    int r = obj_setattr(ts, obj, c->name, v);
    if (r == 0 && obj.tag == VAL_OBJ) {
        fill_attr(c, obj.as.obj, true);
    }
    return r;
}

// A function or a method of a built-in type: can be called with self
// prepended instead of being bound.
static bool is_method_descr(Value d) {
    if (val_has_type(d, &FunctionType)) {
        return true;
    }
    return val_has_type(d, &NativeType) && (((ObjNative *)d.as.obj)->flags & NATIVE_METHOD) &&
           val_is_null(((ObjNative *)d.as.obj)->self);
}

bool vm_load_method_slow(ThreadState *ts, InlineCache *c, Value obj, Value *out) {
    if (cached_attr(c, obj, &out[1])) {
        out[0] = VNULL;
        return true;
    }
    Type *t = val_type(obj);
    if (t->getattr == generic_getattr) {
        Value descr = type_lookup(t, c->name);
        if (!val_is_null(descr) && is_method_descr(descr)) {
            ObjDict *d = obj.tag == VAL_OBJ ? instance_dict(obj.as.obj) : NULL;
            if (!d || dict_find_str_index(&d->base, c->name) < 0) {
                // The class's dict keeps descr alive while the version holds.
                fill_typed(c, CACHE_METHOD, t->version, 0, descr.as.obj);
                out[0] = val_dup(descr);
                out[1] = val_dup(obj);
                return true;
            }
        }
    }
    Value v = vm_load_attr_slow(ts, c, obj);
    if (val_is_null(v)) {
        return false;
    }
    out[0] = VNULL;
    out[1] = v;
    return true;
}
