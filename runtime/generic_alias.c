// types.GenericAlias and types.UnionType: what `list[int]` and `int | str`
// evaluate to.
//
// An alias remembers its origin class and the argument tuple, prints as
// the subscription it came from, and calls through to the origin
// (list[int]() is a plain list). Other attributes are looked up on the
// origin, as in CPython. Its __parameters__ are the type variables among
// its arguments (objects with __typing_subst__, such as typing.TypeVar, or
// those of a nested alias), and subscripting the alias substitutes them:
// dict[K, V][str, list[T]] is dict[str, list[T]].
//
// A union (`int | None`) keeps its members flattened and without
// duplicates, None standing for NoneType; isinstance() and issubclass()
// accept one wherever they accept a tuple of classes.
//
// The built-in containers get their __class_getitem__ here, so the classes
// themselves need not know about aliases. A class statement's own
// __class_getitem__ is an implicit classmethod (see obj_type.c).
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

typedef struct ObjAlias {
    Obj base;
    Value origin;            // the subscripted class
    Obj *args;               // tuple of the arguments
    Obj *parameters;         // tuple of the type variables, computed on first use; or NULL
} ObjAlias;

static Type GenericAliasType;
static Value alias_make(ThreadState *ts, Type *type, Value origin, Value args);

static void alias_dealloc(Obj *o) {
    ObjAlias *a = (ObjAlias *)o;
    val_decref(a->origin);
    obj_decref(a->args);
    obj_xdecref(a->parameters);
    obj_free(o);
}

// Looks up an optional attribute: 1 found (*out is a new reference), 0
// missing, -1 with an exception.
static int lookup(ThreadState *ts, Value v, const char *name, Value *out) {
    *out = obj_lookup_attr(ts, v, str_intern_cstr(name));
    if (val_is_null(*out)) {
        return exc_occurred(ts) ? -1 : 0;
    }
    return 1;
}

// The text of one item of an alias's repr: `...` as is, another alias by
// its repr, anything with a __qualname__ and a __module__ (a class, a
// function) by its qualified name, without "builtins.", the rest by repr.
static Value repr_item(ThreadState *ts, Value v) {
    if (v.tag == VAL_OBJ && v.as.obj == &EllipsisObj) {
        return val_obj(str_from_cstr(ts, "..."));
    }
    Value origin, args, qualname, module;
    int r = lookup(ts, v, "__origin__", &origin);
    if (r > 0) {
        val_decref(origin);
        r = lookup(ts, v, "__args__", &args);
        if (r > 0) {
            val_decref(args);
            return obj_repr(ts, v);
        }
    }
    if (r < 0 || (r = lookup(ts, v, "__qualname__", &qualname)) < 0) {
        return VNULL;
    }
    if (r == 0) {
        return obj_repr(ts, v);
    }
    r = lookup(ts, v, "__module__", &module);
    if (r <= 0 || val_is_none(module)) {
        val_decref(qualname);
        val_decref(module);
        return r < 0 ? VNULL : obj_repr(ts, v);
    }
    Value text;
    if (val_is_str(module) && str_eq_cstr(module.as.obj, "builtins")) {
        text = obj_str(ts, qualname);
    } else {
        Obj *s = str_format_c(ts, "%S.%S", module, qualname);
        text = s ? val_obj(s) : VNULL;
    }
    val_decref(qualname);
    val_decref(module);
    return text;
}

// Appends the repr of one item to sb.
static bool repr_part(ThreadState *ts, StrBuf *sb, Value v) {
    Value r = repr_item(ts, v);
    if (val_is_null(r)) {
        return false;
    }
    strbuf_append(sb, as_str(r)->data, (size_t)as_str(r)->nbytes);
    val_decref(r);
    return true;
}

static Value alias_repr(ThreadState *ts, Value v) {
    ObjAlias *a = (ObjAlias *)v.as.obj;
    StrBuf sb;
    strbuf_init(&sb);
    bool ok = repr_part(ts, &sb, a->origin);
    strbuf_append_char(&sb, '[');
    if (tuple_len(a->args) == 0) {
        strbuf_append_cstr(&sb, "()");
    }
    for (int64_t i = 0; ok && i < tuple_len(a->args); i++) {
        if (i > 0) {
            strbuf_append_cstr(&sb, ", ");
        }
        ok = repr_part(ts, &sb, tuple_get(a->args, i));
    }
    strbuf_append_char(&sb, ']');
    Obj *s = ok ? str_new(ts, sb.data, (int64_t)sb.len) : NULL;
    strbuf_free(&sb);
    return s ? val_obj(s) : VNULL;
}

