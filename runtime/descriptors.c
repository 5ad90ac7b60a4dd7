// The descriptors that shape classes: property, staticmethod, classmethod,
// the member descriptors of __slots__, the getset descriptors of __class__
// and __dict__, and super(); plus the singletons
// None, NotImplemented and Ellipsis.
//
// A descriptor is an object found on a class whose type has a descr_get
// slot: attribute lookup calls it instead of returning it (object.c,
// generic_getattr). Functions bind to the instance (obj_func.c), a
// staticmethod returns the plain function, a classmethod binds to the
// class, a property calls its getter.
#include "runtime/frame.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"

static Value arg_or_none(Value *args, int64_t nargs, Obj *kwnames, int64_t pos, const char *name) {
    if (pos < nargs) {
        return args[pos];
    }
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (int64_t i = 0; i < nkw; i++) {
        if (str_eq_cstr(tuple_get(kwnames, i).as.obj, name)) {
            return args[nargs + i];
        }
    }
    return VNONE;
}

// --- property ------------------------------------------------------------------------

typedef struct ObjPropertyN {
    ObjProperty p;
    Obj *name;               // from __set_name__, or NULL
} ObjPropertyN;

static Value property_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    Obj *o = obj_alloc(ts, type, type->basic_size);
    if (!o) {
        return VNULL;
    }
    ObjProperty *p = (ObjProperty *)o;
    p->fget = p->fset = p->fdel = p->doc = VNONE;
    return val_obj(o);
}

static int property_init(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (nargs > 4) {
        exc_raise(ts, &ExcTypeError, "property expected at most 4 arguments, got %lld", (long long)nargs);
        return -1;
    }
    ObjProperty *p = (ObjProperty *)self.as.obj;
    val_set(&p->fget, val_dup(arg_or_none(args, nargs, kwnames, 0, "fget")));
    val_set(&p->fset, val_dup(arg_or_none(args, nargs, kwnames, 1, "fset")));
    val_set(&p->fdel, val_dup(arg_or_none(args, nargs, kwnames, 2, "fdel")));
    Value doc = arg_or_none(args, nargs, kwnames, 3, "doc");
    if (val_is_none(doc) && !val_is_none(p->fget)) {
        doc = obj_lookup_attr(ts, p->fget, str_intern_cstr("__doc__"));
        if (val_is_null(doc)) {
            if (exc_occurred(ts)) {
                return -1;
            }
            doc = VNONE;
        }
        val_set(&p->doc, doc);
    } else {
        val_set(&p->doc, val_dup(doc));
    }
    return 0;
}

static void property_dealloc(Obj *o) {
    ObjProperty *p = (ObjProperty *)o;
    val_decref(p->fget);
    val_decref(p->fset);
    val_decref(p->fdel);
    val_decref(p->doc);
    obj_xdecref(((ObjPropertyN *)o)->name);
    obj_free(o);
}

// "property 'x' of 'A' object has no setter", as 3.11 words it: the name
// is known only from __set_name__ (a property made in a class body), the
// class by its qualified name.
static void raise_missing_accessor(ThreadState *ts, ObjProperty *p, Value obj, const char *what) {
    Obj *name = ((ObjPropertyN *)p)->name;
    const char *qualname = type_qualname(val_type(obj));
    if (name) {
        exc_raise(ts, &ExcAttributeError, "property %R of '%s' object has no %s", val_obj(name), qualname,
                  what);
    } else {
        exc_raise(ts, &ExcAttributeError, "property of '%s' object has no %s", qualname, what);
    }
}

static Value property_get(ThreadState *ts, Value descr, Value obj, Type *owner) {
    (void)owner;
    ObjProperty *p = (ObjProperty *)descr.as.obj;
    if (val_is_null(obj)) {
        return val_dup(descr);
    }
    if (val_is_none(p->fget)) {
        raise_missing_accessor(ts, p, obj, "getter");
        return VNULL;
    }
    return obj_call1(ts, p->fget, obj);
}

