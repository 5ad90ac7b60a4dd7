// Classes and instances: `class` statements, attribute lookup along the
// MRO, and the descriptors that make methods, properties, staticmethods and
// classmethods work; super().
#ifndef CS_RUNTIME_OBJ_CLASS_H
#define CS_RUNTIME_OBJ_CLASS_H

#include "runtime/object.h"

// An instance of a class that adds nothing to object's layout.
typedef struct ObjInstance {
    Obj base;
    Obj *dict;
} ObjInstance;

typedef struct ObjProperty {
    Obj base;
    Value fget, fset, fdel, doc;
} ObjProperty;

// staticmethod and classmethod wrap a callable.
typedef struct ObjWrapper {
    Obj base;
    Value func;
    Obj *dict;
} ObjWrapper;

typedef struct ObjSuper {
    Obj base;
    Type *type;              // the class named in super(type, obj)
    Value obj;               // the instance or class
    Type *obj_type;          // obj's type (or obj itself when it is a class)
} ObjSuper;

// Finishes a static type: sets its MRO, inherits slots, creates its dict
// and the dunder wrappers of its slots. Must run before the type is used.
void type_ready(ThreadState *ts, Type *type);
// Looks `name` up along the MRO without invoking descriptors. Borrowed, or VNULL.
Value type_lookup(Type *type, Obj *name);
Value type_lookup_cstr(Type *type, const char *name);
// type(name, bases, dict): creates a heap type. New reference.
Value type_new_class(ThreadState *ts, Type *meta, Obj *name, Obj *bases, Obj *ns);
// Gives a ready static type several bases (ExceptionGroup's are
// BaseExceptionGroup and Exception): sets __bases__ and recomputes the MRO.
// The first base must be the type's base_type. -1 with TypeError.
int type_set_static_bases(ThreadState *ts, Type *type, Obj *bases);
// The hash slot of a built-in type that is unhashable (it defines equality
// but no hash); its __hash__ is None. Raises TypeError.
int type_hash_unhashable(ThreadState *ts, Value v, int64_t *out);
// Recomputes the slots of a heap type after one of its dunders changed.
void type_fixup_slots(Type *type);
// Invalidates inline caches that depend on this type and its subclasses.
void type_modified(Type *type);
const char *type_qualname(Type *type);
// The name str object of a type (created on first use for static types).
Obj *type_name_obj(Type *type);
// The module a type belongs to, as __module__ gives it (borrowed, interned).
Obj *type_module_name(Type *type);
Value type_repr_value(ThreadState *ts, Type *type);
// object.__new__-style allocation of an instance of `type` (any layout).
Value object_alloc_instance(ThreadState *ts, Type *type);
void class_init_types(ThreadState *ts);
// a | b for classes, None, generic aliases and unions: a types.UnionType
// (new reference), or NotImplemented for other operands (generic_alias.c).
Value union_or(ThreadState *ts, Value a, Value b);
// The member tuple of a types.UnionType (borrowed), or NULL for anything else.
Obj *union_members(Value v);
// A getset descriptor: a C getter (new reference or VNULL) and an optional
// setter (value VNULL deletes; -1 with an exception).
typedef Value (*GetSetGetter)(ThreadState *ts, Value obj);
typedef int (*GetSetSetter)(ThreadState *ts, Value obj, Value value);
// Adds a getset descriptor called `name` (a static string) to owner's
// dict. -1 with MemoryError.
int getset_add(ThreadState *ts, Type *owner, const char *name, GetSetGetter get, GetSetSetter set);
// A read-only mappingproxy over `mapping` (mapping_proxy.c). New reference.
Value mapping_proxy_new(ThreadState *ts, Value mapping);
// The getset functions of an instance's __dict__ and __weakref__ (obj_object.c).
Value object_get_dict(ThreadState *ts, Value self);
int object_set_dict(ThreadState *ts, Value self, Value value);
Value object_get_weakref(ThreadState *ts, Value self);
// A member descriptor for one __slots__ name of `owner`, whose instances
// keep the value in a Value at `offset`. New reference, or NULL.
Obj *member_descr_new(ThreadState *ts, Type *owner, Obj *name, size_t offset);
// When d is a __slots__ member descriptor: true, with its field's offset.
bool member_descr_offset(Value d, size_t *offset);

#endif
