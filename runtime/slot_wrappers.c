// Slot wrappers: the dunder methods of built-in types.
//
// A built-in type implements `+` with a C slot (nb[BINOP_ADD]); Python code
// sees it as int.__add__. For every slot a static type defines (rather than
// inherits), type_ready puts a wrapper object under the dunder name in the
// type's dict. Calling the wrapper calls the owner's C slot, so
// `int.__add__(1, 2)`, `super().__init__()` and a class inheriting from
// list all reach the same C code.
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/slots.h"
#include "runtime/state.h"

Type SlotWrapperType;

static Value wrapper_new(ThreadState *ts, Type *owner, const char *name, SlotKind kind, int op) {
    ObjSlotWrapper *w = (ObjSlotWrapper *)obj_alloc(ts, &SlotWrapperType, sizeof(ObjSlotWrapper));
    if (!w) {
        return VNULL;
    }
    w->owner = owner;
    w->name = name;
    w->kind = kind;
    w->op = op;
    return val_obj(&w->base);
}

static bool need_args(ThreadState *ts, ObjSlotWrapper *w, int64_t nargs, int64_t want) {
    if (nargs == want) {
        return true;
    }
    exc_raise(ts, &ExcTypeError, "expected %lld argument%s, got %lld", (long long)want,
              want == 1 ? "" : "s", (long long)nargs);
    (void)w;
    return false;
}

static Value from_int(ThreadState *ts, int r) {
    (void)ts;
    return r < 0 ? VNULL : VNONE;
}

// T.__new__(cls, ...): cls must be a subclass of T whose nearest built-in
// base creates its instances with T's __new__; object.__new__(int) would
// make an int without a value.
static Value new_wrapper_call(ThreadState *ts, Type *t, Value *args, int64_t nargs, Obj *kwnames) {
    if (nargs < 1) {
        return exc_raise(ts, &ExcTypeError, "%s.__new__(): not enough arguments", t->name);
    }
    if (!val_isinstance(args[0], &TypeType)) {
        return exc_raise(ts, &ExcTypeError, "%s.__new__(X): X is not a type object (%s)", t->name,
                         val_type_name(args[0]));
    }
    Type *cls = (Type *)args[0].as.obj;
    if (!type_is_subtype(cls, t)) {
        return exc_raise(ts, &ExcTypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name, cls->name,
                         cls->name, t->name);
    }
    Type *builtin = cls;
    while (builtin->flags & TYPE_HEAP) {
        builtin = builtin->base_type;
    }
    if (builtin->new_ != t->new_) {
        return exc_raise(ts, &ExcTypeError, "%s.__new__(%s) is not safe, use %s.__new__()", t->name, cls->name,
                         builtin->name);
    }
    return t->new_(ts, cls, args + 1, nargs - 1, kwnames);
}

