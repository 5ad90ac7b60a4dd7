// The dict type: its slots (repr, ==, [], in, iteration), its methods, and
// the keys/values/items views with their iterators.
#include "runtime/args.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_list.h"
#include "runtime/obj_set.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"

void dict_dealloc_contents(ObjDict *d);

Type DictKeysType, DictValuesType, DictItemsType, DictIterType;

static void dict_dealloc(Obj *o) {
    dict_dealloc_contents((ObjDict *)o);
    obj_free(o);
}

static Value dict_repr(ThreadState *ts, Value v) {
    Obj *d = v.as.obj;
    if (dict_len(d) == 0) {
        return val_obj(str_from_cstr(ts, "{}"));
    }
    if (repr_enter(ts, d)) {
        return val_obj(str_from_cstr(ts, "{...}"));
    }
    StrBuf sb;
    strbuf_init(&sb);
    strbuf_append_char(&sb, '{');
    int64_t pos = 0;
    Value k, val;
    bool first = true, ok = true;
    while (ok && dict_next(d, &pos, &k, &val)) {
        if (!first) {
            strbuf_append_cstr(&sb, ", ");
        }
        first = false;
        Value kk = val_dup(k), vv = val_dup(val);
        Value kr = obj_repr(ts, kk);
        Value vr = val_is_null(kr) ? VNULL : obj_repr(ts, vv);
        if (val_is_null(vr)) {
            ok = false;
        } else {
            strbuf_append(&sb, as_str(kr)->data, (size_t)as_str(kr)->nbytes);
            strbuf_append_cstr(&sb, ": ");
            strbuf_append(&sb, as_str(vr)->data, (size_t)as_str(vr)->nbytes);
        }
        val_decref(kr);
        val_decref(vr);
        val_decref(kk);
        val_decref(vv);
    }
    repr_leave(ts, d);
    strbuf_append_char(&sb, '}');
    Obj *s = ok ? str_new(ts, sb.data, (int64_t)sb.len) : NULL;
    strbuf_free(&sb);
    return s ? val_obj(s) : VNULL;
}

static Value dict_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    if (!val_is_dict_like(a) || !val_is_dict_like(b) || (op != CMP_EQ && op != CMP_NE)) {
        return VNOTIMPL;
    }
    Obj *x = a.as.obj, *y = b.as.obj;
    bool eq = dict_len(x) == dict_len(y);
    int64_t pos = 0;
    Value k, v;
    while (eq && dict_next(x, &pos, &k, &v)) {
        Value kk = val_dup(k), vv = val_dup(v);
        Value w = dict_get(ts, y, kk);
        if (val_is_null(w)) {
            val_decref(kk);
            val_decref(vv);
            if (exc_occurred(ts)) {
                return VNULL;
            }
            eq = false;
            break;
        }
        val_incref(w);
        int r = obj_eq(ts, vv, w);
        val_decref(w);
        val_decref(kk);
        val_decref(vv);
        if (r < 0) {
            return VNULL;
        }
        eq = r;
    }
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t dict_len_slot(ThreadState *ts, Value v) {
    (void)ts;
    return dict_len(v.as.obj);
}

Value dict_getitem(ThreadState *ts, Value self, Value key) {
    Value v = dict_get(ts, self.as.obj, key);
    if (!val_is_null(v)) {
        return val_dup(v);
    }
    if (exc_occurred(ts)) {
        return VNULL;
    }
    if (!val_is_dict(self)) {
        Value missing = type_lookup(val_type(self), str_intern_cstr("__missing__"));
        if (!val_is_null(missing)) {
            Value args[2] = {self, key};
            Value bound = val_type(missing)->descr_get
                              ? val_type(missing)->descr_get(ts, missing, self, val_type(self))
                              : val_dup(missing);
            if (val_is_null(bound)) {
                return VNULL;
            }
            Value r = obj_call(ts, bound, &args[1], 1, NULL);
            val_decref(bound);
            return r;
        }
    }
    return exc_raise_value(ts, &ExcKeyError, key);
}