// Calls the origin; the instance made remembers the alias in
// __orig_class__ when it can take attributes.
static Value alias_call(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    Value r = obj_call(ts, ((ObjAlias *)self.as.obj)->origin, args, nargs, kwnames);
    if (!val_is_null(r) && obj_setattr(ts, r, str_intern_cstr("__orig_class__"), self) < 0) {
        if (!exc_matches(ts, &ExcAttributeError) && !exc_matches(ts, &ExcTypeError)) {
            val_decref(r);
            return VNULL;
        }
        exc_clear(ts);
    }
    return r;
}

// --- type variables ---------------------------------------------------------------------------

// The index of `item` in tuple or list `seq` by identity, or -1.
static int64_t index_of(Obj *seq, Value item) {
    int64_t n = val_has_type(val_obj(seq), &ListType) ? ((ObjList *)seq)->len : tuple_len(seq);
    Value *items = val_has_type(val_obj(seq), &ListType) ? ((ObjList *)seq)->items : ((ObjTuple *)seq)->items;
    for (int64_t i = 0; i < n; i++) {
        if (val_is(items[i], item)) {
            return i;
        }
    }
    return -1;
}

// Appends v to list unless it is there already. -1 with an exception.
static int add_unique(ThreadState *ts, Obj *list, Value v) {
    return index_of(list, v) >= 0 ? 0 : list_append(ts, list, v);
}

// The type variables among `args`, in order of first appearance: each
// argument that substitutes itself (__typing_subst__), and the
// __parameters__ of the others. Classes are skipped: a generic class's
// __parameters__ are its own, not the alias's. New reference.
static Obj *make_parameters(ThreadState *ts, Obj *args) {
    Obj *params = list_new(ts, 0);
    for (int64_t i = 0; params && i < tuple_len(args); i++) {
        Value t = tuple_get(args, i);
        if (val_isinstance(t, &TypeType)) {
            continue;
        }
        Value found;
        int r = lookup(ts, t, "__typing_subst__", &found);
        if (r > 0) {
            val_decref(found);
            r = add_unique(ts, params, t);
        } else if (r == 0 && (r = lookup(ts, t, "__parameters__", &found)) > 0) {
            for (int64_t j = 0; r >= 0 && val_is_tuple(found) && j < tuple_len(found.as.obj); j++) {
                r = add_unique(ts, params, tuple_get(found.as.obj, j));
            }
            val_decref(found);
        }
        if (r < 0) {
            obj_decref(params);
            params = NULL;
        }
    }
    if (!params) {
        return NULL;
    }
    Value t = tuple_from_iterable(ts, val_obj(params));
    obj_decref(params);
    return val_is_null(t) ? NULL : t.as.obj;
}

// The alias's __parameters__ (borrowed), computed once; NULL with an exception.
static Obj *alias_parameters(ThreadState *ts, ObjAlias *a) {
    if (!a->parameters) {
        a->parameters = make_parameters(ts, a->args);
    }
    return a->parameters;
}

// A subscription's arguments as a tuple, with the arguments of unpacked
// tuple types (`*tuple[int, str]`) spliced in. New reference.
static Obj *unpack_args(ThreadState *ts, Value item) {
    Obj *items = val_is_tuple(item) ? item.as.obj : NULL;
    Obj *out = list_new(ts, 0);
    int64_t n = items ? tuple_len(items) : 1;
    for (int64_t i = 0; out && i < n; i++) {
        Value v = items ? tuple_get(items, i) : item;
        Value sub = VNULL;
        int r = val_isinstance(v, &TypeType) ? 0 : lookup(ts, v, "__typing_unpacked_tuple_args__", &sub);
        if (r > 0 && val_is_tuple(sub) &&
            !(tuple_len(sub.as.obj) > 0 &&
              val_is(tuple_get(sub.as.obj, tuple_len(sub.as.obj) - 1), val_obj(&EllipsisObj)))) {
            for (int64_t j = 0; r >= 0 && j < tuple_len(sub.as.obj); j++) {
                r = list_append(ts, out, tuple_get(sub.as.obj, j));
            }
        } else if (r >= 0) {
            r = list_append(ts, out, v);
        }
        val_decref(sub);
        if (r < 0) {
            obj_decref(out);
            out = NULL;
        }
    }
    if (!out) {
        return NULL;
    }
    Value t = tuple_from_iterable(ts, val_obj(out));
    obj_decref(out);
    return val_is_null(t) ? NULL : t.as.obj;
}