// Calls the C slot behind a wrapper. args[0] is self.
static Value wrapper_call(ThreadState *ts, Value callable, Value *args, int64_t nargs, Obj *kwnames) {
    ObjSlotWrapper *w = (ObjSlotWrapper *)callable.as.obj;
    Type *t = w->owner;
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (w->kind == SLOT_NEW) {
        return new_wrapper_call(ts, t, args, nargs, kwnames);
    }
    if (nargs < 1) {
        return exc_raise(ts, &ExcTypeError, "descriptor '%s' of '%s' object needs an argument",
                         w->name, t->name);
    }
    Value self = args[0];
    if (!val_isinstance(self, t)) {
        return exc_raise(ts, &ExcTypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                         w->name, t->name, val_type_name(self));
    }
    args++;
    nargs--;
    if (nkw && w->kind != SLOT_CALL && w->kind != SLOT_INIT) {
        return exc_raise(ts, &ExcTypeError, "wrapper %s() takes no keyword arguments", w->name);
    }
    switch (w->kind) {
    case SLOT_REPR: return t->repr(ts, self);
    case SLOT_STR: return t->str ? t->str(ts, self) : t->repr(ts, self);
    case SLOT_HASH: {
        int64_t h;
        return t->hash(ts, self, &h) < 0 ? VNULL : val_int(h);
    }
    case SLOT_RICHCMP:
        if (!need_args(ts, w, nargs, 1)) return VNULL;
        return t->richcompare(ts, self, args[0], (CmpOp)w->op);
    case SLOT_CALL: return t->call(ts, self, args, nargs, kwnames);
    case SLOT_GETATTRIBUTE:
        if (!need_args(ts, w, nargs, 1)) return VNULL;
        if (!val_is_str_like(args[0])) {
            return exc_raise(ts, &ExcTypeError, "attribute name must be string, not '%s'",
                             val_type_name(args[0]));
        }
        return t->getattr(ts, self, str_intern(ts, (obj_incref(args[0].as.obj), args[0].as.obj)));
    case SLOT_SETATTR:
    case SLOT_DELATTR: {
        if (!need_args(ts, w, nargs, w->kind == SLOT_SETATTR ? 2 : 1)) return VNULL;
        if (!val_is_str_like(args[0])) {
            return exc_raise(ts, &ExcTypeError, "attribute name must be string, not '%s'",
                             val_type_name(args[0]));
        }
        Obj *name = str_intern(ts, (obj_incref(args[0].as.obj), args[0].as.obj));
        return from_int(ts, t->setattr(ts, self, name, w->kind == SLOT_SETATTR ? args[1] : VNULL));
    }
    case SLOT_ITER: return t->iter(ts, self);
    case SLOT_NEXT: {
        Value r = t->iternext(ts, self);
        if (val_is_null(r) && !exc_occurred(ts)) {
            return exc_raise_value(ts, &ExcStopIteration, VNULL);
        }
        return r;
    }
    case SLOT_LEN: {
        int64_t n = t->len(ts, self);
        return n < 0 ? VNULL : val_int(n);
    }
    case SLOT_GETITEM:
        if (!need_args(ts, w, nargs, 1)) return VNULL;
        return t->getitem(ts, self, args[0]);
    case SLOT_SETITEM:
        if (!need_args(ts, w, nargs, 2)) return VNULL;
        return from_int(ts, t->setitem(ts, self, args[0], args[1]));
    case SLOT_DELITEM:
        if (!need_args(ts, w, nargs, 1)) return VNULL;
        return from_int(ts, t->setitem(ts, self, args[0], VNULL));
    case SLOT_CONTAINS: {
        if (!need_args(ts, w, nargs, 1)) return VNULL;
        int r = t->contains(ts, self, args[0]);
        return r < 0 ? VNULL : val_bool(r);
    }
    case SLOT_BOOL: {
        int r = t->truth(ts, self);
        return r < 0 ? VNULL : val_bool(r);
    }
    case SLOT_BINOP:
        if (!need_args(ts, w, nargs, 1)) return VNULL;
        return t->nb[w->op](ts, self, args[0]);
    case SLOT_RBINOP:
        if (!need_args(ts, w, nargs, 1)) return VNULL;
        return t->nb[w->op](ts, args[0], self);
    case SLOT_IBINOP:
        if (!need_args(ts, w, nargs, 1)) return VNULL;
        return t->nb_inplace[w->op](ts, self, args[0]);
    case SLOT_NEG: return t->neg(ts, self);
    case SLOT_POS: return t->pos(ts, self);
    case SLOT_INVERT: return t->invert(ts, self);
    case SLOT_ABS: return t->abs(ts, self);
    case SLOT_INT: return t->to_int(ts, self);
    case SLOT_FLOAT: return t->to_float(ts, self);
    case SLOT_INDEX: return t->index(ts, self);
    case SLOT_INIT: return from_int(ts, t->init(ts, self, args, nargs, kwnames));
    case SLOT_GET: {
        if (nargs < 1 || nargs > 2) {
            return exc_raise(ts, &ExcTypeError, "expected 1 or 2 arguments, got %lld", (long long)nargs);
        }
        Value obj = val_is_none(args[0]) ? VNULL : args[0];
        Type *owner = nargs == 2 && val_isinstance(args[1], &TypeType) ? (Type *)args[1].as.obj : NULL;
        return t->descr_get(ts, self, obj, owner ? owner : (val_is_null(obj) ? NULL : val_type(obj)));
    }
    case SLOT_SET:
        if (!need_args(ts, w, nargs, 2)) return VNULL;
        return from_int(ts, t->descr_set(ts, self, args[0], args[1]));
    case SLOT_DELETE:
        if (!need_args(ts, w, nargs, 1)) return VNULL;
        return from_int(ts, t->descr_set(ts, self, args[0], VNULL));
    default: break;
    }
    return exc_raise(ts, &ExcSystemError, "bad slot wrapper");
}

// Accessed through an instance, a wrapper binds like a method; through the
// class it is itself. __new__ never binds.
static Value wrapper_descr_get(ThreadState *ts, Value descr, Value obj, Type *owner) {
    (void)owner;
    ObjSlotWrapper *w = (ObjSlotWrapper *)descr.as.obj;
    if (val_is_null(obj) || w->kind == SLOT_NEW) {
        return val_dup(descr);
    }
    Obj *m = method_new(ts, descr, obj);
    return m ? val_obj(m) : VNULL;
}

static Value wrapper_repr(ThreadState *ts, Value v) {
    ObjSlotWrapper *w = (ObjSlotWrapper *)v.as.obj;
    Obj *s = w->kind == SLOT_NEW
                 ? str_format_c(ts, "<built-in method __new__ of type object at %p>", (void *)w->owner)
                 : str_format_c(ts, "<slot wrapper '%s' of '%s' objects>", w->name, w->owner->name);
    return s ? val_obj(s) : VNULL;
}

