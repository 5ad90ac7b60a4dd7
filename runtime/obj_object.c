// object, the root of every class, and attribute access on classes
// themselves (`Cls.x`, `Cls.x = v`).
//
// object supplies the defaults every instance starts from: identity
// equality and hash, `<__main__.Foo object at 0x...>` as repr, __init__ and
// __new__ that refuse stray arguments the way CPython's do, __class__,
// __dict__, __dir__ and __format__. The methods of type itself (mro,
// __subclasses__, __dir__, __instancecheck__, __prepare__...) are here too.
#include "runtime/args.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_list.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"

static bool has_args(int64_t nargs, Obj *kwnames) {
    return nargs > 0 || (kwnames && tuple_len(kwnames) > 0);
}

Value object_alloc_instance(ThreadState *ts, Type *type) {
    Obj *o = obj_alloc(ts, type, type->basic_size);
    return o ? val_obj(o) : VNULL;
}

static Value object_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames);
static int object_init(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames);

static Value object_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    if (has_args(nargs, kwnames)) {
        if (type->new_ != object_new) {
            return exc_raise(ts, &ExcTypeError,
                             "object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if (type->init == object_init) {
            return exc_raise(ts, &ExcTypeError, "%s() takes no arguments", type->name);
        }
    }
    if (type->flags & TYPE_ABSTRACT_NEW) {
        return exc_raise(ts, &ExcTypeError, "cannot create '%s' instances", type_qualname(type));
    }
    return object_alloc_instance(ts, type);
}