static int property_set(ThreadState *ts, Value descr, Value obj, Value value) {
    ObjProperty *p = (ObjProperty *)descr.as.obj;
    Value f = val_is_null(value) ? p->fdel : p->fset;
    if (val_is_none(f)) {
        raise_missing_accessor(ts, p, obj, val_is_null(value) ? "deleter" : "setter");
        return -1;
    }
    Value r = val_is_null(value) ? obj_call1(ts, f, obj) : obj_call2(ts, f, obj, value);
    if (val_is_null(r)) {
        return -1;
    }
    val_decref(r);
    return 0;
}

// getter/setter/deleter: a copy of the property with one function replaced.
static Value property_copy(ThreadState *ts, Value self, int which, Value f) {
    ObjProperty *p = (ObjProperty *)self.as.obj;
    Value fns[3] = {p->fget, p->fset, p->fdel};
    fns[which] = f;
    Value args[4] = {fns[0], fns[1], fns[2], VNONE};
    // Keep an explicit doc; let a new getter supply its own.
    if (which != 0) {
        args[3] = p->doc;
    }
    Value r = obj_call(ts, val_obj(&val_type(self)->base), args, 4, NULL);
    if (!val_is_null(r) && ((ObjPropertyN *)p)->name) {
        ((ObjPropertyN *)r.as.obj)->name = ((ObjPropertyN *)p)->name;
        obj_incref(((ObjPropertyN *)p)->name);
    }
    return r;
}

static Value m_getter(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1) return exc_raise(ts, &ExcTypeError, "getter() takes exactly one argument");
    return property_copy(ts, self, 0, args[0]);
}
static Value m_setter(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1) return exc_raise(ts, &ExcTypeError, "setter() takes exactly one argument");
    return property_copy(ts, self, 1, args[0]);
}
static Value m_deleter(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1) return exc_raise(ts, &ExcTypeError, "deleter() takes exactly one argument");
    return property_copy(ts, self, 2, args[0]);
}

static Value m_set_name(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 2) {
        return exc_raise(ts, &ExcTypeError, "__set_name__() takes 2 positional arguments");
    }
    if (val_is_str(args[1])) {
        ObjPropertyN *p = (ObjPropertyN *)self.as.obj;
        obj_xdecref(p->name);
        p->name = args[1].as.obj;
        obj_incref(p->name);
    }
    return VNONE;
}

// property.__isabstractmethod__, a getset so that a subclass can override
// it with a class attribute: a property is abstract when one of its
// functions is (abc.abstractmethod).
static Value is_abstract(ThreadState *ts, Value v) {
    ObjProperty *p = (ObjProperty *)v.as.obj;
    Value fns[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        if (val_is_none(fns[i]) || val_is_null(fns[i])) {
            continue;
        }
        Value flag = obj_lookup_attr(ts, fns[i], str_intern_cstr("__isabstractmethod__"));
        if (val_is_null(flag)) {
            if (exc_occurred(ts)) {
                return VNULL;
            }
            continue;
        }
        int t = obj_truth(ts, flag);
        val_decref(flag);
        if (t != 0) {
            return t < 0 ? VNULL : VTRUE;
        }
    }
    return VFALSE;
}

static Value property_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjProperty *p = (ObjProperty *)v.as.obj;
    if (str_eq_cstr(name, "fget")) return val_dup(p->fget);
    if (str_eq_cstr(name, "fset")) return val_dup(p->fset);
    if (str_eq_cstr(name, "fdel")) return val_dup(p->fdel);
    if (str_eq_cstr(name, "__doc__")) return val_dup(p->doc);
    return generic_getattr(ts, v, name);
}