// obj with its own type variables replaced by the matching arguments:
// list[T] with T -> int is list[int]. New reference.
static Value subs_tvars(ThreadState *ts, Value obj, Obj *params, Obj *argitems) {
    Value sub;
    int r = lookup(ts, obj, "__parameters__", &sub);
    if (r <= 0 || !val_is_tuple(sub) || tuple_len(sub.as.obj) == 0) {
        val_decref(sub);
        return r < 0 ? VNULL : val_dup(obj);
    }
    Obj *subargs = tuple_new(ts, tuple_len(sub.as.obj));
    for (int64_t i = 0; subargs && i < tuple_len(sub.as.obj); i++) {
        Value p = tuple_get(sub.as.obj, i);
        int64_t at = index_of(params, p);
        Value arg = at >= 0 ? tuple_get(argitems, at) : p;
        ((ObjTuple *)subargs)->items[i] = val_dup(arg);
    }
    val_decref(sub);
    if (!subargs) {
        return VNULL;
    }
    Value r2 = obj_getitem(ts, obj, val_obj(subargs));
    obj_decref(subargs);
    return r2;
}

// The arguments of alias[item]: each type variable of `args` replaced by
// its argument (through its __typing_subst__), and the type variables
// inside other arguments too. New reference.
static Obj *subs_parameters(ThreadState *ts, Value self, Obj *args, Obj *params, Value item) {
    int64_t nparams = tuple_len(params);
    if (nparams == 0) {
        exc_raise(ts, &ExcTypeError, "%R is not a generic class", self);
        return NULL;
    }
    Obj *argitems = unpack_args(ts, item);
    if (!argitems) {
        return NULL;
    }
    // A parameter may first rearrange the arguments (a TypeVarTuple
    // gathers several).
    for (int64_t i = 0; i < nparams; i++) {
        Value prepare;
        int r = lookup(ts, tuple_get(params, i), "__typing_prepare_subst__", &prepare);
        if (r > 0) {
            Value call_args[2] = {self, val_obj(argitems)};
            Value prepared = obj_call(ts, prepare, call_args, 2, NULL);
            val_decref(prepare);
            obj_decref(argitems);
            if (val_is_null(prepared)) {
                return NULL;
            }
            if (!val_is_tuple(prepared)) {
                Obj *one = tuple_pack(ts, 1, prepared);
                val_decref(prepared);
                if (!one) {
                    return NULL;
                }
                prepared = val_obj(one);
            }
            argitems = prepared.as.obj;
        } else if (r < 0) {
            obj_decref(argitems);
            return NULL;
        }
    }
    int64_t nitems = tuple_len(argitems);
    if (nitems != nparams) {
        exc_raise(ts, &ExcTypeError, "Too %s arguments for %R; actual %lld, expected %lld",
                  nitems > nparams ? "many" : "few", self, (long long)nitems, (long long)nparams);
        obj_decref(argitems);
        return NULL;
    }
    Obj *newargs = tuple_new(ts, tuple_len(args));
    for (int64_t i = 0; newargs && i < tuple_len(args); i++) {
        Value arg = tuple_get(args, i);
        Value subst, r = VNULL;
        int found = val_isinstance(arg, &TypeType) ? 0 : lookup(ts, arg, "__typing_subst__", &subst);
        if (val_isinstance(arg, &TypeType)) {
            r = val_dup(arg);
        } else if (found > 0) {
            int64_t at = index_of(params, arg);
            r = at >= 0 ? obj_call1(ts, subst, tuple_get(argitems, at)) : val_dup(arg);
            val_decref(subst);
        } else if (found == 0) {
            r = subs_tvars(ts, arg, params, argitems);
        }
        if (val_is_null(r)) {
            obj_decref(newargs);
            newargs = NULL;
            break;
        }
        ((ObjTuple *)newargs)->items[i] = r;
    }
    obj_decref(argitems);
    return newargs;
}

