// module: a name and the dict that is its global namespace. Attribute
// access reads and writes that dict; a module-level __getattr__ (PEP 562)
// is consulted for missing names.
#include "runtime/obj_module.h"

#include "runtime/args.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_list.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"

Obj *module_new_obj(ThreadState *ts, Obj *name) {
    ObjModule *m = (ObjModule *)obj_alloc(ts, &ModuleType, sizeof(ObjModule));
    if (!m) {
        return NULL;
    }
    m->dict = dict_new(ts);
    if (!m->dict) {
        obj_decref(&m->base);
        return NULL;
    }
    m->name = name;
    obj_incref(name);
    dict_set_cstr(ts, m->dict, "__name__", val_obj(name));
    dict_set_cstr(ts, m->dict, "__doc__", VNONE);
    dict_set_cstr(ts, m->dict, "__package__", VNONE);
    dict_set_cstr(ts, m->dict, "__loader__", VNONE);
    dict_set_cstr(ts, m->dict, "__spec__", VNONE);
    return &m->base;
}

Obj *module_new(ThreadState *ts, const char *name) {
    Obj *n = str_from_cstr(ts, name);
    if (!n) {
        return NULL;
    }
    Obj *m = module_new_obj(ts, n);
    obj_decref(n);
    return m;
}

int module_set(ThreadState *ts, Obj *m, const char *name, Value v) {
    return dict_set_cstr(ts, module_dict(m), name, v);
}

int module_set_steal(ThreadState *ts, Obj *m, const char *name, Value v) {
    if (val_is_null(v)) {
        return -1;
    }
    int r = module_set(ts, m, name, v);
    val_decref(v);
    return r;
}

static void module_dealloc(Obj *o) {
    ObjModule *m = (ObjModule *)o;
    obj_xdecref(m->dict);
    obj_xdecref(m->name);
    obj_free(o);
}

static Value module_repr(ThreadState *ts, Value v) {
    ObjModule *m = (ObjModule *)v.as.obj;
    Value file = dict_get_cstr(m->dict, "__file__");
    Obj *s;
    if (val_is_str(file)) {
        s = str_format_c(ts, "<module '%U' from '%U'>", m->name, file.as.obj);
    } else if (m->made_by_call) {
        s = str_format_c(ts, "<module '%U'>", m->name);
    } else {
        s = str_format_c(ts, "<module '%U' (built-in)>", m->name);
    }
    return s ? val_obj(s) : VNULL;
}

static Value module_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjModule *m = (ObjModule *)v.as.obj;
    Value r = dict_get_str(m->dict, name);
    if (!val_is_null(r)) {
        return val_dup(r);
    }
    if (str_eq_cstr(name, "__dict__")) {
        return val_dup(val_obj(m->dict));
    }
    if (str_eq_cstr(name, "__class__")) {
        return val_dup(val_obj(&ModuleType.base));
    }
    Value descr = type_lookup(val_type(v), name);
    if (!val_is_null(descr)) {
        Type *dt = val_type(descr);
        return dt->descr_get ? dt->descr_get(ts, descr, v, val_type(v)) : val_dup(descr);
    }
    Value hook = dict_get_cstr(m->dict, "__getattr__");
    if (!val_is_null(hook)) {
        return obj_call1(ts, hook, val_obj(name));
    }
    return exc_raise(ts, &ExcAttributeError, "module '%U' has no attribute '%U'", m->name, name);
}

static int module_setattr(ThreadState *ts, Value v, Obj *name, Value value) {
    ObjModule *m = (ObjModule *)v.as.obj;
    if (val_is_null(value)) {
        int r = dict_del(ts, m->dict, val_obj(name));
        if (r == 0) {
            exc_raise(ts, &ExcAttributeError, "module '%U' has no attribute '%U'", m->name, name);
            return -1;
        }
        return r < 0 ? -1 : 0;
    }
    return dict_set_str(ts, m->dict, name, value);
}

// module(name, doc=None), as types.ModuleType is called.
static Value module_new_slot(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)type;
    static const char *const names[] = {"name", "doc"};
    Value a[2];
    if (!args_parse(ts, "module", args, nargs, kwnames, names, 2, 1, a)) {
        return VNULL;
    }
    if (!val_is_str_like(a[0])) {
        return exc_raise(ts, &ExcTypeError, "module() argument 'name' must be str, not %s", val_type_name(a[0]));
    }
    Obj *m = module_new_obj(ts, a[0].as.obj);
    if (m && !val_is_null(a[1])) {
        dict_set_cstr(ts, module_dict(m), "__doc__", a[1]);
    }
    if (m) {
        ((ObjModule *)m)->made_by_call = true;
    }
    return m ? val_obj(m) : VNULL;
}

// module.__dir__(): a module-level __dir__ function if there is one
// (PEP 562), else the sorted names of the module's dict.
static Value m_dir(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "module", "__dir__", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    Obj *dict = ((ObjModule *)self.as.obj)->dict;
    Value hook = dict_get_cstr(dict, "__dir__");
    if (!val_is_null(hook)) {
        return obj_call0(ts, hook);
    }
    Value keys = list_from_iterable(ts, val_obj(dict));
    if (!val_is_null(keys) && list_sort(ts, keys.as.obj, VNONE, false) < 0) {
        val_clear(&keys);
    }
    return keys;
}

static const MethodDef module_methods[] = {
    {"__dir__", m_dir, NATIVE_METHOD, "Return the module's names."},
    {NULL, NULL, 0, NULL},
};

Type ModuleType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "module",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjModule),
    .dict_offset = offsetof(ObjModule, dict),
    .doc = "Create a module object.",
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
    .new_ = module_new_slot,
};

void module_init_type(ThreadState *ts) { type_add_methods(ts, &ModuleType, module_methods); }
