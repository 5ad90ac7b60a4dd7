// mappingproxy: a read-only view of a mapping. A class's __dict__ is one,
// so code can read the class namespace but must go through setattr (and so
// through the caches' invalidation) to change it.
//
// Every read is passed on to the underlying mapping; there is no way to
// write through the proxy.
#include "runtime/args.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_list.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"

typedef struct ObjProxy {
    Obj base;
    Value mapping;
} ObjProxy;

static Type MappingProxyType;

static Value mapping_of(Value v) { return ((ObjProxy *)v.as.obj)->mapping; }

Value mapping_proxy_new(ThreadState *ts, Value mapping) {
    ObjProxy *p = (ObjProxy *)obj_alloc(ts, &MappingProxyType, sizeof(ObjProxy));
    if (!p) {
        return VNULL;
    }
    p->mapping = val_dup(mapping);
    return val_obj(&p->base);
}

static void proxy_dealloc(Obj *o) {
    val_decref(((ObjProxy *)o)->mapping);
    obj_free(o);
}

// mappingproxy(mapping): anything with keys() and [] except a list or tuple.
static Value proxy_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)type;
    static const char *const names[] = {"mapping"};
    Value a[1];
    if (!args_parse(ts, "mappingproxy", args, nargs, kwnames, names, 1, 1, a)) {
        return VNULL;
    }
    Type *t = val_type(a[0]);
    bool mapping = t->getitem && !val_is_list(a[0]) && !val_is_tuple(a[0]) &&
                   !val_is_null(type_lookup_cstr(t, "keys"));
    if (!mapping) {
        return exc_raise(ts, &ExcTypeError, "mappingproxy() argument must be a mapping, not %s", t->name);
    }
    return mapping_proxy_new(ts, a[0]);
}

static Value proxy_repr(ThreadState *ts, Value v) {
    Obj *s = str_format_c(ts, "mappingproxy(%R)", mapping_of(v));
    return s ? val_obj(s) : VNULL;
}

// str() shows the mapping itself; only repr() names the proxy.
static Value proxy_str(ThreadState *ts, Value v) { return obj_str(ts, mapping_of(v)); }

static Value proxy_getitem(ThreadState *ts, Value v, Value key) { return obj_getitem(ts, mapping_of(v), key); }
static int64_t proxy_len(ThreadState *ts, Value v) { return obj_len(ts, mapping_of(v)); }
static int proxy_contains(ThreadState *ts, Value v, Value item) { return obj_contains(ts, mapping_of(v), item); }
static Value proxy_iter(ThreadState *ts, Value v) { return obj_iter(ts, mapping_of(v)); }

static Value proxy_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    return obj_richcompare(ts, mapping_of(a), val_has_type(b, &MappingProxyType) ? mapping_of(b) : b, op);
}

static Value proxy_or(ThreadState *ts, Value a, Value b) {
    Value x = val_has_type(a, &MappingProxyType) ? mapping_of(a) : a;
    Value y = val_has_type(b, &MappingProxyType) ? mapping_of(b) : b;
    return obj_binop(ts, x, y, BINOP_OR);
}

// keys(), values(), items(), get(), copy() and __reversed__() ask the mapping.
static Value forward(ThreadState *ts, Value self, const char *name, Value *args, int64_t nargs) {
    return obj_call_method(ts, mapping_of(self), name, args, nargs);
}

#define FORWARD(fn, name, min, max, style)                                                \
    static Value fn(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {   \
        if (!args_check(ts, "mappingproxy", name, nargs, kw, min, max, style)) {          \
            return VNULL;                                                                 \
        }                                                                                 \
        return forward(ts, self, name, args, nargs);                                      \
    }
FORWARD(m_keys, "keys", 0, 0, ARGS_FIXED)
FORWARD(m_values, "values", 0, 0, ARGS_FIXED)
FORWARD(m_items, "items", 0, 0, ARGS_FIXED)
FORWARD(m_get, "get", 1, 2, ARGS_CLINIC)
FORWARD(m_copy, "copy", 0, 0, ARGS_FIXED)
FORWARD(m_reversed, "__reversed__", 0, 0, ARGS_FIXED)

static const MethodDef proxy_methods[] = {
    {"keys", m_keys, NATIVE_METHOD, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", m_values, NATIVE_METHOD, "D.values() -> an object providing a view on D's values"},
    {"items", m_items, NATIVE_METHOD, "D.items() -> a set-like object providing a view on D's items"},
    {"get", m_get, NATIVE_METHOD, "Return the value for key if key is in the mapping, else default."},
    {"copy", m_copy, NATIVE_METHOD, "D.copy() -> a shallow copy of D"},
    {"__reversed__", m_reversed, NATIVE_METHOD, "D.__reversed__() -> reverse iterator"},
    {NULL, NULL, 0, NULL},
};

static Type MappingProxyType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "mappingproxy",
    .basic_size = sizeof(ObjProxy),
    .dealloc = proxy_dealloc,
    .repr = proxy_repr,
    .str = proxy_str,
    .richcompare = proxy_richcompare,
    .getattr = generic_getattr,
    .len = proxy_len,
    .getitem = proxy_getitem,
    .contains = proxy_contains,
    .iter = proxy_iter,
    .nb = {[BINOP_OR] = proxy_or},
    .new_ = proxy_new,
};

void mapping_proxy_init(ThreadState *ts) {
    type_ready(ts, &MappingProxyType);
    type_add_methods(ts, &MappingProxyType, proxy_methods);
}
