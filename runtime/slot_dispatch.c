// C slots for classes written in the language: each one calls the dunder
// method found along the class's MRO.
//
// type_fixup_slots decides, slot by slot, what a class needs. If the dunder
// it finds is a slot wrapper of a built-in type (the class inherited it, say
// list.__len__ or object.__repr__), the class uses that type's C slot
// directly, at full speed. Only a dunder written in the language (or any
// other callable) gets the generic slot that looks it up and calls it.
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/slots.h"
#include "runtime/state.h"
#include "runtime/traceback.h"

// The interned name of a dunder, looked up once.
#define DUNDER(var, text)                    \
    static Obj *var;                         \
    if (!var) {                              \
        var = str_intern_cstr(text);         \
    }

// Calls type(self).<name>(self, *args). VNULL with AttributeError-free
// TypeError when the class lacks it (the slot would not be set then).
static Value call_dunder(ThreadState *ts, Value self, Obj *name, Value *args, int nargs) {
    Value f = type_lookup(val_type(self), name);
    if (val_is_null(f)) {
        // CPython's special-method lookup names only the method.
        return exc_raise_value(ts, &ExcAttributeError, val_obj(name));
    }
    return obj_call_unbound(ts, f, self, args, nargs);
}

static Value slot_repr(ThreadState *ts, Value self) {
    DUNDER(name, "__repr__");
    return call_dunder(ts, self, name, NULL, 0);
}

static Value slot_str(ThreadState *ts, Value self) {
    DUNDER(name, "__str__");
    return call_dunder(ts, self, name, NULL, 0);
}

static int slot_hash(ThreadState *ts, Value self, int64_t *out) {
    DUNDER(name, "__hash__");
    Value f = type_lookup(val_type(self), name);
    if (val_is_none(f)) {
        exc_raise(ts, &ExcTypeError, "unhashable type: '%s'", val_type_name(self));
        return -1;
    }
    Value r = call_dunder(ts, self, name, NULL, 0);
    if (val_is_null(r)) {
        return -1;
    }
    if (!val_is_int_subclass(r)) {
        exc_raise(ts, &ExcTypeError, "__hash__ method should return an integer");
        val_decref(r);
        return -1;
    }
    // A big hash is reduced the way hash() of that int would be.
    *out = int_hash(r);
    if (r.tag == VAL_INT && r.as.i != -1) {
        *out = r.as.i;
    }
    val_decref(r);
    return 0;
}

static int unhashable(ThreadState *ts, Value self, int64_t *out) {
    (void)out;
    exc_raise(ts, &ExcTypeError, "unhashable type: '%s'", val_type_name(self));
    return -1;
}

static const char *const rich_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static Value slot_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    Value f = type_lookup(val_type(a), str_intern_cstr(rich_names[op]));
    if (val_is_null(f) || val_is_none(f)) {
        return VNOTIMPL;
    }
    if (val_has_type(f, &SlotWrapperType)) {
        Type *owner = ((ObjSlotWrapper *)f.as.obj)->owner;
        return owner->richcompare(ts, a, b, op);
    }
    return obj_call_unbound(ts, f, a, &b, 1);
}

static Value slot_call(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    DUNDER(name, "__call__");
    Value f = type_lookup(val_type(self), name);
    if (val_is_null(f)) {
        return exc_raise(ts, &ExcTypeError, "'%s' object is not callable", val_type_name(self));
    }
    Value bound = val_type(f)->descr_get ? val_type(f)->descr_get(ts, f, self, val_type(self)) : val_dup(f);
    if (val_is_null(bound)) {
        return VNULL;
    }
    Value r = obj_call(ts, bound, args, nargs, kwnames);
    val_decref(bound);
    return r;
}

// __getattribute__ written in the language, and/or a __getattr__ fallback.
static Value slot_getattr(ThreadState *ts, Value self, Obj *name) {
    DUNDER(getattribute, "__getattribute__");
    DUNDER(getattr, "__getattr__");
    Type *t = val_type(self);
    Value ga = type_lookup(t, getattribute);
    Value r;
    if (val_has_type(ga, &SlotWrapperType)) {
        r = ((ObjSlotWrapper *)ga.as.obj)->owner->getattr(ts, self, name);
    } else {
        Value arg = val_obj(name);
        r = obj_call_unbound(ts, ga, self, &arg, 1);
    }
    if (!val_is_null(r) || !exc_matches(ts, &ExcAttributeError)) {
        return r;
    }
    Value hook = type_lookup(t, getattr);
    if (val_is_null(hook)) {
        return VNULL;
    }
    exc_clear(ts);
    Value arg = val_obj(name);
    return obj_call_unbound(ts, hook, self, &arg, 1);
}