static const MethodDef property_methods[] = {
    {"getter", m_getter, NATIVE_METHOD, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", m_setter, NATIVE_METHOD, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", m_deleter, NATIVE_METHOD, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", m_set_name, NATIVE_METHOD, "Method to set name of a property."},
    {NULL, NULL, 0, NULL},
};

Type PropertyType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "property",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjPropertyN),
    .doc = "Property attribute.",
    .dealloc = property_dealloc,
    .getattr = property_getattr,
    .descr_get = property_get,
    .descr_set = property_set,
    .new_ = property_new,
    .init = property_init,
};

// --- member descriptors (__slots__) ----------------------------------------------------

// One name of a class's __slots__: the instance keeps the value in a Value
// at `offset`, VNULL while unset. A data descriptor, so it wins over any
// instance __dict__.
typedef struct ObjMember {
    Obj base;
    Obj *name;               // str
    Type *owner;             // the class whose layout holds the slot (borrowed: it owns us)
    size_t offset;
} ObjMember;

static void member_dealloc(Obj *o) {
    obj_decref(((ObjMember *)o)->name);
    obj_free(o);
}

static Value member_repr(ThreadState *ts, Value v) {
    ObjMember *m = (ObjMember *)v.as.obj;
    Obj *s = str_format_c(ts, "<member '%U' of '%s' objects>", m->name, m->owner->name);
    return s ? val_obj(s) : VNULL;
}

// The slot of `obj`, or NULL with TypeError when obj is not an instance of the owner.
static Value *member_slot(ThreadState *ts, ObjMember *m, Value obj) {
    if (obj.tag != VAL_OBJ || !type_is_subtype(val_type(obj), m->owner)) {
        exc_raise(ts, &ExcTypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                  m->name, m->owner->name, val_type_name(obj));
        return NULL;
    }
    return (Value *)obj_field_ptr(obj.as.obj, m->offset);
}

static Value member_get(ThreadState *ts, Value descr, Value obj, Type *owner) {
    (void)owner;
    ObjMember *m = (ObjMember *)descr.as.obj;
    if (val_is_null(obj)) {
        return val_dup(descr);
    }
    Value *slot = member_slot(ts, m, obj);
    if (!slot) {
        return VNULL;
    }
    if (val_is_null(*slot)) {
        return exc_raise(ts, &ExcAttributeError, "'%s' object has no attribute '%U'", val_type_name(obj),
                         m->name);
    }
    return val_dup(*slot);
}

static int member_set(ThreadState *ts, Value descr, Value obj, Value value) {
    ObjMember *m = (ObjMember *)descr.as.obj;
    Value *slot = member_slot(ts, m, obj);
    if (!slot) {
        return -1;
    }
    if (val_is_null(value) && val_is_null(*slot)) {
        // CPython names only the attribute when deleting an unset slot.
        exc_raise_value(ts, &ExcAttributeError, val_obj(m->name));
        return -1;
    }
    Value old = *slot;
    *slot = val_is_null(value) ? VNULL : val_dup(value);
    val_decref(old);
    return 0;
}

static Value member_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjMember *m = (ObjMember *)v.as.obj;
    if (str_eq_cstr(name, "__name__")) {
        return val_dup(val_obj(m->name));
    }
    if (str_eq_cstr(name, "__objclass__")) {
        return val_dup(val_obj(&m->owner->base));
    }
    return generic_getattr(ts, v, name);
}

Type MemberDescrType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "member_descriptor",
    .basic_size = sizeof(ObjMember),
    .dealloc = member_dealloc,
    .repr = member_repr,
    .getattr = member_getattr,
    .descr_get = member_get,
    .descr_set = member_set,
};

bool member_descr_offset(Value d, size_t *offset) {
    if (!val_has_type(d, &MemberDescrType)) {
        return false;
    }
    *offset = ((ObjMember *)d.as.obj)->offset;
    return true;
}

Obj *member_descr_new(ThreadState *ts, Type *owner, Obj *name, size_t offset) {
    ObjMember *m = (ObjMember *)obj_alloc(ts, &MemberDescrType, sizeof(ObjMember));
    if (!m) {
        return NULL;
    }
    m->name = name;
    obj_incref(name);
    m->owner = owner;
    m->offset = offset;
    return &m->base;
}