static int dict_setitem(ThreadState *ts, Value self, Value key, Value value) {
    if (val_is_null(value)) {
        int r = dict_del(ts, self.as.obj, key);
        if (r == 0) {
            exc_raise_value(ts, &ExcKeyError, key);
            return -1;
        }
        return r < 0 ? -1 : 0;
    }
    return dict_set(ts, self.as.obj, key, value);
}

static int dict_contains_slot(ThreadState *ts, Value self, Value key) {
    return dict_contains(ts, self.as.obj, key);
}

// --- iterators and views ----------------------------------------------------------

enum { ITER_KEYS, ITER_VALUES, ITER_ITEMS };

typedef struct ObjDictIter {
    Obj base;
    Value dict;              // VNULL once exhausted
    int64_t pos;
    int64_t len;             // the length when iteration started
    int64_t yielded;         // items returned so far, for __length_hint__
    int kind;
    bool reversed;
} ObjDictIter;

typedef struct ObjDictView {
    Obj base;
    Value dict;
} ObjDictView;

static Type DictValueIterType, DictItemIterType, DictRevKeyIterType, DictRevValueIterType,
    DictRevItemIterType;

// One iterator implementation under the six names CPython gives it.
static Type *dictiter_type(int kind, bool reversed) {
    switch (kind) {
    case ITER_KEYS: return reversed ? &DictRevKeyIterType : &DictIterType;
    case ITER_VALUES: return reversed ? &DictRevValueIterType : &DictValueIterType;
    default: return reversed ? &DictRevItemIterType : &DictItemIterType;
    }
}

static Obj *dictiter_new(ThreadState *ts, Value dict, int kind, bool reversed) {
    ObjDictIter *it = (ObjDictIter *)obj_alloc(ts, dictiter_type(kind, reversed), sizeof(ObjDictIter));
    if (!it) {
        return NULL;
    }
    it->dict = val_dup(dict);
    it->kind = kind;
    it->len = dict_len(dict.as.obj);
    it->reversed = reversed;
    it->pos = reversed ? as_dict(dict)->nentries - 1 : 0;
    return &it->base;
}

static void dictiter_dealloc(Obj *o) {
    val_decref(((ObjDictIter *)o)->dict);
    obj_free(o);
}

static Value self_iter(ThreadState *ts, Value v) {
    (void)ts;
    return val_dup(v);
}

static Value dictiter_next(ThreadState *ts, Value v) {
    ObjDictIter *it = (ObjDictIter *)v.as.obj;
    if (val_is_null(it->dict)) {
        return VNULL;
    }
    ObjDict *d = as_dict(it->dict);
    if (d->len != it->len) {
        it->len = -1;   // keep raising on later calls too
        return exc_raise(ts, &ExcRuntimeError, "dictionary changed size during iteration");
    }
    DictEntry *e = NULL;
    if (it->reversed) {
        while (it->pos >= 0 && it->pos < d->nentries) {
            DictEntry *c = &d->entries[it->pos--];
            if (!val_is_null(c->key)) {
                e = c;
                break;
            }
        }
    } else {
        while (it->pos < d->nentries) {
            DictEntry *c = &d->entries[it->pos++];
            if (!val_is_null(c->key)) {
                e = c;
                break;
            }
        }
    }
    if (!e) {
        val_clear(&it->dict);
        return VNULL;
    }
    it->yielded++;
    switch (it->kind) {
    case ITER_KEYS: return val_dup(e->key);
    case ITER_VALUES: return val_dup(e->value);
    default: {
        Obj *t = tuple_pack(ts, 2, e->key, e->value);
        return t ? val_obj(t) : VNULL;
    }
    }
}