static int object_init(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    Type *type = val_type(self);
    if (has_args(nargs, kwnames)) {
        if (type->init != object_init) {
            exc_raise(ts, &ExcTypeError,
                      "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->new_ == object_new) {
            exc_raise(ts, &ExcTypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                      type->name);
            return -1;
        }
    }
    return 0;
}

static Value object_repr(ThreadState *ts, Value v) {
    Type *t = val_type(v);
    Obj *s;
    if (t->module && !str_eq_cstr(t->module, "builtins")) {
        s = str_format_c(ts, "<%U.%s object at %p>", t->module, type_qualname(t), (void *)v.as.obj);
    } else {
        s = str_format_c(ts, "<%s object at %p>", type_qualname(t), (void *)v.as.obj);
    }
    return s ? val_obj(s) : VNULL;
}

static int object_hash(ThreadState *ts, Value v, int64_t *out) {
    (void)ts;
    uintptr_t p = (uintptr_t)v.as.obj;
    // Rotate out the low bits that alignment keeps at zero, as CPython does.
    *out = (int64_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    if (*out == -1) {
        *out = -2;
    }
    return 0;
}

static Value object_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    if (op == CMP_EQ) {
        return val_is(a, b) ? VTRUE : VNOTIMPL;
    }
    if (op == CMP_NE) {
        // != is the negation of ==, unless == is not implemented.
        Type *t = val_type(a);
        if (!t->richcompare) {
            return VNOTIMPL;
        }
        Value r = t->richcompare(ts, a, b, CMP_EQ);
        if (val_is_null(r) || val_is_notimpl(r)) {
            return r;
        }
        int truth = obj_truth(ts, r);
        val_decref(r);
        return truth < 0 ? VNULL : val_bool(!truth);
    }
    return VNOTIMPL;
}

// An instance of object itself has no fields; the __dict__ a class adds is
// released by heap_type_dealloc_instance.
static void object_dealloc(Obj *o) { obj_free(o); }

// __class__ and __dict__, reachable on every object (generic_getattr's
// last resort).
Value object_getattr_special(ThreadState *ts, Value self, Obj *name) {
    if (str_eq_cstr(name, "__class__")) {
        return val_dup(val_obj(&val_type(self)->base));
    }
    if (str_eq_cstr(name, "__dict__") && self.tag == VAL_OBJ) {
        Obj **dictp = obj_dict_ptr(self.as.obj);
        if (dictp) {
            if (!*dictp) {
                *dictp = dict_new(ts);
                if (!*dictp) {
                    return VNULL;
                }
            }
            obj_incref(*dictp);
            return val_obj(*dictp);
        }
    }
    return VNULL;
}

// object.__class__: reading gives the type; assigning swaps it for a class
// with the same layout.
static Value get_class(ThreadState *ts, Value self) {
    (void)ts;
    return val_dup(val_obj(&val_type(self)->base));
}

static int set_class(ThreadState *ts, Value self, Value value) {
    if (val_is_null(value)) {
        exc_raise(ts, &ExcTypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!val_isinstance(value, &TypeType)) {
        exc_raise(ts, &ExcTypeError, "__class__ must be set to a class, not '%s' object", val_type_name(value));
        return -1;
    }
    Type *old = val_type(self), *new = (Type *)value.as.obj;
    if (!(old->flags & TYPE_HEAP) || !(new->flags & TYPE_HEAP) || new->basic_size != old->basic_size ||
        new->dict_offset != old->dict_offset) {
        exc_raise(ts, &ExcTypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    obj_incref(&new->base);
    self.as.obj->type = new;
    obj_decref(&old->base);
    return 0;
}

Value object_get_dict(ThreadState *ts, Value self) {
    Obj **dictp = self.tag == VAL_OBJ ? obj_dict_ptr(self.as.obj) : NULL;
    if (!dictp) {
        return exc_raise(ts, &ExcAttributeError, "'%s' object has no attribute '__dict__'", val_type_name(self));
    }
    if (!*dictp) {
        *dictp = dict_new(ts);
        if (!*dictp) {
            return VNULL;
        }
    }
    obj_incref(*dictp);
    return val_obj(*dictp);
}

int object_set_dict(ThreadState *ts, Value self, Value value) {
    Obj **dictp = self.tag == VAL_OBJ ? obj_dict_ptr(self.as.obj) : NULL;
    if (!dictp || val_is_null(value)) {
        exc_raise(ts, &ExcTypeError, "cannot delete __dict__");
        return -1;
    }
    if (!val_is_dict_like(value)) {
        exc_raise(ts, &ExcTypeError, "__dict__ must be set to a dictionary, not a '%s'", val_type_name(value));
        return -1;
    }
    Obj *old = *dictp;
    obj_incref(value.as.obj);
    *dictp = value.as.obj;
    obj_xdecref(old);
    return 0;
}

// There are no weak references: every object's __weakref__ is None.
Value object_get_weakref(ThreadState *ts, Value self) {
    (void)ts;
    (void)self;
    return VNONE;
}

static int object_setattr(ThreadState *ts, Value self, Obj *name, Value value) {
    return generic_setattr(ts, self, name, value);
}

bool type_setattr_is_generic(Type *t) {
    return t->setattr == generic_setattr || t->setattr == object_setattr;
}

// --- methods of object ---------------------------------------------------------------

static Value m_format(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1 || !val_is_str_like(args[0])) {
        return exc_raise(ts, &ExcTypeError, "format expects arg 1 to be string or unicode, not %s",
                         nargs ? val_type_name(args[0]) : "nothing");
    }
    if (as_str(args[0])->nbytes > 0) {
        return exc_raise(ts, &ExcTypeError, "unsupported format string passed to %s.__format__",
                         val_type_name(self));
    }
    return obj_str(ts, self);
}

// Adds the attribute names of every class along t's MRO to `names`.
static int merge_mro_dicts(ThreadState *ts, Obj *names, Type *t) {
    ObjTuple *mro = (ObjTuple *)t->mro;
    for (int64_t i = 0; mro && i < mro->len; i++) {
        if (dict_merge(ts, names, val_obj(((Type *)mro->items[i].as.obj)->dict), true) < 0) {
            return -1;
        }
    }
    return 0;
}

// The keys of `names` as a sorted list (consumes the reference to names).
static Value sorted_keys(ThreadState *ts, Obj *names) {
    Value l = list_from_iterable(ts, val_obj(names));
    obj_decref(names);
    if (!val_is_null(l) && list_sort(ts, l.as.obj, VNONE, false) < 0) {
        val_clear(&l);
    }
    return l;
}

// object.__dir__(): the instance dict, then every class of type(self)'s MRO.
static Value m_dir(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "object", "__dir__", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    Obj *names = dict_new(ts);
    if (!names) {
        return VNULL;
    }
    Obj **dictp = self.tag == VAL_OBJ ? obj_dict_ptr(self.as.obj) : NULL;
    if ((dictp && *dictp && dict_merge(ts, names, val_obj(*dictp), true) < 0) ||
        merge_mro_dicts(ts, names, val_type(self)) < 0) {
        obj_decref(names);
        return VNULL;
    }
    return sorted_keys(ts, names);
}

// type.__dir__(): a class lists its own and its bases' attributes (not
// its metaclass's).
static Value m_type_dir(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "type", "__dir__", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    Obj *names = dict_new(ts);
    if (!names || merge_mro_dicts(ts, names, (Type *)self.as.obj) < 0) {
        obj_xdecref(names);
        return VNULL;
    }
    return sorted_keys(ts, names);
}

static Value m_init_subclass(ThreadState *ts, Value cls, Value *args, int64_t nargs, Obj *kwnames) {
    (void)cls;
    (void)args;
    if (nargs > 0 || (kwnames && tuple_len(kwnames) > 0)) {
        return exc_raise(ts, &ExcTypeError, "%s.__init_subclass__() takes no keyword arguments",
                         type_qualname((Type *)cls.as.obj));
    }
    return VNONE;
}

static Value m_subclasshook(ThreadState *ts, Value cls, Value *args, int64_t nargs, Obj *kw) {
    (void)ts;
    (void)cls;
    (void)args;
    (void)nargs;
    (void)kw;
    return VNOTIMPL;
}

// The values of obj's __slots__ that are set, by name (a new dict, or
// NULL with an exception).
static Obj *slot_values(ThreadState *ts, Obj *obj) {
    Obj *out = dict_new(ts);
    Obj *mro = obj->type->mro;
    for (int64_t i = 0; out && mro && i < tuple_len(mro); i++) {
        Type *t = (Type *)tuple_get(mro, i).as.obj;
        int64_t pos = 0;
        Value key, value;
        size_t offset;
        while (t->dict && dict_next(t->dict, &pos, &key, &value)) {
            if (!member_descr_offset(value, &offset)) {
                continue;
            }
            Value v = *(Value *)obj_field_ptr(obj, offset);
            if (!val_is_null(v) && dict_set(ts, out, key, v) < 0) {
                obj_decref(out);
                return NULL;
            }
        }
    }
    return out;
}

// object.__getstate__(): the instance dict (None when it is empty or
// absent), and with __slots__ holding values, (dict, {slot: value}).
static Value m_getstate(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "object", "__getstate__", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    if (self.tag != VAL_OBJ) {
        return VNONE;
    }
    Obj **dictp = obj_dict_ptr(self.as.obj);
    Value state = dictp && *dictp && dict_len(*dictp) ? val_dup(val_obj(*dictp)) : VNONE;
    Obj *slots = slot_values(ts, self.as.obj);
    if (!slots) {
        val_decref(state);
        return VNULL;
    }
    if (dict_len(slots) == 0) {
        obj_decref(slots);
        return state;
    }
    Obj *pair = tuple_pack(ts, 2, state, val_obj(slots));
    val_decref(state);
    obj_decref(slots);
    return pair ? val_obj(pair) : VNULL;
}

static Value m_sizeof(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)ts;
    (void)args;
    (void)nargs;
    (void)kw;
    return val_int((int64_t)val_type(self)->basic_size);
}

static Value m_reduce_ex(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return exc_raise(ts, &ExcTypeError, "cannot pickle '%s' object", val_type_name(self));
}

// object.__str__: what str() uses when a class defines no __str__.
static Value m_str(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "object", "__str__", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    (void)args;
    return obj_repr(ts, self);
}

static const MethodDef object_methods[] = {
    {"__str__", m_str, NATIVE_METHOD, "Return str(self)."},
    {"__format__", m_format, NATIVE_METHOD, "Default object formatter."},
    {"__dir__", m_dir, NATIVE_METHOD, "Default dir() implementation."},
    {"__init_subclass__", m_init_subclass, NATIVE_CLASSMETHOD,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", m_subclasshook, NATIVE_CLASSMETHOD, "Abstract classes can override this to customize issubclass()."},
    {"__sizeof__", m_sizeof, NATIVE_METHOD, "Size of object in memory, in bytes."},
    {"__reduce_ex__", m_reduce_ex, NATIVE_METHOD, "Helper for pickle."},
    {"__reduce__", m_reduce_ex, NATIVE_METHOD, "Helper for pickle."},
    {"__getstate__", m_getstate, NATIVE_METHOD, "Helper for pickle."},
    {NULL, NULL, 0, NULL},
};

Type ObjectType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "object",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(Obj),
    .doc = "The base class of the class hierarchy.",
    .dealloc = object_dealloc,
    .repr = object_repr,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = generic_getattr,
    .setattr = object_setattr,
    .new_ = object_new,
    .init = object_init,
};

// --- attributes of classes ---------------------------------------------------------

static Value type_special(ThreadState *ts, Type *t, Obj *name) {
    const char *n = str_cstr(name);
    if (n[0] != '_' || n[1] != '_') {
        return VNULL;
    }
    if (strcmp(n, "__name__") == 0) {
        return val_dup(val_obj(type_name_obj(t)));
    }
    if (strcmp(n, "__qualname__") == 0) {
        return t->qualname ? val_dup(val_obj(t->qualname)) : val_dup(val_obj(type_name_obj(t)));
    }
    if (strcmp(n, "__module__") == 0 && !(t->flags & TYPE_HEAP)) {
        return val_dup(val_obj(type_module_name(t)));
    }
    if (strcmp(n, "__bases__") == 0) {
        return val_dup(val_obj(t->bases));
    }
    if (strcmp(n, "__base__") == 0) {
        return t->base_type ? val_dup(val_obj(&t->base_type->base)) : VNONE;
    }
    if (strcmp(n, "__mro__") == 0) {
        return val_dup(val_obj(t->mro));
    }
    if (strcmp(n, "__dict__") == 0) {
        // Read-only, so that no change can bypass the lookup caches.
        return mapping_proxy_new(ts, val_obj(t->dict));
    }
    if (strcmp(n, "__class__") == 0) {
        return val_dup(val_obj(&val_type(val_obj(&t->base))->base));
    }
    return VNULL;
}

Value type_getattr(ThreadState *ts, Value self, Obj *name) {
    Type *t = (Type *)self.as.obj;
    Type *meta = val_type(self);
    Value special = type_special(ts, t, name);
    if (!val_is_null(special) || exc_occurred(ts)) {
        return special;
    }
    Value meta_attr = type_lookup(meta, name);
    if (!val_is_null(meta_attr)) {
        Type *mt = val_type(meta_attr);
        if (mt->descr_get && mt->descr_set) {
            return mt->descr_get(ts, meta_attr, self, meta);
        }
    }
    Value attr = type_lookup(t, name);
    if (!val_is_null(attr)) {
        Type *at = val_type(attr);
        if (at->descr_get) {
            return at->descr_get(ts, attr, VNULL, t);
        }
        return val_dup(attr);
    }
    if (!val_is_null(meta_attr)) {
        Type *mt = val_type(meta_attr);
        if (mt->descr_get) {
            return mt->descr_get(ts, meta_attr, self, meta);
        }
        return val_dup(meta_attr);
    }
    // A metaclass __getattr__ hook.
    if (meta != &TypeType) {
        Value hook = type_lookup_cstr(meta, "__getattr__");
        if (!val_is_null(hook)) {
            Value args[2] = {self, val_obj(name)};
            return obj_call(ts, hook, args, 2, NULL);
        }
    }
    return exc_raise(ts, &ExcAttributeError, "type object '%s' has no attribute '%U'",
                     type_qualname(t), name);
}

int type_setattr(ThreadState *ts, Value self, Obj *name, Value value) {
    Type *t = (Type *)self.as.obj;
    if (!(t->flags & TYPE_HEAP)) {
        exc_raise(ts, &ExcTypeError, "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    Value meta_attr = type_lookup(val_type(self), name);
    if (!val_is_null(meta_attr) && val_type(meta_attr)->descr_set) {
        return val_type(meta_attr)->descr_set(ts, meta_attr, self, value);
    }
    if (str_eq_cstr(name, "__name__") && !val_is_null(value)) {
        if (!val_is_str(value)) {
            exc_raise(ts, &ExcTypeError, "can only assign string to %s.__name__, not '%s'", t->name,
                      val_type_name(value));
            return -1;
        }
        obj_incref(value.as.obj);
        obj_decref(t->name_obj);
        t->name_obj = value.as.obj;
        t->name = str_cstr(value.as.obj);
        return 0;
    }
    if (str_eq_cstr(name, "__qualname__") && !val_is_null(value)) {
        if (!val_is_str(value)) {
            exc_raise(ts, &ExcTypeError, "can only assign string to %s.__qualname__, not '%s'",
                      t->name, val_type_name(value));
            return -1;
        }
        obj_incref(value.as.obj);
        obj_xdecref(t->qualname);
        t->qualname = value.as.obj;
        return 0;
    }
    int r;
    if (val_is_null(value)) {
        r = dict_del(ts, t->dict, val_obj(name));
        if (r == 0) {
            exc_raise(ts, &ExcAttributeError, "type object '%s' has no attribute '%U'", t->name, name);
            r = -1;
        }
        r = r < 0 ? -1 : 0;
    } else {
        r = dict_set_str(ts, t->dict, name, value);
    }
    if (str_eq_cstr(name, "__module__") && r == 0) {
        obj_xdecref(t->module);
        t->module = val_is_str(value) ? value.as.obj : NULL;
        if (t->module) {
            obj_incref(t->module);
        }
    }
    type_modified(t);
    const char *n = str_cstr(name);
    if (n[0] == '_' && n[1] == '_') {
        type_fixup_slots(t);
    }
    return r;
}

// --- methods of type ---------------------------------------------------------------------

// type.mro(): the MRO as a new list (a metaclass may override it).
static Value m_mro(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "type", "mro", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    ObjTuple *mro = (ObjTuple *)((Type *)self.as.obj)->mro;
    Obj *l = list_from_array(ts, mro->items, mro->len);
    return l ? val_obj(l) : VNULL;
}

// type.__subclasses__(): the direct subclasses that are still alive.
static Value m_subclasses(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "type", "__subclasses__", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    Type *t = (Type *)self.as.obj;
    Obj *l = list_new(ts, 0);
    for (int i = 0; l && i < t->nsubclasses; i++) {
        if (list_append(ts, l, val_obj(&t->subclasses[i]->base)) < 0) {
            obj_decref(l);
            return VNULL;
        }
    }
    return l ? val_obj(l) : VNULL;
}

static Value m_instancecheck(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "type", "__instancecheck__", nargs, kw, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    return val_bool(val_isinstance(args[0], (Type *)self.as.obj));
}

static Value m_subclasscheck(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "type", "__subclasscheck__", nargs, kw, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    if (!val_isinstance(args[0], &TypeType)) {
        return exc_raise(ts, &ExcTypeError, "issubclass() arg 1 must be a class");
    }
    return val_bool(type_is_subtype((Type *)args[0].as.obj, (Type *)self.as.obj));
}

// type.__prepare__(name, bases, **kwds): the namespace a class body runs in.
static Value m_prepare(ThreadState *ts, Value cls, Value *args, int64_t nargs, Obj *kw) {
    (void)cls;
    (void)args;
    (void)nargs;
    (void)kw;
    Obj *d = dict_new(ts);
    return d ? val_obj(d) : VNULL;
}

static const MethodDef type_methods[] = {
    {"mro", m_mro, NATIVE_METHOD, "Return a type's method resolution order."},
    {"__dir__", m_type_dir, NATIVE_METHOD, "Specialized __dir__ implementation for types."},
    {"__subclasses__", m_subclasses, NATIVE_METHOD, "Return a list of immediate subclasses."},
    {"__instancecheck__", m_instancecheck, NATIVE_METHOD, "Check if an object is an instance."},
    {"__subclasscheck__", m_subclasscheck, NATIVE_METHOD, "Check if a class is a subclass."},
    {"__prepare__", m_prepare, NATIVE_CLASSMETHOD,
     "Create the namespace for the class statement."},
    {NULL, NULL, 0, NULL},
};

void generic_alias_init(ThreadState *ts);   // generic_alias.c
void mapping_proxy_init(ThreadState *ts);   // mapping_proxy.c

void object_init_type(ThreadState *ts) {
    type_add_methods(ts, &ObjectType, object_methods);
    type_add_methods(ts, &TypeType, type_methods);
    if (getset_add(ts, &ObjectType, "__class__", get_class, set_class) < 0) {
        cs_fatal("out of memory");
    }
    type_modified(&ObjectType);
    generic_alias_init(ts);
    mapping_proxy_init(ts);
}