// --- getset descriptors ------------------------------------------------------------------

// An attribute computed by C functions: __class__ on object, __dict__ and
// __weakref__ on the classes that give their instances a dict. A data
// descriptor; without a setter the attribute is read-only.
typedef struct ObjGetSet {
    Obj base;
    const char *name;
    Type *owner;             // borrowed: the owner's dict holds the descriptor
    GetSetGetter get;
    GetSetSetter set;
} ObjGetSet;

static Value getset_repr(ThreadState *ts, Value v) {
    ObjGetSet *g = (ObjGetSet *)v.as.obj;
    Obj *s = str_format_c(ts, "<attribute '%s' of '%s' objects>", g->name, g->owner->name);
    return s ? val_obj(s) : VNULL;
}

static Value getset_get(ThreadState *ts, Value descr, Value obj, Type *owner) {
    (void)owner;
    ObjGetSet *g = (ObjGetSet *)descr.as.obj;
    if (val_is_null(obj)) {
        return val_dup(descr);
    }
    return g->get(ts, obj);
}

static int getset_set(ThreadState *ts, Value descr, Value obj, Value value) {
    ObjGetSet *g = (ObjGetSet *)descr.as.obj;
    if (!g->set) {
        exc_raise(ts, &ExcAttributeError, "attribute '%s' of '%s' objects is not writable", g->name,
                  g->owner->name);
        return -1;
    }
    return g->set(ts, obj, value);
}

static Value getset_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjGetSet *g = (ObjGetSet *)v.as.obj;
    if (str_eq_cstr(name, "__name__")) {
        return val_obj(str_from_cstr(ts, g->name));
    }
    if (str_eq_cstr(name, "__objclass__")) {
        return val_dup(val_obj(&g->owner->base));
    }
    return generic_getattr(ts, v, name);
}

Type GetSetDescrType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "getset_descriptor",
    .basic_size = sizeof(ObjGetSet),
    .repr = getset_repr,
    .getattr = getset_getattr,
    .descr_get = getset_get,
    .descr_set = getset_set,
};

int getset_add(ThreadState *ts, Type *owner, const char *name, GetSetGetter get, GetSetSetter set) {
    ObjGetSet *g = (ObjGetSet *)obj_alloc(ts, &GetSetDescrType, sizeof(ObjGetSet));
    if (!g) {
        return -1;
    }
    g->name = name;
    g->owner = owner;
    g->get = get;
    g->set = set;
    int r = dict_set_cstr(ts, owner->dict, name, val_obj(&g->base));
    obj_decref(&g->base);
    return r;
}

// --- staticmethod and classmethod ---------------------------------------------------------

static Value wrapper_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    Obj *o = obj_alloc(ts, type, type->basic_size);
    if (!o) {
        return VNULL;
    }
    ((ObjWrapper *)o)->func = VNONE;
    return val_obj(o);
}

static int wrapper_init(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (nargs != 1 || (kwnames && tuple_len(kwnames))) {
        exc_raise(ts, &ExcTypeError, "%s expected 1 argument, got %lld", val_type_name(self),
                  (long long)nargs);
        return -1;
    }
    val_set(&((ObjWrapper *)self.as.obj)->func, val_dup(args[0]));
    return 0;
}

static void wrapper_dealloc(Obj *o) {
    val_decref(((ObjWrapper *)o)->func);
    obj_xdecref(((ObjWrapper *)o)->dict);
    obj_free(o);
}

static Value staticmethod_get(ThreadState *ts, Value descr, Value obj, Type *owner) {
    (void)ts;
    (void)obj;
    (void)owner;
    return val_dup(((ObjWrapper *)descr.as.obj)->func);
}