// alias[item]: a new plain GenericAlias with the type variables substituted.
static Value alias_getitem(ThreadState *ts, Value self, Value item) {
    ObjAlias *a = (ObjAlias *)self.as.obj;
    Obj *params = alias_parameters(ts, a);
    if (!params) {
        return VNULL;
    }
    Obj *newargs = subs_parameters(ts, self, a->args, params, item);
    if (!newargs) {
        return VNULL;
    }
    Value r = alias_make(ts, &GenericAliasType, a->origin, val_obj(newargs));
    obj_decref(newargs);
    return r;
}

static Value alias_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjAlias *a = (ObjAlias *)v.as.obj;
    if (str_eq_cstr(name, "__origin__")) {
        return val_dup(a->origin);
    }
    if (str_eq_cstr(name, "__args__")) {
        return val_dup(val_obj(a->args));
    }
    if (str_eq_cstr(name, "__parameters__")) {
        Obj *params = alias_parameters(ts, a);
        return params ? val_dup(val_obj(params)) : VNULL;
    }
    if (str_eq_cstr(name, "__unpacked__")) {
        return VFALSE;
    }
    if (str_eq_cstr(name, "__typing_unpacked_tuple_args__")) {
        return VNONE;
    }
    // Like CPython, everything but these comes from the origin
    // (list[int].append is list.append), even for a subclass.
    static const char *const own[] = {"__class__", "__mro_entries__", "__reduce_ex__", "__reduce__",
                                      "__copy__", "__deepcopy__", NULL};
    for (int i = 0; own[i]; i++) {
        if (str_eq_cstr(name, own[i])) {
            return generic_getattr(ts, v, name);
        }
    }
    return obj_getattr(ts, a->origin, name);
}

static Value alias_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || !val_isinstance(b, &GenericAliasType)) {
        return VNOTIMPL;
    }
    ObjAlias *x = (ObjAlias *)a.as.obj, *y = (ObjAlias *)b.as.obj;
    int eq = val_is(x->origin, y->origin) ? obj_eq(ts, val_obj(x->args), val_obj(y->args)) : 0;
    if (eq < 0) {
        return VNULL;
    }
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static int alias_hash(ThreadState *ts, Value v, int64_t *out) {
    ObjAlias *a = (ObjAlias *)v.as.obj;
    int64_t h1, h2;
    if (obj_hash(ts, a->origin, &h1) < 0 || obj_hash(ts, val_obj(a->args), &h2) < 0) {
        return -1;
    }
    *out = (h1 ^ h2) == -1 ? -2 : h1 ^ h2;
    return 0;
}

// An alias of `origin` with `args` (a tuple, or one argument), of class
// `type` (GenericAlias or a subclass). New reference.
static Value alias_make(ThreadState *ts, Type *type, Value origin, Value args) {
    ObjAlias *a = (ObjAlias *)obj_alloc(ts, type, type->basic_size);
    if (!a) {
        return VNULL;
    }
    a->origin = val_dup(origin);
    if (val_is_tuple(args)) {
        a->args = args.as.obj;
        obj_incref(a->args);
    } else {
        a->args = tuple_pack(ts, 1, args);
    }
    if (!a->args) {
        obj_decref(&a->base);
        return VNULL;
    }
    return val_obj(&a->base);
}

// GenericAlias(origin, args), as __class_getitem__ = classmethod(GenericAlias) uses it.
static Value alias_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    if (kwnames && tuple_len(kwnames) > 0) {
        return exc_raise(ts, &ExcTypeError, "GenericAlias() takes no keyword arguments");
    }
    if (nargs != 2) {
        return exc_raise(ts, &ExcTypeError, "GenericAlias expected 2 arguments, got %lld", (long long)nargs);
    }
    return alias_make(ts, type, args[0], args[1]);
}

// alias.__mro_entries__(bases): a class statement that lists list[int]
// among its bases derives from list.
static Value m_mro_entries(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)kw;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "__mro_entries__() takes exactly one argument (%lld given)",
                         (long long)nargs);
    }
    Obj *t = tuple_pack(ts, 1, ((ObjAlias *)self.as.obj)->origin);
    return t ? val_obj(t) : VNULL;
}