static int slot_setattr(ThreadState *ts, Value self, Obj *name, Value value) {
    DUNDER(setattr, "__setattr__");
    DUNDER(delattr, "__delattr__");
    Value r;
    if (val_is_null(value)) {
        Value arg = val_obj(name);
        r = call_dunder(ts, self, delattr, &arg, 1);
    } else {
        Value args[2] = {val_obj(name), value};
        r = call_dunder(ts, self, setattr, args, 2);
    }
    if (val_is_null(r)) {
        return -1;
    }
    val_decref(r);
    return 0;
}

static Value slot_iter(ThreadState *ts, Value self) {
    DUNDER(name, "__iter__");
    Value f = type_lookup(val_type(self), name);
    if (val_is_none(f)) {
        return exc_raise(ts, &ExcTypeError, "'%s' object is not iterable", val_type_name(self));
    }
    return call_dunder(ts, self, name, NULL, 0);
}

static Value slot_iternext(ThreadState *ts, Value self) {
    DUNDER(name, "__next__");
    Value r = call_dunder(ts, self, name, NULL, 0);
    if (val_is_null(r) && exc_matches(ts, &ExcStopIteration)) {
        exc_clear(ts);
    }
    return r;
}

static int64_t slot_len(ThreadState *ts, Value self) {
    DUNDER(name, "__len__");
    Value r = call_dunder(ts, self, name, NULL, 0);
    if (val_is_null(r)) {
        return -1;
    }
    if (!val_is_int_subclass(r)) {
        exc_raise(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer",
                  val_type_name(r));
        val_decref(r);
        return -1;
    }
    int64_t n;
    bool fits = int_to_i64(r, &n);
    val_decref(r);
    if (!fits) {
        exc_raise(ts, &ExcOverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (n < 0) {
        exc_raise(ts, &ExcValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static Value slot_getitem(ThreadState *ts, Value self, Value key) {
    DUNDER(name, "__getitem__");
    return call_dunder(ts, self, name, &key, 1);
}

static int slot_setitem(ThreadState *ts, Value self, Value key, Value value) {
    DUNDER(setitem, "__setitem__");
    DUNDER(delitem, "__delitem__");
    Value r;
    if (val_is_null(value)) {
        if (val_is_null(type_lookup(val_type(self), delitem))) {
            exc_raise(ts, &ExcAttributeError, "__delitem__");
            return -1;
        }
        r = call_dunder(ts, self, delitem, &key, 1);
    } else {
        if (val_is_null(type_lookup(val_type(self), setitem))) {
            exc_raise(ts, &ExcTypeError, "'%s' object does not support item assignment",
                      val_type_name(self));
            return -1;
        }
        Value args[2] = {key, value};
        r = call_dunder(ts, self, setitem, args, 2);
    }
    if (val_is_null(r)) {
        return -1;
    }
    val_decref(r);
    return 0;
}

static int slot_contains(ThreadState *ts, Value self, Value item) {
    DUNDER(name, "__contains__");
    Value r = call_dunder(ts, self, name, &item, 1);
    if (val_is_null(r)) {
        return -1;
    }
    int t = obj_truth(ts, r);
    val_decref(r);
    return t;
}

static int slot_truth(ThreadState *ts, Value self) {
    DUNDER(name, "__bool__");
    Value r = call_dunder(ts, self, name, NULL, 0);
    if (val_is_null(r)) {
        return -1;
    }
    if (r.tag != VAL_BOOL) {
        exc_raise(ts, &ExcTypeError, "__bool__ should return bool, returned %s", val_type_name(r));
        val_decref(r);
        return -1;
    }
    return (int)r.as.i;
}

static Value slot_descr_get(ThreadState *ts, Value descr, Value obj, Type *owner) {
    DUNDER(name, "__get__");
    Value args[2] = {val_is_null(obj) ? VNONE : obj, owner ? val_obj(&owner->base) : VNONE};
    return call_dunder(ts, descr, name, args, 2);
}

static int slot_descr_set(ThreadState *ts, Value descr, Value obj, Value value) {
    DUNDER(set, "__set__");
    DUNDER(del, "__delete__");
    Value r;
    if (val_is_null(value)) {
        r = call_dunder(ts, descr, del, &obj, 1);
    } else {
        Value args[2] = {obj, value};
        r = call_dunder(ts, descr, set, args, 2);
    }
    if (val_is_null(r)) {
        return -1;
    }
    val_decref(r);
    return 0;
}

#define UNARY_SLOT(fn, text)                           \
    static Value fn(ThreadState *ts, Value self) {     \
        DUNDER(name, text);                            \
        return call_dunder(ts, self, name, NULL, 0);   \
    }
UNARY_SLOT(slot_neg, "__neg__")
UNARY_SLOT(slot_pos, "__pos__")
UNARY_SLOT(slot_invert, "__invert__")
UNARY_SLOT(slot_abs, "__abs__")
UNARY_SLOT(slot_int, "__int__")
UNARY_SLOT(slot_float, "__float__")
UNARY_SLOT(slot_index, "__index__")

static int slot_init(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    DUNDER(name, "__init__");
    Value f = type_lookup(val_type(self), name);
    Value r;
    if (val_has_type(f, &FunctionType)) {
        // Call the function with self prepended, without a bound method.
        int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
        Value small[8];
        Value *argv = nargs + nkw + 1 <= 8 ? small : cs_malloc_or_raise(ts, sizeof(Value) * (size_t)(nargs + nkw + 1));
        if (!argv) {
            return -1;
        }
        argv[0] = self;
        if (nargs + nkw > 0) {
            memcpy(argv + 1, args, sizeof(Value) * (size_t)(nargs + nkw));
        }
        r = obj_call(ts, f, argv, nargs + 1, kwnames);
        if (argv != small) {
            cs_free(argv);
        }
    } else {
        Value bound = val_type(f)->descr_get ? val_type(f)->descr_get(ts, f, self, val_type(self)) : val_dup(f);
        if (val_is_null(bound)) {
            return -1;
        }
        r = obj_call(ts, bound, args, nargs, kwnames);
        val_decref(bound);
    }
    if (val_is_null(r)) {
        return -1;
    }
    if (!val_is_none(r)) {
        exc_raise(ts, &ExcTypeError, "__init__() should return None, not '%s'", val_type_name(r));
        val_decref(r);
        return -1;
    }
    return 0;
}

static Value slot_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    DUNDER(name, "__new__");
    Value f = type_lookup(type, name);
    // __new__ is stored as a staticmethod: unwrap it and pass the class first.
    Value fn = val_type(f)->descr_get ? val_type(f)->descr_get(ts, f, VNULL, type) : val_dup(f);
    if (val_is_null(fn)) {
        return VNULL;
    }
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    Value *argv = cs_malloc_or_raise(ts, sizeof(Value) * (size_t)(nargs + nkw + 1));
    if (!argv) {
        val_decref(fn);
        return VNULL;
    }
    argv[0] = val_obj(&type->base);
    if (nargs + nkw > 0) {
        memcpy(argv + 1, args, sizeof(Value) * (size_t)(nargs + nkw));
    }
    Value r = obj_call(ts, fn, argv, nargs + 1, kwnames);
    cs_free(argv);
    val_decref(fn);
    return r;
}

// --- choosing the slots ----------------------------------------------------------------

// The dunder's value along the MRO, and whether it is a built-in type's own
// wrapper for this very dunder (then *owner is the type whose C slot to
// use). A wrapper stored under another name (`__str__ = int.__repr__`)
// goes through the generic dispatcher, which calls it.
static Value find(Type *t, const char *dunder, Type **owner) {
    Value f = type_lookup(t, str_intern_cstr(dunder));
    *owner = NULL;
    if (val_has_type(f, &SlotWrapperType) && strcmp(((ObjSlotWrapper *)f.as.obj)->name, dunder) == 0) {
        *owner = ((ObjSlotWrapper *)f.as.obj)->owner;
    }
    return f;
}

// Sets one slot: the built-in owner's C function when the dunder is an
// inherited wrapper, the generic dispatcher when it is anything else, and
// NULL when the class has no such dunder.
#define CHOOSE(field, dunder, generic)                      \
    do {                                                    \
        Type *owner;                                        \
        Value f = find(t, dunder, &owner);                  \
        if (val_is_null(f)) {                               \
            t->field = NULL;                                \
        } else if (owner) {                                 \
            t->field = owner->field;                        \
        } else {                                            \
            t->field = generic;                             \
        }                                                   \
    } while (0)

void type_fixup_slots(Type *t) {
    if (!(t->flags & TYPE_HEAP)) {
        return;
    }
    Type *owner;
    CHOOSE(repr, "__repr__", slot_repr);
    CHOOSE(str, "__str__", slot_str);
    Value h = find(t, "__hash__", &owner);
    t->hash = val_is_none(h) ? unhashable : owner ? owner->hash : val_is_null(h) ? NULL : slot_hash;

    bool python_cmp = false;
    Type *cmp_owner = NULL;
    for (int op = 0; op < 6; op++) {
        Value f = find(t, rich_names[op], &owner);
        if (!val_is_null(f) && !owner) {
            python_cmp = true;
        } else if (owner && !cmp_owner) {
            cmp_owner = owner;
        }
    }
    t->richcompare = python_cmp ? slot_richcompare : cmp_owner ? cmp_owner->richcompare : NULL;

    CHOOSE(call, "__call__", slot_call);
    Value ga = find(t, "__getattribute__", &owner);
    Type *ga_owner = owner;
    Value hook = find(t, "__getattr__", &owner);
    if (!val_is_null(hook) || (!val_is_null(ga) && !ga_owner)) {
        t->getattr = slot_getattr;
    } else {
        t->getattr = ga_owner ? ga_owner->getattr : generic_getattr;
    }
    Value sa = find(t, "__setattr__", &owner);
    Type *sa_owner = owner;
    Value da = find(t, "__delattr__", &owner);
    if ((!val_is_null(sa) && !sa_owner) || (!val_is_null(da) && !owner)) {
        t->setattr = slot_setattr;
    } else {
        t->setattr = sa_owner ? sa_owner->setattr : generic_setattr;
    }
    CHOOSE(iter, "__iter__", slot_iter);
    CHOOSE(iternext, "__next__", slot_iternext);
    CHOOSE(len, "__len__", slot_len);
    CHOOSE(getitem, "__getitem__", slot_getitem);
    Value si = find(t, "__setitem__", &owner);
    Type *si_owner = owner;
    Value di = find(t, "__delitem__", &owner);
    if ((!val_is_null(si) && !si_owner) || (!val_is_null(di) && !owner)) {
        t->setitem = slot_setitem;
    } else {
        t->setitem = si_owner ? si_owner->setitem : owner ? owner->setitem : NULL;
    }
    CHOOSE(contains, "__contains__", slot_contains);
    CHOOSE(truth, "__bool__", slot_truth);
    CHOOSE(descr_get, "__get__", slot_descr_get);
    Value ds = find(t, "__set__", &owner);
    Type *ds_owner = owner;
    Value dd = find(t, "__delete__", &owner);
    if ((!val_is_null(ds) && !ds_owner) || (!val_is_null(dd) && !owner)) {
        t->descr_set = slot_descr_set;
    } else {
        t->descr_set = ds_owner ? ds_owner->descr_set : NULL;
    }
    CHOOSE(neg, "__neg__", slot_neg);
    CHOOSE(pos, "__pos__", slot_pos);
    CHOOSE(invert, "__invert__", slot_invert);
    CHOOSE(abs, "__abs__", slot_abs);
    CHOOSE(to_int, "__int__", slot_int);
    CHOOSE(to_float, "__float__", slot_float);
    CHOOSE(index, "__index__", slot_index);
    CHOOSE(init, "__init__", slot_init);
    CHOOSE(new_, "__new__", slot_new);
}

// --- destroying instances ------------------------------------------------------------------

// Runs __del__ with the object briefly alive again; errors are reported
// as CPython does ("Exception ignored in: ...") and otherwise ignored.
static bool run_finalizer(Obj *o) {
    DUNDER(name, "__del__");
    Value f = type_lookup(o->type, name);
    if (val_is_null(f)) {
        return true;
    }
    ThreadState *ts = cs_ts;
    if (!ts) {
        return true;
    }
    o->refcnt = 1;
    Value saved = exc_fetch(ts);
    Value r = obj_call_unbound(ts, f, val_obj(o), NULL, 0);
    if (val_is_null(r)) {
        traceback_print_unraisable(ts, "Exception ignored in", f);
    }
    val_decref(r);
    exc_restore(ts, saved);
    if (--o->refcnt > 0) {
        return false;   // __del__ stored the object somewhere: it lives on
    }
    return true;
}

void heap_type_dealloc_instance(Obj *o) {
    if (!run_finalizer(o)) {
        // Resurrected: the type keeps the reference obj_dealloc would drop.
        obj_incref(&o->type->base);
        return;
    }
    Type *base = o->type;
    while (base->flags & TYPE_HEAP) {
        // The values of this class's __slots__ (member descriptors).
        Value *slots = base->n_slots ? (Value *)obj_field_ptr(o, base->slots_offset) : NULL;
        for (int i = 0; i < base->n_slots; i++) {
            Value v = slots[i];
            slots[i] = VNULL;
            val_decref(v);
        }
        base = base->base_type;
    }
    if (!base->dict_offset && o->type->dict_offset) {
        Obj **dictp = obj_dict_ptr(o);
        obj_xdecref(*dictp);
        *dictp = NULL;
    }
    base->dealloc(o);
}