static Value m_iter_length_hint(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, val_type_name(self), "__length_hint__", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    ObjDictIter *it = (ObjDictIter *)self.as.obj;
    bool live = !val_is_null(it->dict) && dict_len(it->dict.as.obj) == it->len;
    return val_int(live ? it->len - it->yielded : 0);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", m_iter_length_hint, NATIVE_METHOD, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

#define DICTITER_TYPE(var, tname)                 \
    Type var = {                                  \
        .base = STATIC_OBJ_HEADER(&TypeType),     \
        .name = tname,                            \
        .basic_size = sizeof(ObjDictIter),        \
        .dealloc = dictiter_dealloc,              \
        .getattr = generic_getattr,               \
        .iter = self_iter,                        \
        .iternext = dictiter_next,                \
    };
DICTITER_TYPE(DictIterType, "dict_keyiterator")
static DICTITER_TYPE(DictValueIterType, "dict_valueiterator")
static DICTITER_TYPE(DictItemIterType, "dict_itemiterator")
static DICTITER_TYPE(DictRevKeyIterType, "dict_reversekeyiterator")
static DICTITER_TYPE(DictRevValueIterType, "dict_reversevalueiterator")
static DICTITER_TYPE(DictRevItemIterType, "dict_reverseitemiterator")

static Value dict_iter(ThreadState *ts, Value v) {
    Obj *it = dictiter_new(ts, v, ITER_KEYS, false);
    return it ? val_obj(it) : VNULL;
}

static Value view_new(ThreadState *ts, Type *type, Value dict) {
    ObjDictView *view = (ObjDictView *)obj_alloc(ts, type, sizeof(ObjDictView));
    if (!view) {
        return VNULL;
    }
    view->dict = val_dup(dict);
    return val_obj(&view->base);
}

static void view_dealloc(Obj *o) {
    val_decref(((ObjDictView *)o)->dict);
    obj_free(o);
}

static int view_kind(Value v) {
    Type *t = val_type(v);
    return t == &DictKeysType ? ITER_KEYS : t == &DictValuesType ? ITER_VALUES : ITER_ITEMS;
}

static Value view_iter(ThreadState *ts, Value v) {
    Obj *it = dictiter_new(ts, ((ObjDictView *)v.as.obj)->dict, view_kind(v), false);
    return it ? val_obj(it) : VNULL;
}

static int64_t view_len(ThreadState *ts, Value v) {
    (void)ts;
    return dict_len(((ObjDictView *)v.as.obj)->dict.as.obj);
}

static Value view_repr(ThreadState *ts, Value v) {
    Value l = list_from_iterable(ts, v);
    if (val_is_null(l)) {
        return VNULL;
    }
    Value r = obj_repr(ts, l);
    val_decref(l);
    if (val_is_null(r)) {
        return VNULL;
    }
    Obj *s = str_format_c(ts, "%s(%U)", val_type_name(v), r.as.obj);
    val_decref(r);
    return s ? val_obj(s) : VNULL;
}

static int view_contains(ThreadState *ts, Value v, Value item) {
    Obj *d = ((ObjDictView *)v.as.obj)->dict.as.obj;
    int kind = view_kind(v);
    if (kind == ITER_KEYS) {
        return dict_contains(ts, d, item);
    }
    if (kind == ITER_ITEMS) {
        if (!val_is_tuple(item) || tuple_len(item.as.obj) != 2) {
            return 0;
        }
        Value found = dict_get(ts, d, tuple_get(item.as.obj, 0));
        if (val_is_null(found)) {
            return exc_occurred(ts) ? -1 : 0;
        }
        val_incref(found);
        int r = obj_eq(ts, found, tuple_get(item.as.obj, 1));
        val_decref(found);
        return r;
    }
    int64_t pos = 0;
    Value val;
    while (dict_next(d, &pos, NULL, &val)) {
        int r = obj_eq(ts, val, item);
        if (r != 0) {
            return r;
        }
    }
    return 0;
}

// Set operations on keys and items views produce sets, as in CPython.
static Value view_setop(ThreadState *ts, Value a, Value b, const char *method) {
    Value left = a, right = b;
    if (!val_has_type(a, &DictKeysType) && !val_has_type(a, &DictItemsType)) {
        left = b;
        right = a;
        if (strcmp(method, "difference") == 0) {
            // other - view: build the set from `other` first.
            Value s = set_from_iterable(ts, &SetType, a);
            if (val_is_null(s)) {
                return VNULL;
            }
            Value r = obj_call_method(ts, s, method, &b, 1);
            val_decref(s);
            return r;
        }
    }
    Value s = set_from_iterable(ts, &SetType, left);
    if (val_is_null(s)) {
        return VNULL;
    }
    Value r = obj_call_method(ts, s, method, &right, 1);
    val_decref(s);
    return r;
}

static Value view_and(ThreadState *ts, Value a, Value b) { return view_setop(ts, a, b, "intersection"); }
static Value view_or(ThreadState *ts, Value a, Value b) { return view_setop(ts, a, b, "union"); }
static Value view_sub(ThreadState *ts, Value a, Value b) { return view_setop(ts, a, b, "difference"); }
static Value view_xor(ThreadState *ts, Value a, Value b) {
    return view_setop(ts, a, b, "symmetric_difference");
}

// True for the operands a keys or items view compares with: sets and the
// set-like views.
static bool is_set_like(Value v) {
    return val_isinstance(v, &SetType) || val_isinstance(v, &FrozenSetType) ||
           val_has_type(v, &DictKeysType) || val_has_type(v, &DictItemsType);
}

// Keys and items views compare as sets (==, subset, superset) with sets and
// other set-like views. (Values views compare by identity, as objects do,
// and so keep object's hash.)
static Value view_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    if (!is_set_like(b)) {
        return VNOTIMPL;
    }
    Value x = set_from_iterable(ts, &SetType, a);
    if (val_is_null(x)) {
        return VNULL;
    }
    Value y = set_from_iterable(ts, &SetType, b);
    if (val_is_null(y)) {
        val_decref(x);
        return VNULL;
    }
    Value r = obj_richcompare(ts, x, y, op);
    val_decref(x);
    val_decref(y);
    return r;
}