// isinstance(x, list[int]) and issubclass(C, list[int]) are errors.
static Value m_instancecheck(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return exc_raise(ts, &ExcTypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static Value m_subclasscheck(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return exc_raise(ts, &ExcTypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

// alias.__reduce__(): rebuilt by calling its class with (origin, args).
static Value m_reduce(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "GenericAlias", "__reduce__", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    ObjAlias *a = (ObjAlias *)self.as.obj;
    Obj *call_args = tuple_pack(ts, 2, a->origin, val_obj(a->args));
    Obj *r = call_args ? tuple_pack(ts, 2, val_obj(&val_type(self)->base), val_obj(call_args)) : NULL;
    obj_xdecref(call_args);
    return r ? val_obj(r) : VNULL;
}

static const MethodDef alias_methods[] = {
    {"__mro_entries__", m_mro_entries, NATIVE_METHOD, NULL},
    {"__instancecheck__", m_instancecheck, NATIVE_METHOD, NULL},
    {"__subclasscheck__", m_subclasscheck, NATIVE_METHOD, NULL},
    {"__reduce__", m_reduce, NATIVE_METHOD, NULL},
    {NULL, NULL, 0, NULL},
};

static Type GenericAliasType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "GenericAlias",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjAlias),
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and "
           "t.__args__ is (int,).",
    .dealloc = alias_dealloc,
    .repr = alias_repr,
    .hash = alias_hash,
    .richcompare = alias_richcompare,
    .call = alias_call,
    .getattr = alias_getattr,
    .getitem = alias_getitem,
    .nb = {[BINOP_OR] = union_or},
    .new_ = alias_new,
};

// --- unions --------------------------------------------------------------------------------

typedef struct ObjUnion {
    Obj base;
    Obj *args;               // tuple of classes and aliases, without duplicates
} ObjUnion;

static Type UnionType;

static void union_dealloc(Obj *o) {
    obj_decref(((ObjUnion *)o)->args);
    obj_free(o);
}

static Value union_repr(ThreadState *ts, Value v) {
    Obj *args = ((ObjUnion *)v.as.obj)->args;
    StrBuf sb;
    strbuf_init(&sb);
    bool ok = true;
    for (int64_t i = 0; ok && i < tuple_len(args); i++) {
        Value a = tuple_get(args, i);
        if (i > 0) {
            strbuf_append_cstr(&sb, " | ");
        }
        if (a.tag == VAL_OBJ && a.as.obj == &NoneType.base) {
            strbuf_append_cstr(&sb, "None");
        } else {
            ok = repr_part(ts, &sb, a);
        }
    }
    Obj *s = ok ? str_new(ts, sb.data ? sb.data : "", (int64_t)sb.len) : NULL;
    strbuf_free(&sb);
    return s ? val_obj(s) : VNULL;
}

static Value union_getattr(ThreadState *ts, Value v, Obj *name) {
    if (str_eq_cstr(name, "__args__")) {
        return val_dup(val_obj(((ObjUnion *)v.as.obj)->args));
    }
    if (str_eq_cstr(name, "__parameters__")) {
        Obj *params = make_parameters(ts, ((ObjUnion *)v.as.obj)->args);
        return params ? val_obj(params) : VNULL;
    }
    return generic_getattr(ts, v, name);
}

// (int | list[T])[str]: the members with the type variables substituted,
// joined with | again.
static Value union_getitem(ThreadState *ts, Value self, Value item) {
    Obj *args = ((ObjUnion *)self.as.obj)->args;
    Obj *params = make_parameters(ts, args);
    Obj *newargs = params ? subs_parameters(ts, self, args, params, item) : NULL;
    obj_xdecref(params);
    if (!newargs) {
        return VNULL;
    }
    Value r = val_dup(tuple_get(newargs, 0));
    for (int64_t i = 1; !val_is_null(r) && i < tuple_len(newargs); i++) {
        Value next = obj_binop(ts, r, tuple_get(newargs, i), BINOP_OR);
        val_decref(r);
        r = next;
    }
    obj_decref(newargs);
    return r;
}

// The members as a frozenset, for order-blind equality and hashing.
static Value member_set(ThreadState *ts, Value u) {
    return set_from_iterable(ts, &FrozenSetType, val_obj(((ObjUnion *)u.as.obj)->args));
}

static Value union_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || !val_has_type(b, &UnionType)) {
        return VNOTIMPL;
    }
    Value x = member_set(ts, a), y = val_is_null(x) ? VNULL : member_set(ts, b);
    Value r = val_is_null(y) ? VNULL : obj_richcompare(ts, x, y, op);
    val_decref(x);
    val_decref(y);
    return r;
}