static Value classmethod_get(ThreadState *ts, Value descr, Value obj, Type *owner) {
    Value func = ((ObjWrapper *)descr.as.obj)->func;
    Value cls = owner ? val_obj(&owner->base) : val_obj(&val_type(obj)->base);
    Obj *m = method_new(ts, func, cls);
    return m ? val_obj(m) : VNULL;
}

static Value wrapper_repr(ThreadState *ts, Value v) {
    Obj *s = str_format_c(ts, "<%s(%R)>", val_type_name(v), ((ObjWrapper *)v.as.obj)->func);
    return s ? val_obj(s) : VNULL;
}

// A staticmethod is itself callable (3.10+).
static Value staticmethod_call(ThreadState *ts, Value callable, Value *args, int64_t nargs, Obj *kwnames) {
    return obj_call(ts, ((ObjWrapper *)callable.as.obj)->func, args, nargs, kwnames);
}

static Value wrapper_getattr(ThreadState *ts, Value v, Obj *name) {
    Value func = ((ObjWrapper *)v.as.obj)->func;
    if (str_eq_cstr(name, "__func__") || str_eq_cstr(name, "__wrapped__")) {
        return val_dup(func);
    }
    if (str_eq_cstr(name, "__name__") || str_eq_cstr(name, "__qualname__") ||
        str_eq_cstr(name, "__doc__") || str_eq_cstr(name, "__isabstractmethod__")) {
        Value r = obj_lookup_attr(ts, func, name);
        if (!val_is_null(r) || exc_occurred(ts)) {
            return r;
        }
        if (str_eq_cstr(name, "__isabstractmethod__")) {
            return VFALSE;
        }
    }
    return generic_getattr(ts, v, name);
}

Type StaticMethodType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "staticmethod",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjWrapper),
    .dict_offset = offsetof(ObjWrapper, dict),
    .doc = "staticmethod(function) -> method",
    .dealloc = wrapper_dealloc,
    .repr = wrapper_repr,
    .call = staticmethod_call,
    .getattr = wrapper_getattr,
    .descr_get = staticmethod_get,
    .new_ = wrapper_new,
    .init = wrapper_init,
};

Type ClassMethodType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "classmethod",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjWrapper),
    .dict_offset = offsetof(ObjWrapper, dict),
    .doc = "classmethod(function) -> method",
    .dealloc = wrapper_dealloc,
    .repr = wrapper_repr,
    .getattr = wrapper_getattr,
    .descr_get = classmethod_get,
    .new_ = wrapper_new,
    .init = wrapper_init,
};

// --- super ----------------------------------------------------------------------------------

static Value super_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    Obj *o = obj_alloc(ts, type, type->basic_size);
    return o ? val_obj(o) : VNULL;
}

// super() with no arguments: the class comes from the __class__ cell of
// the calling method and the instance from its first argument.
static bool super_from_frame(ThreadState *ts, Value *type_out, Value *obj_out) {
    Frame *f = ts->frame;
    if (!f) {
        exc_raise(ts, &ExcRuntimeError, "super(): no current frame");
        return false;
    }
    ObjCode *code = f->code;
    if (code->argcount == 0 && !(code->flags & CO_VARARGS)) {
        exc_raise(ts, &ExcRuntimeError, "super(): no arguments");
        return false;
    }
    Value first = f->localsplus[0];
    // The first argument may have been moved into a cell.
    for (int i = 0; i < code->ncells; i++) {
        if (code->cell2arg && code->cell2arg[i] == 0) {
            first = ((ObjCell *)f->localsplus[code->nlocals + i].as.obj)->value;
        }
    }
    if (val_is_null(first)) {
        exc_raise(ts, &ExcRuntimeError, "super(): arg[0] deleted");
        return false;
    }
    int base = code->nlocals + code->ncells;
    for (int i = 0; i < code->nfree; i++) {
        if (str_eq_cstr(code->localnames[base + i], "__class__")) {
            Value cell = f->localsplus[base + i];
            Value cls = ((ObjCell *)cell.as.obj)->value;
            if (val_is_null(cls)) {
                exc_raise(ts, &ExcRuntimeError, "super(): empty __class__ cell");
                return false;
            }
            if (!val_isinstance(cls, &TypeType)) {
                exc_raise(ts, &ExcRuntimeError, "super(): __class__ is not a type (%s)", val_type_name(cls));
                return false;
            }
            *type_out = cls;
            *obj_out = first;
            return true;
        }
    }
    exc_raise(ts, &ExcRuntimeError, "super(): __class__ cell not found");
    return false;
}