// view.isdisjoint(iterable): no element of the iterable is in the view.
static Value view_isdisjoint(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, view_kind(self) == ITER_KEYS ? "dict_keys" : "dict_items", "isdisjoint",
                    nargs, kw, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    Value it = obj_iter(ts, args[0]);
    if (val_is_null(it)) {
        return VNULL;
    }
    Value r = VTRUE;
    for (;;) {
        Value item = obj_next(ts, it);
        if (val_is_null(item)) {
            r = exc_occurred(ts) ? VNULL : r;
            break;
        }
        int found = obj_contains(ts, self, item);
        val_decref(item);
        if (found != 0) {
            r = found < 0 ? VNULL : VFALSE;
            break;
        }
    }
    val_decref(it);
    return r;
}

static Value view_reversed(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    Obj *it = dictiter_new(ts, ((ObjDictView *)self.as.obj)->dict, view_kind(self), true);
    return it ? val_obj(it) : VNULL;
}

// view.mapping: a read-only proxy of the dict the view shows.
static Value view_mapping(ThreadState *ts, Value self) {
    return mapping_proxy_new(ts, ((ObjDictView *)self.as.obj)->dict);
}

static const MethodDef view_methods[] = {
    {"__reversed__", view_reversed, NATIVE_METHOD, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef set_view_methods[] = {
    {"__reversed__", view_reversed, NATIVE_METHOD, NULL},
    {"isdisjoint", view_isdisjoint, NATIVE_METHOD, "Return True if the view and the given iterable have a null intersection."},
    {NULL, NULL, 0, NULL},
};

#define VIEW_TYPE(var, tname, compare, setops)                                               \
    Type var = {                                                                             \
        .base = STATIC_OBJ_HEADER(&TypeType),                                                \
        .name = tname,                                                                       \
        .basic_size = sizeof(ObjDictView),                                                   \
        .dealloc = view_dealloc,                                                             \
        .repr = view_repr,                                                                   \
        .richcompare = compare,                                                              \
        .getattr = generic_getattr,                                                          \
        .len = view_len,                                                                     \
        .contains = view_contains,                                                           \
        .iter = view_iter,                                                                   \
        .nb = setops,                                                                        \
    };

#define SET_OPS {[BINOP_AND] = view_and, [BINOP_OR] = view_or, [BINOP_SUB] = view_sub, [BINOP_XOR] = view_xor}
VIEW_TYPE(DictKeysType, "dict_keys", view_richcompare, SET_OPS)
VIEW_TYPE(DictItemsType, "dict_items", view_richcompare, SET_OPS)
VIEW_TYPE(DictValuesType, "dict_values", NULL, {0})

// --- methods ----------------------------------------------------------------------

static Value m_keys(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "dict", "keys", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return view_new(ts, &DictKeysType, self);
}

static Value m_values(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "dict", "values", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return view_new(ts, &DictValuesType, self);
}

static Value m_items(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "dict", "items", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return view_new(ts, &DictItemsType, self);
}

static Value m_get(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "dict", "get", nargs, kw, 1, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    Value v = dict_get(ts, self.as.obj, args[0]);
    if (!val_is_null(v)) {
        return val_dup(v);
    }
    if (exc_occurred(ts)) {
        return VNULL;
    }
    return nargs == 2 ? val_dup(args[1]) : VNONE;
}

static Value m_setdefault(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "dict", "setdefault", nargs, kw, 1, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    Value v = dict_get(ts, self.as.obj, args[0]);
    if (!val_is_null(v)) {
        return val_dup(v);
    }
    if (exc_occurred(ts)) {
        return VNULL;
    }
    Value dflt = nargs == 2 ? args[1] : VNONE;
    if (dict_set(ts, self.as.obj, args[0], dflt) < 0) {
        return VNULL;
    }
    return val_dup(dflt);
}

static Value m_pop(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "dict", "pop", nargs, kw, 1, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    Value v = dict_get(ts, self.as.obj, args[0]);
    if (val_is_null(v)) {
        if (exc_occurred(ts)) {
            return VNULL;
        }
        if (nargs == 2) {
            return val_dup(args[1]);
        }
        return exc_raise_value(ts, &ExcKeyError, args[0]);
    }
    val_incref(v);
    if (dict_del(ts, self.as.obj, args[0]) < 0) {
        val_decref(v);
        return VNULL;
    }
    return v;
}

static Value m_popitem(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "dict", "popitem", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    ObjDict *d = as_dict(self);
    for (int64_t i = d->nentries - 1; i >= 0; i--) {
        DictEntry *e = &d->entries[i];
        if (!val_is_null(e->key)) {
            Obj *t = tuple_pack(ts, 2, e->key, e->value);
            if (!t) {
                return VNULL;
            }
            Value k = val_dup(e->key);
            dict_del(ts, self.as.obj, k);
            val_decref(k);
            return val_obj(t);
        }
    }
    return exc_raise(ts, &ExcKeyError, "popitem(): dictionary is empty");
}

static Value m_update(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (nargs > 1) {
        return exc_raise(ts, &ExcTypeError, "update expected at most 1 argument, got %lld",
                         (long long)nargs);
    }
    if (nargs == 1 && dict_update(ts, self.as.obj, args[0]) < 0) {
        return VNULL;
    }
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (int64_t i = 0; i < nkw; i++) {
        if (dict_set(ts, self.as.obj, tuple_get(kwnames, i), args[nargs + i]) < 0) {
            return VNULL;
        }
    }
    return VNONE;
}

static Value m_clear(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "dict", "clear", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    dict_clear(self.as.obj);
    return VNONE;
}

static Value m_copy(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "dict", "copy", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    Obj *c = dict_copy(ts, self.as.obj);
    return c ? val_obj(c) : VNULL;
}

static Value m_fromkeys(ThreadState *ts, Value cls, Value *args, int64_t nargs, Obj *kw) {
    if (!args_check(ts, "dict", "fromkeys", nargs, kw, 1, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    Value d = obj_call0(ts, cls);
    if (val_is_null(d)) {
        return VNULL;
    }
    Value value = nargs == 2 ? args[1] : VNONE;
    Value it = obj_iter(ts, args[0]);
    if (val_is_null(it)) {
        val_decref(d);
        return VNULL;
    }
    for (;;) {
        Value k = obj_next(ts, it);
        if (val_is_null(k)) {
            break;
        }
        int r = obj_setitem(ts, d, k, value);
        val_decref(k);
        if (r < 0) {
            break;
        }
    }
    val_decref(it);
    if (exc_occurred(ts)) {
        val_decref(d);
        return VNULL;
    }
    return d;
}

static Value m_reversed(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    Obj *it = dictiter_new(ts, self, ITER_KEYS, true);
    return it ? val_obj(it) : VNULL;
}

static Value m_getitem(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "expected one argument");
    }
    return dict_getitem(ts, self, args[0]);
}

static const MethodDef dict_methods[] = {
    {"keys", m_keys, NATIVE_METHOD, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", m_values, NATIVE_METHOD, "D.values() -> an object providing a view on D's values"},
    {"items", m_items, NATIVE_METHOD, "D.items() -> a set-like object providing a view on D's items"},
    {"get", m_get, NATIVE_METHOD, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, NATIVE_METHOD, "Insert key with a value of default if key is not in the dictionary."},
    {"pop", m_pop, NATIVE_METHOD, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", m_popitem, NATIVE_METHOD, "Remove and return a (key, value) pair as a 2-tuple."},
    {"update", m_update, NATIVE_METHOD, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"clear", m_clear, NATIVE_METHOD, "D.clear() -> None.  Remove all items from D."},
    {"copy", m_copy, NATIVE_METHOD, "D.copy() -> a shallow copy of D"},
    {"fromkeys", m_fromkeys, NATIVE_CLASSMETHOD, "Create a new dictionary with keys from iterable and values set to value."},
    {"__reversed__", m_reversed, NATIVE_METHOD, "Return a reverse iterator over the dict keys."},
    {"__getitem__", m_getitem, NATIVE_METHOD, "x.__getitem__(y) <==> x[y]"},
    {NULL, NULL, 0, NULL},
};

static Value dict_or(ThreadState *ts, Value a, Value b) {
    if (!val_is_dict_like(a) || !val_is_dict_like(b)) {
        return VNOTIMPL;
    }
    Obj *r = dict_copy(ts, a.as.obj);
    if (!r || dict_update(ts, r, b) < 0) {
        obj_xdecref(r);
        return VNULL;
    }
    return val_obj(r);
}

static Value dict_ior(ThreadState *ts, Value a, Value b) {
    if (dict_update(ts, a.as.obj, b) < 0) {
        return VNULL;
    }
    return val_dup(a);
}

static Value dict_new_slot(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    ObjDict *d = (ObjDict *)obj_alloc(ts, type, type->basic_size);
    if (!d) {
        return VNULL;
    }
    d->mask = -1;
    d->version = ++dict_version_counter;
    return val_obj(&d->base);
}

static int dict_init_slot(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (nargs > 1) {
        exc_raise(ts, &ExcTypeError, "dict expected at most 1 argument, got %lld", (long long)nargs);
        return -1;
    }
    Value r = m_update(ts, self, args, nargs, kwnames);
    return val_is_null(r) ? -1 : 0;
}

Type DictType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "dict",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjDict),
    .doc = "dict() -> new empty dictionary",
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .getattr = generic_getattr,
    .len = dict_len_slot,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains_slot,
    .iter = dict_iter,
    .nb = {[BINOP_OR] = dict_or},
    .nb_inplace = {[BINOP_OR] = dict_ior},
    .new_ = dict_new_slot,
    .init = dict_init_slot,
};

void dict_init_type(ThreadState *ts) {
    Type *const iters[] = {&DictIterType, &DictValueIterType, &DictItemIterType, &DictRevKeyIterType,
                           &DictRevValueIterType, &DictRevItemIterType, NULL};
    for (int i = 0; iters[i]; i++) {
        type_ready(ts, iters[i]);
        type_add_methods(ts, iters[i], dictiter_methods);
    }
    type_add_methods(ts, &DictType, dict_methods);
    type_add_methods(ts, &DictKeysType, set_view_methods);
    type_add_methods(ts, &DictItemsType, set_view_methods);
    type_add_methods(ts, &DictValuesType, view_methods);
    Type *const views[] = {&DictKeysType, &DictItemsType, &DictValuesType, NULL};
    for (int i = 0; views[i]; i++) {
        if (getset_add(ts, views[i], "mapping", view_mapping, NULL) < 0) {
            cs_fatal("out of memory creating the dict views");
        }
    }
}
