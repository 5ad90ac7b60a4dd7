// threading.local (_thread._local): an object whose attributes are
// different in every thread.
//
// The object keeps one attribute dict per thread, keyed by the thread's
// serial number (unique for the life of the process, unlike thread
// idents, which the OS reuses). Every attribute access swaps the calling
// thread's dict into the object's __dict__ slot and then does the normal
// lookup; that is safe because it all happens under the GIL. A subclass's
// __init__ runs again, with the original arguments, the first time each
// thread touches the object, as in CPython. When a thread ends, its dict
// is dropped from every local object (thread_exit_hook), so what it stored
// is freed then, not when the local object goes.
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/thread.h"

typedef struct ObjLocal {
    Obj base;
    Obj *dict;               // the current thread's dict (swapped in on access), or NULL
    Obj *dicts;              // dict: thread serial -> that thread's dict
    Obj *args;               // tuple: the constructor's positional arguments, then its keyword values
    int64_t nargs;           // how many of args are positional
    Obj *kwnames;            // tuple of the keyword names, or NULL
    struct ObjLocal *prev, *next;   // every live local object (guarded by the GIL)
} ObjLocal;

extern Type ThreadLocalType;

static ObjLocal *all_locals;

// A thread is ending (with the GIL held): forget its dict everywhere.
// Freeing a dict runs destructors, which may free any local object,
// this one included: each is held by a reference while it is visited.
// (One whose count is already zero is waiting for its dealloc: skipped.)
static ObjLocal *hold_next_live(ObjLocal *l) {
    while (l && l->base.refcnt == 0) {
        l = l->next;
    }
    if (l) {
        obj_incref(&l->base);
    }
    return l;
}

static void drop_thread_dicts(ThreadState *ts) {
    Value key = val_int(ts->serial);
    ObjLocal *l = hold_next_live(all_locals);
    while (l) {
        Value d = dict_get(ts, l->dicts, key);
        if (!val_is_null(d)) {
            if (l->dict == d.as.obj) {
                l->dict = NULL;
                obj_decref(d.as.obj);
            }
            if (dict_del(ts, l->dicts, key) < 0) {
                exc_clear(ts);
            }
        }
        ObjLocal *next = hold_next_live(l->next);
        obj_decref(&l->base);
        l = next;
    }
}

static Value local_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    if ((nargs || (kwnames && tuple_len(kwnames))) && type->init == ThreadLocalType.init) {
        return exc_raise(ts, &ExcTypeError, "Initialization arguments are not supported");
    }
    ObjLocal *l = (ObjLocal *)obj_alloc(ts, type, type->basic_size);
    if (!l) {
        return VNULL;
    }
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    l->dicts = dict_new(ts);
    l->args = tuple_from_array(ts, args, nargs + nkw);
    l->nargs = nargs;
    if (nkw) {
        obj_incref(kwnames);
        l->kwnames = kwnames;
    }
    l->next = all_locals;
    if (all_locals) {
        all_locals->prev = l;
    }
    all_locals = l;
    thread_exit_hook = drop_thread_dicts;
    // The creating thread's dict; its __init__ is run by type_call.
    Obj *d = l->dicts && l->args ? dict_new(ts) : NULL;
    if (!d || dict_set(ts, l->dicts, val_int(ts->serial), val_obj(d)) < 0) {
        obj_xdecref(d);
        obj_decref(&l->base);
        return VNULL;
    }
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
    if (l->prev) {
        l->prev->next = l->next;
    } else if (all_locals == l) {
        all_locals = l->next;
    }
    if (l->next) {
        l->next->prev = l->prev;
    }
    obj_xdecref(l->dict);
    obj_xdecref(l->dicts);
    obj_xdecref(l->args);
    obj_xdecref(l->kwnames);
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
        if (t->init(ts, val_obj(&l->base), ((ObjTuple *)l->args)->items, l->nargs, l->kwnames) < 0) {
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
    .name = "_thread._local",
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