static int super_init(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (kwnames && tuple_len(kwnames)) {
        exc_raise(ts, &ExcTypeError, "super() takes no keyword arguments");
        return -1;
    }
    Value type, obj = VNULL;
    if (nargs == 0) {
        if (!super_from_frame(ts, &type, &obj)) {
            return -1;
        }
    } else {
        type = args[0];
        if (nargs > 1) {
            obj = args[1];
        }
        if (nargs > 2) {
            exc_raise(ts, &ExcTypeError, "super() takes at most 2 arguments (%lld given)", (long long)nargs);
            return -1;
        }
    }
    if (!val_isinstance(type, &TypeType)) {
        exc_raise(ts, &ExcTypeError, "super() argument 1 must be a type, not %s", val_type_name(type));
        return -1;
    }
    ObjSuper *s = (ObjSuper *)self.as.obj;
    Type *t = (Type *)type.as.obj;
    Type *obj_type = NULL;
    if (!val_is_null(obj) && !val_is_none(obj)) {
        if (val_isinstance(obj, &TypeType) && type_is_subtype((Type *)obj.as.obj, t)) {
            obj_type = (Type *)obj.as.obj;
        } else if (val_isinstance(obj, t)) {
            obj_type = val_type(obj);
        } else {
            exc_raise(ts, &ExcTypeError, "super(type, obj): obj must be an instance or subtype of type");
            return -1;
        }
    }
    s->type = t;
    obj_incref(&t->base);
    s->obj = val_dup(val_is_none(obj) ? VNULL : obj);
    s->obj_type = obj_type;
    if (obj_type) {
        obj_incref(&obj_type->base);
    }
    return 0;
}

static void super_dealloc(Obj *o) {
    ObjSuper *s = (ObjSuper *)o;
    if (s->type) obj_decref(&s->type->base);
    if (s->obj_type) obj_decref(&s->obj_type->base);
    val_decref(s->obj);
    obj_free(o);
}

// Looks name up in the MRO of obj's type, starting after s->type.
static Value super_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjSuper *s = (ObjSuper *)v.as.obj;
    if (s->obj_type && !str_eq_cstr(name, "__class__")) {
        ObjTuple *mro = (ObjTuple *)s->obj_type->mro;
        int64_t i = 0;
        while (i < mro->len && mro->items[i].as.obj != &s->type->base) {
            i++;
        }
        for (i++; i < mro->len; i++) {
            Type *t = (Type *)mro->items[i].as.obj;
            Value r = dict_get_str(t->dict, name);
            if (val_is_null(r)) {
                continue;
            }
            Type *rt = val_type(r);
            if (rt->descr_get) {
                // Accessed through a class (super(cls, cls)), bind nothing.
                bool via_class = val_is(s->obj, val_obj(&s->obj_type->base));
                return rt->descr_get(ts, r, via_class ? VNULL : s->obj, s->obj_type);
            }
            return val_dup(r);
        }
    }
    return generic_getattr(ts, v, name);
}