static int union_hash(ThreadState *ts, Value v, int64_t *out) {
    Value s = member_set(ts, v);
    int r = val_is_null(s) ? -1 : obj_hash(ts, s, out);
    val_decref(s);
    return r;
}

// Can `v` be a member of a union? Classes, None, aliases and unions.
static bool unionable(Value v) {
    return val_is_none(v) || val_isinstance(v, &TypeType) || val_has_type(v, &GenericAliasType) ||
           val_has_type(v, &UnionType);
}

// Appends v's members (v itself, or a union's) to list, skipping duplicates.
static int add_members(ThreadState *ts, Obj *list, Value v) {
    Value member = val_is_none(v) ? val_obj(&NoneType.base) : v;
    if (val_has_type(v, &UnionType)) {
        Obj *args = ((ObjUnion *)v.as.obj)->args;
        for (int64_t i = 0; i < tuple_len(args); i++) {
            if (add_members(ts, list, tuple_get(args, i)) < 0) {
                return -1;
            }
        }
        return 0;
    }
    for (int64_t i = 0; i < ((ObjList *)list)->len; i++) {
        int eq = obj_eq(ts, ((ObjList *)list)->items[i], member);
        if (eq != 0) {
            return eq < 0 ? -1 : 0;
        }
    }
    return list_append(ts, list, member);
}

Value union_or(ThreadState *ts, Value a, Value b) {
    if (!unionable(a) || !unionable(b)) {
        return VNOTIMPL;
    }
    Obj *members = list_new(ts, 0);
    if (!members || add_members(ts, members, a) < 0 || add_members(ts, members, b) < 0) {
        obj_xdecref(members);
        return VNULL;
    }
    if (((ObjList *)members)->len == 1) {
        // int | int is just int.
        Value only = val_dup(((ObjList *)members)->items[0]);
        obj_decref(members);
        return only;
    }
    ObjUnion *u = (ObjUnion *)obj_alloc(ts, &UnionType, sizeof(ObjUnion));
    Value t = u ? tuple_from_iterable(ts, val_obj(members)) : VNULL;
    obj_decref(members);
    if (val_is_null(t)) {
        obj_xdecref(u ? &u->base : NULL);
        return VNULL;
    }
    u->args = t.as.obj;
    return val_obj(&u->base);
}

Obj *union_members(Value v) { return val_has_type(v, &UnionType) ? ((ObjUnion *)v.as.obj)->args : NULL; }

static Type UnionType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "UnionType",
    .basic_size = sizeof(ObjUnion),
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .dealloc = union_dealloc,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .getattr = union_getattr,
    .getitem = union_getitem,
    .nb = {[BINOP_OR] = union_or},
};

// cls.__class_getitem__(item): the alias cls[item]; a tuple item gives
// several arguments.
static Value m_class_getitem(ThreadState *ts, Value cls, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "__class_getitem__() takes exactly one argument (%lld given)",
                         (long long)nargs);
    }
    return alias_make(ts, &GenericAliasType, cls, args[0]);
}

static const MethodDef class_getitem_methods[] = {
    {"__class_getitem__", m_class_getitem, NATIVE_CLASSMETHOD, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

void generic_alias_init(ThreadState *ts) {
    type_ready(ts, &GenericAliasType);
    type_add_methods(ts, &GenericAliasType, alias_methods);
    type_ready(ts, &UnionType);
    GenericAliasType.module = str_intern_cstr("types");   // <class 'types.GenericAlias'>
    UnionType.module = str_intern_cstr("types");
    Type *const generic[] = {&ListType, &DictType, &TupleType, &SetType, &FrozenSetType, &TypeType, NULL};
    for (int i = 0; generic[i]; i++) {
        type_add_methods(ts, generic[i], class_getitem_methods);
    }
}