static Value wrapper_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjSlotWrapper *w = (ObjSlotWrapper *)v.as.obj;
    if (str_eq_cstr(name, "__name__")) {
        return val_obj(str_intern_cstr(w->name));
    }
    if (str_eq_cstr(name, "__objclass__")) {
        return val_dup(val_obj(&w->owner->base));
    }
    return generic_getattr(ts, v, name);
}

static void wrapper_dealloc(Obj *o) { obj_free(o); }

Type SlotWrapperType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "wrapper_descriptor",
    .basic_size = sizeof(ObjSlotWrapper),
    .dealloc = wrapper_dealloc,
    .repr = wrapper_repr,
    .call = wrapper_call,
    .getattr = wrapper_getattr,
    .descr_get = wrapper_descr_get,
};

// --- which wrappers a type gets -------------------------------------------------------------

static void add(ThreadState *ts, Type *type, const char *name, SlotKind kind, int op) {
    Obj *key = str_intern_cstr(name);
    if (!val_is_null(dict_get_str(type->dict, key))) {
        return;   // a method written out in C wins over the generic wrapper
    }
    Value w = wrapper_new(ts, type, name, kind, op);
    if (val_is_null(w)) {
        cs_fatal("out of memory");
    }
    dict_set_str(ts, type->dict, key, w);
    val_decref(w);
}

// True when `type` defines the slot itself rather than inheriting it.
#define OWN(field) (type->field && (!base || type->field != base->field))

static const char *const rich_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
static const char *const bin_names[][3] = {
#define X(name, sym, d, r, i) {d, r, i},
    BINOP_LIST(X)
#undef X
};

void slots_add_wrappers(ThreadState *ts, Type *type) {
    Type *base = type->base_type;
    if (OWN(repr)) add(ts, type, "__repr__", SLOT_REPR, 0);
    if (OWN(str)) add(ts, type, "__str__", SLOT_STR, 0);
    if (type->hash == type_hash_unhashable) {
        dict_set_cstr(ts, type->dict, "__hash__", VNONE);   // list.__hash__ is None
    } else if (OWN(hash)) {
        add(ts, type, "__hash__", SLOT_HASH, 0);
    }
    if (OWN(richcompare)) {
        for (int op = 0; op < 6; op++) {
            add(ts, type, rich_names[op], SLOT_RICHCMP, op);
        }
    }
    if (OWN(call)) add(ts, type, "__call__", SLOT_CALL, 0);
    if (OWN(getattr)) add(ts, type, "__getattribute__", SLOT_GETATTRIBUTE, 0);
    if (OWN(setattr)) {
        add(ts, type, "__setattr__", SLOT_SETATTR, 0);
        add(ts, type, "__delattr__", SLOT_DELATTR, 0);
    }
    if (OWN(iter)) add(ts, type, "__iter__", SLOT_ITER, 0);
    if (OWN(iternext)) add(ts, type, "__next__", SLOT_NEXT, 0);
    if (OWN(len)) add(ts, type, "__len__", SLOT_LEN, 0);
    if (OWN(getitem)) add(ts, type, "__getitem__", SLOT_GETITEM, 0);
    if (OWN(setitem)) {
        add(ts, type, "__setitem__", SLOT_SETITEM, 0);
        add(ts, type, "__delitem__", SLOT_DELITEM, 0);
    }
    if (OWN(contains)) add(ts, type, "__contains__", SLOT_CONTAINS, 0);
    if (OWN(truth)) add(ts, type, "__bool__", SLOT_BOOL, 0);
    for (int op = 0; op < BINOP__COUNT; op++) {
        if (OWN(nb[op])) {
            add(ts, type, bin_names[op][0], SLOT_BINOP, op);
            add(ts, type, bin_names[op][1], SLOT_RBINOP, op);
        }
        if (OWN(nb_inplace[op])) {
            add(ts, type, bin_names[op][2], SLOT_IBINOP, op);
        }
    }
    if (OWN(neg)) add(ts, type, "__neg__", SLOT_NEG, 0);
    if (OWN(pos)) add(ts, type, "__pos__", SLOT_POS, 0);
    if (OWN(invert)) add(ts, type, "__invert__", SLOT_INVERT, 0);
    if (OWN(abs)) add(ts, type, "__abs__", SLOT_ABS, 0);
    if (OWN(to_int)) add(ts, type, "__int__", SLOT_INT, 0);
    if (OWN(to_float)) add(ts, type, "__float__", SLOT_FLOAT, 0);
    if (OWN(index)) add(ts, type, "__index__", SLOT_INDEX, 0);
    if (OWN(init)) add(ts, type, "__init__", SLOT_INIT, 0);
    if (OWN(new_)) add(ts, type, "__new__", SLOT_NEW, 0);
    if (OWN(descr_get)) add(ts, type, "__get__", SLOT_GET, 0);
    if (OWN(descr_set)) {
        add(ts, type, "__set__", SLOT_SET, 0);
        add(ts, type, "__delete__", SLOT_DELETE, 0);
    }
}
