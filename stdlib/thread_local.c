// threading.local (_thread._local): an object whose attributes are
// different in every thread.
//
// The object keeps one attribute dict per thread, keyed by the thread's
// serial number (unique for the life of the process, unlike thread
// idents, which the OS reuses). Every attribute access swaps the calling
// thread's dict into the object's __dict__ slot and then does the normal
// lookup; that is safe because it all happens under the GIL. A subclass's
// __init__ runs again, with the original arguments, the first time each
// thread touches the object, as in CPython.
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"

typedef struct ObjLocal {
    Obj base;
    Obj *dict;               // the current thread's dict (swapped in on access)
    Obj *dicts;              // dict: thread serial -> that thread's dict
    Obj *args;               // tuple given to the constructor
    Obj *kwargs;             // dict or NULL
} ObjLocal;

extern Type ThreadLocalType;

static Value local_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    if ((nargs || (kwnames && tuple_len(kwnames))) && type->init == ThreadLocalType.init) {
        return exc_raise(ts, &ExcTypeError, "Initialization arguments are not supported");
    }
    ObjLocal *l = (ObjLocal *)obj_alloc(ts, type, type->basic_size);
    if (!l) {
        return VNULL;
    }
    l->dicts = dict_new(ts);
    l->args = tuple_from_array(ts, args, nargs);
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (nkw) {
        l->kwargs = dict_new(ts);
        for (int64_t i = 0; i < nkw; i++) {
            dict_set(ts, l->kwargs, tuple_get(kwnames, i), args[nargs + i]);
        }
    }
    // The creating thread's dict; its __init__ is run by type_call.
    Obj *d = dict_new(ts);
    dict_set(ts, l->dicts, val_int(ts->serial), val_obj(d));
    l->dict = d;
    return val_obj(&l->base);
}

static int local_init(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)ts;
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return 0;
}

static void local_dealloc(Obj *o) {
    ObjLocal *l = (ObjLocal *)o;
    obj_xdecref(l->dict);
    obj_xdecref(l->dicts);
    obj_xdecref(l->args);
    obj_xdecref(l->kwargs);
    obj_free(o);
}

// Makes the calling thread's dict current, creating it (and running a
// subclass's __init__) on first use. false with an exception.
static bool select_dict(ThreadState *ts, ObjLocal *l) {
    Value d = dict_get(ts, l->dicts, val_int(ts->serial));
    if (!val_is_null(d)) {
        if (l->dict != d.as.obj) {
            obj_incref(d.as.obj);
            obj_xdecref(l->dict);
            l->dict = d.as.obj;
        }
        return true;
    }
    Obj *nd = dict_new(ts);
    if (!nd || dict_set(ts, l->dicts, val_int(ts->serial), val_obj(nd)) < 0) {
        obj_xdecref(nd);
        return false;
    }
    obj_xdecref(l->dict);
    l->dict = nd;
    Type *t = l->base.type;
    if (t->init && t->init != local_init) {
        int64_t n = tuple_len(l->args);
        if (t->init(ts, val_obj(&l->base), ((ObjTuple *)l->args)->items, n, NULL) < 0) {
            return false;
        }
    }
    return true;
}

static Value local_getattr(ThreadState *ts, Value self, Obj *name) {
    if (!select_dict(ts, (ObjLocal *)self.as.obj)) {
        return VNULL;
    }
    return generic_getattr(ts, self, name);
}

static int local_setattr(ThreadState *ts, Value self, Obj *name, Value value) {
    if (str_eq_cstr(name, "__dict__")) {
        exc_raise(ts, &ExcAttributeError, "'%s' object attribute '__dict__' is read-only", val_type_name(self));
        return -1;
    }
    if (!select_dict(ts, (ObjLocal *)self.as.obj)) {
        return -1;
    }
    return generic_setattr(ts, self, name, value);
}

Type ThreadLocalType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "_local",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjLocal),
    .dict_offset = offsetof(ObjLocal, dict),
    .doc = "Thread-local data",
    .dealloc = local_dealloc,
    .getattr = local_getattr,
    .setattr = local_setattr,
    .new_ = local_new,
    .init = local_init,
};