// super.__thisclass__, __self__ and __self_class__ (None when unbound).
static Value get_thisclass(ThreadState *ts, Value v) {
    (void)ts;
    ObjSuper *s = (ObjSuper *)v.as.obj;
    return s->type ? val_dup(val_obj(&s->type->base)) : VNONE;
}
static Value get_self(ThreadState *ts, Value v) {
    (void)ts;
    ObjSuper *s = (ObjSuper *)v.as.obj;
    return s->obj_type ? val_dup(s->obj) : VNONE;
}
static Value get_self_class(ThreadState *ts, Value v) {
    (void)ts;
    ObjSuper *s = (ObjSuper *)v.as.obj;
    return s->obj_type ? val_dup(val_obj(&s->obj_type->base)) : VNONE;
}

static Value super_repr(ThreadState *ts, Value v) {
    ObjSuper *s = (ObjSuper *)v.as.obj;
    Obj *r;
    if (s->obj_type) {
        r = str_format_c(ts, "<super: <class '%s'>, <%s object>>", s->type->name, s->obj_type->name);
    } else {
        r = str_format_c(ts, "<super: <class '%s'>, NULL>", s->type ? s->type->name : "NULL");
    }
    return r ? val_obj(r) : VNULL;
}

Type SuperType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "super",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjSuper),
    .doc = "super() -> same as super(__class__, <first argument>)",
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattr = super_getattr,
    .new_ = super_new,
    .init = super_init,
};

// --- None, NotImplemented, Ellipsis ----------------------------------------------------------

static Value none_repr(ThreadState *ts, Value v) {
    (void)ts;
    (void)v;
    return val_obj(str_intern_cstr("None"));
}

static Value none_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)type;
    (void)args;
    if (nargs || (kwnames && tuple_len(kwnames))) {
        return exc_raise(ts, &ExcTypeError, "NoneType takes no arguments");
    }
    return VNONE;
}

static int none_truth(ThreadState *ts, Value v) {
    (void)ts;
    (void)v;
    return 0;
}

Type NoneType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "NoneType",
    .repr = none_repr,
    .getattr = generic_getattr,
    .truth = none_truth,
    .new_ = none_new,
};

static Value notimpl_repr(ThreadState *ts, Value v) {
    (void)ts;
    (void)v;
    return val_obj(str_intern_cstr("NotImplemented"));
}

static Value singleton_new_notimpl(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)type;
    (void)args;
    if (nargs || (kwnames && tuple_len(kwnames))) {
        return exc_raise(ts, &ExcTypeError, "NotImplementedType takes no arguments");
    }
    return VNOTIMPL;
}

Type NotImplementedType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "NotImplementedType",
    .repr = notimpl_repr,
    .getattr = generic_getattr,
    .new_ = singleton_new_notimpl,
};

Obj NotImplementedObj = STATIC_OBJ_HEADER(&NotImplementedType);

static Value ellipsis_repr(ThreadState *ts, Value v) {
    (void)ts;
    (void)v;
    return val_obj(str_intern_cstr("Ellipsis"));
}

static Value singleton_new_ellipsis(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)type;
    (void)args;
    if (nargs || (kwnames && tuple_len(kwnames))) {
        return exc_raise(ts, &ExcTypeError, "ellipsis takes no arguments");
    }
    return val_obj(&EllipsisObj);
}

Type EllipsisType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "ellipsis",
    .repr = ellipsis_repr,
    .getattr = generic_getattr,
    .new_ = singleton_new_ellipsis,
};

Obj EllipsisObj = STATIC_OBJ_HEADER(&EllipsisType);

void descriptors_init_types(ThreadState *ts) {
    type_add_methods(ts, &PropertyType, property_methods);
    if (getset_add(ts, &PropertyType, "__isabstractmethod__", is_abstract, NULL) < 0 ||
        getset_add(ts, &SuperType, "__thisclass__", get_thisclass, NULL) < 0 ||
        getset_add(ts, &SuperType, "__self__", get_self, NULL) < 0 ||
        getset_add(ts, &SuperType, "__self_class__", get_self_class, NULL) < 0) {
        cs_fatal("out of memory");
    }
    type_ready(ts, &MemberDescrType);
    type_ready(ts, &GetSetDescrType);
}
