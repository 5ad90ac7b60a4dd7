// type: readying the built-in types, creating classes (`class` statements
// and type(name, bases, dict)), the C3 method resolution order, instance
// layout (__slots__ values, then a __dict__ pointer), attribute lookup
// along the MRO with a cache, and attribute access on classes.
//
// The lookup cache: every type has a version number, renewed whenever its
// dict or the dict of any of its bases changes (type_modified walks the
// subclasses). A global table keyed by (version, name) remembers what
// type_lookup found, so looking up a method on a class whose hierarchy has
// not changed costs one hash and two compares. Inline caches in the eval
// loop (vm_cache.c) use the same versions.
#include "runtime/frame.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_list.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"

#include "runtime/slots.h"
void heap_type_dealloc_instance(Obj *o);               // slot_dispatch.c

static uint64_t next_version = 1;

// --- the lookup cache ---------------------------------------------------------------

#define CACHE_SIZE 4096

typedef struct CacheEntry {
    uint64_t version;
    Obj *name;
    Value value;             // borrowed from the type's dict (VNULL: known missing)
} CacheEntry;

static CacheEntry lookup_cache[CACHE_SIZE];

static Value lookup_uncached(Type *type, Obj *name) {
    ObjTuple *mro = (ObjTuple *)type->mro;
    if (!mro) {
        return type->dict ? dict_get_str(type->dict, name) : VNULL;
    }
    for (int64_t i = 0; i < mro->len; i++) {
        Type *t = (Type *)mro->items[i].as.obj;
        if (t->dict) {
            Value v = dict_get_str(t->dict, name);
            if (!val_is_null(v)) {
                return v;
            }
        }
    }
    return VNULL;
}

Value type_lookup(Type *type, Obj *name) {
    if (!((ObjStr *)name)->interned || type->version == 0) {
        return lookup_uncached(type, name);
    }
    size_t h = (size_t)((type->version * 2654435761u) ^ ((uintptr_t)name >> 4)) & (CACHE_SIZE - 1);
    CacheEntry *e = &lookup_cache[h];
    if (e->version == type->version && e->name == name) {
        return e->value;
    }
    Value v = lookup_uncached(type, name);
    e->version = type->version;
    e->name = name;
    e->value = v;
    return v;
}

Value type_lookup_cstr(Type *type, const char *name) { return type_lookup(type, str_intern_cstr(name)); }

void type_modified(Type *type) {
    type->version = next_version++;
    for (int i = 0; i < type->nsubclasses; i++) {
        type_modified(type->subclasses[i]);
    }
}

static void add_subclass(Type *base, Type *sub) {
    if (base->nsubclasses == base->subclasses_cap) {
        base->subclasses_cap = base->subclasses_cap ? base->subclasses_cap * 2 : 4;
        base->subclasses = realloc(base->subclasses, sizeof(Type *) * (size_t)base->subclasses_cap);
        if (!base->subclasses) {
            cs_fatal("out of memory");
        }
    }
    base->subclasses[base->nsubclasses++] = sub;
}

static void remove_subclass(Type *base, Type *sub) {
    for (int i = 0; i < base->nsubclasses; i++) {
        if (base->subclasses[i] == sub) {
            base->subclasses[i] = base->subclasses[--base->nsubclasses];
            return;
        }
    }
}

// --- names ------------------------------------------------------------------------

// A built-in type's C name may carry its module, as CPython's tp_name
// does: "collections.deque" is __name__ 'deque' of module 'collections',
// and error messages print the whole of it.
static const char *short_name(Type *type) {
    const char *dot = type->flags & TYPE_HEAP ? NULL : strrchr(type->name, '.');
    return dot ? dot + 1 : type->name;
}

Obj *type_name_obj(Type *type) {
    if (!type->name_obj) {
        type->name_obj = str_intern_cstr(short_name(type));
    }
    return type->name_obj;
}

const char *type_qualname(Type *type) {
    return type->qualname ? str_cstr(type->qualname) : short_name(type);
}

Obj *type_module_name(Type *type) {
    if (type->module) {
        return type->module;
    }
    const char *dot = strrchr(type->name, '.');
    if (dot) {
        char buf[128];
        size_t n = (size_t)(dot - type->name) < sizeof buf - 1 ? (size_t)(dot - type->name) : sizeof buf - 1;
        memcpy(buf, type->name, n);
        buf[n] = '\0';
        type->module = str_intern_cstr(buf);
        return type->module;
    }
    return str_intern_cstr("builtins");
}

Value type_repr_value(ThreadState *ts, Type *type) {
    Obj *s;
    if (!(type->flags & TYPE_HEAP)) {
        type_module_name(type);
    }
    if (type->module && !str_eq_cstr(type->module, "builtins")) {
        s = str_format_c(ts, "<class '%U.%s'>", type->module, type_qualname(type));
    } else {
        s = str_format_c(ts, "<class '%s'>", type_qualname(type));
    }
    return s ? val_obj(s) : VNULL;
}

// --- readying static types ------------------------------------------------------------

#define INHERIT(field)                 \
    if (!type->field) {                \
        type->field = base->field;     \
    }

int type_hash_unhashable(ThreadState *ts, Value v, int64_t *out) {
    (void)out;
    exc_raise(ts, &ExcTypeError, "unhashable type: '%s'", val_type_name(v));
    return -1;
}

static void inherit_slots(Type *type, Type *base) {
    INHERIT(dealloc);
    INHERIT(repr);
    INHERIT(str);
    INHERIT(richcompare);
    // Defining equality without a hash makes a type unhashable (as a class
    // that defines __eq__ but not __hash__ is).
    if (!type->hash) {
        type->hash = (type->richcompare != base->richcompare) ? type_hash_unhashable : base->hash;
    }
    INHERIT(call);
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(descr_get);
    INHERIT(descr_set);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(len);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    INHERIT(truth);
    for (int i = 0; i < BINOP__COUNT; i++) {
        INHERIT(nb[i]);
        INHERIT(nb_inplace[i]);
    }
    INHERIT(neg);
    INHERIT(pos);
    INHERIT(invert);
    INHERIT(abs);
    INHERIT(to_int);
    INHERIT(to_float);
    INHERIT(index);
    INHERIT(new_);
    INHERIT(init);
    if (!type->dict_offset) {
        type->dict_offset = base->dict_offset;
    }
    if (!type->basic_size) {
        type->basic_size = base->basic_size;
    }
    type->flags |= base->flags & TYPE_EXCEPTION;
}

void type_ready(ThreadState *ts, Type *type) {
    if (type->flags & TYPE_READY) {
        return;
    }
    type->flags |= TYPE_READY;
    if (type != &ObjectType && !type->base_type) {
        type->base_type = &ObjectType;
    }
    Type *base = type->base_type;
    if (base) {
        type_ready(ts, base);
        inherit_slots(type, base);
        type->bases = tuple_pack(ts, 1, val_obj(&base->base));
        ObjTuple *bmro = (ObjTuple *)base->mro;
        Obj *mro = tuple_new(ts, bmro->len + 1);
        ((ObjTuple *)mro)->items[0] = val_dup(val_obj(&type->base));
        for (int64_t i = 0; i < bmro->len; i++) {
            ((ObjTuple *)mro)->items[i + 1] = val_dup(bmro->items[i]);
        }
        type->mro = mro;
        add_subclass(base, type);
    } else {
        type->bases = tuple_new(ts, 0);
        type->mro = tuple_pack(ts, 1, val_obj(&type->base));
    }
    if (!type->dict) {
        type->dict = dict_new(ts);
    }
    slots_add_wrappers(ts, type);
    if (!dict_get_cstr(type->dict, "__doc__").tag) {
        Value doc = type->doc ? val_obj(str_from_cstr(ts, type->doc)) : VNONE;
        dict_set_cstr(ts, type->dict, "__doc__", doc);
        val_decref(doc);
    }
    type->version = next_version++;
}

// --- C3 linearization ------------------------------------------------------------------

// The merge is stuck: names the classes still at the head of a sequence,
// each once, as CPython does (its message breaks the line, too).
static void mro_error(ThreadState *ts, ObjTuple **seqs, int64_t *heads, int64_t nseq) {
    StrBuf sb;
    strbuf_init(&sb);
    for (int64_t i = 0; i < nseq; i++) {
        if (heads[i] >= seqs[i]->len) {
            continue;
        }
        Obj *head = seqs[i]->items[heads[i]].as.obj;
        bool seen = false;
        for (int64_t j = 0; j < i && !seen; j++) {
            seen = heads[j] < seqs[j]->len && seqs[j]->items[heads[j]].as.obj == head;
        }
        if (!seen) {
            strbuf_printf(&sb, "%s%s", sb.len ? ", " : "", ((Type *)head)->name);
        }
    }
    exc_raise(ts, &ExcTypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s",
              sb.data ? sb.data : "");
    strbuf_free(&sb);
}

// Merges the MROs of the bases and the list of bases into one order in
// which each class comes before its bases, and bases keep their order.
static Obj *compute_mro(ThreadState *ts, Type *type, Obj *bases) {
    int64_t nb = tuple_len(bases);
    for (int64_t i = 0; i < nb; i++) {
        for (int64_t j = 0; j < i; j++) {
            if (tuple_get(bases, i).as.obj == tuple_get(bases, j).as.obj) {
                exc_raise(ts, &ExcTypeError, "duplicate base class %s",
                          ((Type *)tuple_get(bases, i).as.obj)->name);
                return NULL;
            }
        }
    }
    int64_t nseq = nb + 1;
    ObjTuple **seqs = cs_malloc(sizeof(ObjTuple *) * (size_t)nseq);
    int64_t *heads = cs_calloc((size_t)nseq, sizeof(int64_t));
    Obj *result = list_new(ts, 0);
    if (!seqs || !heads || !result) {
        cs_free(seqs);
        cs_free(heads);
        obj_xdecref(result);
        exc_no_memory(ts);
        return NULL;
    }
    for (int64_t i = 0; i < nb; i++) {
        seqs[i] = (ObjTuple *)((Type *)tuple_get(bases, i).as.obj)->mro;
    }
    seqs[nb] = (ObjTuple *)bases;
    list_append(ts, result, val_obj(&type->base));
    for (;;) {
        bool empty = true;
        Type *chosen = NULL;
        for (int64_t i = 0; i < nseq && !chosen; i++) {
            if (heads[i] >= seqs[i]->len) {
                continue;
            }
            empty = false;
            Type *cand = (Type *)seqs[i]->items[heads[i]].as.obj;
            // A candidate must not appear in the tail of any sequence.
            bool in_tail = false;
            for (int64_t j = 0; j < nseq && !in_tail; j++) {
                for (int64_t k = heads[j] + 1; k < seqs[j]->len; k++) {
                    if (seqs[j]->items[k].as.obj == &cand->base) {
                        in_tail = true;
                        break;
                    }
                }
            }
            if (!in_tail) {
                chosen = cand;
            }
        }
        if (empty) {
            break;
        }
        if (!chosen) {
            mro_error(ts, seqs, heads, nseq);
            cs_free(seqs);
            cs_free(heads);
            obj_decref(result);
            return NULL;
        }
        list_append(ts, result, val_obj(&chosen->base));
        for (int64_t i = 0; i < nseq; i++) {
            if (heads[i] < seqs[i]->len && seqs[i]->items[heads[i]].as.obj == &chosen->base) {
                heads[i]++;
            }
        }
    }
    cs_free(seqs);
    cs_free(heads);
    Value t = tuple_from_iterable(ts, val_obj(result));
    obj_decref(result);
    return val_is_null(t) ? NULL : t.as.obj;
}

// The base that decides the instance layout: the one that adds C fields.
// The nearest class whose instance layout differs from its base's: a
// built-in type, or a class whose __slots__ added storage.
static Type *solid_base(Type *t) {
    while (t->base_type && (t->flags & TYPE_HEAP) && t->n_slots == 0) {
        t = t->base_type;
    }
    return t;
}

static Type *best_base(ThreadState *ts, Obj *bases) {
    Type *winner = NULL, *winner_solid = NULL;
    for (int64_t i = 0; i < tuple_len(bases); i++) {
        Type *b = (Type *)tuple_get(bases, i).as.obj;
        Type *s = solid_base(b);
        if (!winner) {
            winner = b;
            winner_solid = s;
        } else if (type_is_subtype(winner_solid, s)) {
            // the winner's layout already includes s
        } else if (type_is_subtype(s, winner_solid)) {
            winner = b;
            winner_solid = s;
        } else {
            exc_raise(ts, &ExcTypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return winner;
}

int type_set_static_bases(ThreadState *ts, Type *type, Obj *bases) {
    Obj *mro = compute_mro(ts, type, bases);
    if (!mro) {
        return -1;
    }
    obj_decref(type->mro);
    type->mro = mro;
    obj_incref(bases);
    obj_decref(type->bases);
    type->bases = bases;
    for (int64_t i = 0; i < tuple_len(bases); i++) {
        Type *b = (Type *)tuple_get(bases, i).as.obj;
        if (b != type->base_type) {
            add_subclass(b, type);
        }
    }
    type_modified(type);
    return 0;
}

// --- __slots__ ---------------------------------------------------------------------------

// The offset of the next field t's instances get: the end of the layout
// so far, or, below str, tuple or bytes, that far after the inline items
// (OFFSET_AFTER_ITEMS, runtime/object.h).
static size_t next_field(Type *t) {
    Type *builtin = type_builtin_base(t->base_type);
    if (builtin->flags & TYPE_VARSIZE) {
        return OFFSET_AFTER_ITEMS | (t->basic_size - builtin->basic_size);
    }
    return t->basic_size;
}

// A private name in a class body is mangled: "__x" in class "_K" is "_K__x".
static Obj *mangle(ThreadState *ts, Type *t, Obj *name) {
    const char *n = str_cstr(name);
    size_t len = strlen(n);
    const char *cls = t->name;
    while (*cls == '_') {
        cls++;
    }
    if (len < 3 || n[0] != '_' || n[1] != '_' || (n[len - 1] == '_' && n[len - 2] == '_') || !*cls) {
        obj_incref(name);
        return name;
    }
    return str_format_c(ts, "_%s%s", cls, n);
}

static bool is_identifier(Obj *name) {
    const char *n = str_cstr(name);
    if (!*n || (*n >= '0' && *n <= '9')) {
        return false;
    }
    for (; *n; n++) {
        bool ok = (*n >= 'a' && *n <= 'z') || (*n >= 'A' && *n <= 'Z') || (*n >= '0' && *n <= '9') ||
                  *n == '_' || (unsigned char)*n >= 0x80;
        if (!ok) {
            return false;
        }
    }
    return true;
}

// Checks one __slots__ entry and, unless it is __dict__ or __weakref__,
// appends it to `names` (mangled). Returns -1 with an exception set.
static int slot_name(ThreadState *ts, Type *t, Value item, Obj *names, bool *want_dict) {
    if (!val_is_str_like(item)) {
        exc_raise(ts, &ExcTypeError, "__slots__ items must be strings, not '%s'", val_type_name(item));
        return -1;
    }
    if (!is_identifier(item.as.obj)) {
        exc_raise(ts, &ExcTypeError, "__slots__ must be identifiers");
        return -1;
    }
    if (str_eq_cstr(item.as.obj, "__dict__")) {
        if (t->dict_offset || *want_dict) {
            exc_raise(ts, &ExcTypeError, "__dict__ slot disallowed: we already got one");
            return -1;
        }
        *want_dict = true;
        return 0;
    }
    if (str_eq_cstr(item.as.obj, "__weakref__")) {
        return 0;
    }
    Obj *name = mangle(ts, t, item.as.obj);
    if (!name) {
        return -1;
    }
    int r = 0;
    if (!val_is_null(dict_get_str(t->dict, name))) {
        exc_raise(ts, &ExcValueError, "%R in __slots__ conflicts with class variable", val_obj(name));
        r = -1;
    } else {
        r = list_append(ts, names, val_obj(name));
    }
    obj_decref(name);
    return r;
}

// Gives the instances of t one Value per __slots__ name, after the base's
// layout, with a member descriptor for each in t's dict. *want_dict turns
// false unless "__dict__" is one of the names.
static int add_slots(ThreadState *ts, Type *t, Value slots, bool *want_dict) {
    *want_dict = false;
    Obj *names = list_new(ts, 0);
    if (!names) {
        return -1;
    }
    int r = 0;
    int64_t nitems = 0;   // __dict__ and __weakref__ included
    if (val_is_str_like(slots)) {
        // __slots__ = "name" is one name, not its characters.
        r = slot_name(ts, t, slots, names, want_dict);
        nitems = 1;
    } else {
        Value it = obj_iter(ts, slots);
        r = val_is_null(it) ? -1 : 0;
        while (r == 0) {
            Value item = obj_next(ts, it);
            if (val_is_null(item)) {
                r = exc_occurred(ts) ? -1 : 0;
                break;
            }
            r = slot_name(ts, t, item, names, want_dict);
            nitems++;
            val_decref(item);
        }
        val_decref(it);
    }
    int64_t n = ((ObjList *)names)->len;
    // CPython gives no __slots__ at all to the subclasses of its
    // variable-size types: tuple, bytes and int. (Its str is not one, and
    // ours keeps the slots after the text.)
    Type *builtin = type_builtin_base(t->base_type);
    if (r == 0 && nitems > 0 &&
        (builtin == &TupleType || builtin == &BytesType || builtin == &IntType)) {
        exc_raise(ts, &ExcTypeError, "nonempty __slots__ not supported for subtype of '%s'",
                  t->base_type->name);
        r = -1;
    }
    t->slots_offset = next_field(t);
    for (int64_t i = 0; r == 0 && i < n; i++) {
        Obj *name = ((ObjList *)names)->items[i].as.obj;
        Obj *m = member_descr_new(ts, t, name, next_field(t));
        r = m ? dict_set_str(ts, t->dict, name, val_obj(m)) : -1;
        obj_xdecref(m);
        t->basic_size += sizeof(Value);
        t->n_slots++;
    }
    obj_decref(names);
    return r;
}

// --- creating classes --------------------------------------------------------------------

static const char *const implicit_classmethods[] = {"__init_subclass__", "__class_getitem__", NULL};

// Drops a class whose creation failed. Its MRO starts with the class
// itself, a cycle that reference counting alone would never free.
static void abandon_class(Type *t) {
    obj_xdecref(t->mro);
    t->mro = NULL;
    obj_decref(&t->base);
}

Value type_new_class(ThreadState *ts, Type *meta, Obj *name, Obj *bases, Obj *ns) {
    if (tuple_len(bases) == 0) {
        bases = tuple_pack(ts, 1, val_obj(&ObjectType.base));
    } else {
        obj_incref(bases);
    }
    for (int64_t i = 0; i < tuple_len(bases); i++) {
        Value b = tuple_get(bases, i);
        if (!val_isinstance(b, &TypeType)) {
            obj_decref(bases);
            return exc_raise(ts, &ExcTypeError, "bases must be types");
        }
        Type *bt = (Type *)b.as.obj;
        if (!(bt->flags & TYPE_BASETYPE)) {
            obj_decref(bases);
            return exc_raise(ts, &ExcTypeError, "type '%s' is not an acceptable base type", bt->name);
        }
    }
    Type *base = best_base(ts, bases);
    if (!base) {
        obj_decref(bases);
        return VNULL;
    }
    Type *t = (Type *)obj_alloc(ts, meta, sizeof(Type) > meta->basic_size ? sizeof(Type) : meta->basic_size);
    if (!t) {
        obj_decref(bases);
        return VNULL;
    }
    t->flags = TYPE_HEAP | TYPE_BASETYPE | TYPE_READY | (base->flags & TYPE_EXCEPTION);
    t->name_obj = name;
    obj_incref(name);
    t->name = str_cstr(name);
    t->base_type = base;
    obj_incref(&base->base);
    t->bases = bases;
    t->doc = NULL;
    t->mro = compute_mro(ts, t, bases);
    if (!t->mro) {
        abandon_class(t);
        return VNULL;
    }
    t->dict = dict_copy(ts, ns);
    if (!t->dict) {
        abandon_class(t);
        return VNULL;
    }
    Value qualname = dict_get_cstr(t->dict, "__qualname__");
    if (!val_is_null(qualname)) {
        if (!val_is_str(qualname)) {
            abandon_class(t);
            return exc_raise(ts, &ExcTypeError, "type __qualname__ must be a str, not %s",
                             val_type_name(qualname));
        }
        t->qualname = qualname.as.obj;
        obj_incref(t->qualname);
        dict_del(ts, t->dict, val_obj(str_intern_cstr("__qualname__")));
    }
    dict_del(ts, t->dict, val_obj(str_intern_cstr("__classcell__")));
    // type(name, bases, ns) without a __module__ takes the caller's module.
    if (val_is_null(dict_get_cstr(t->dict, "__module__")) && ts->frame && ts->frame->globals) {
        Value caller = dict_get_cstr(ts->frame->globals, "__name__");
        if (!val_is_null(caller)) {
            dict_set_cstr(ts, t->dict, "__module__", caller);
        }
    }
    Value module = dict_get_cstr(t->dict, "__module__");
    if (val_is_str(module)) {
        t->module = module.as.obj;
        obj_incref(t->module);
    }
    // __new__ is a static method and __init_subclass__ a class method even
    // when written as plain functions.
    Value new_fn = dict_get_cstr(t->dict, "__new__");
    if (val_has_type(new_fn, &FunctionType)) {
        Value sm = obj_call1(ts, val_obj(&StaticMethodType.base), new_fn);
        if (val_is_null(sm)) {
            abandon_class(t);
            return VNULL;
        }
        dict_set_cstr(ts, t->dict, "__new__", sm);
        val_decref(sm);
    }
    for (int i = 0; implicit_classmethods[i]; i++) {
        Value f = dict_get_cstr(t->dict, implicit_classmethods[i]);
        if (val_has_type(f, &FunctionType)) {
            Value cm = obj_call1(ts, val_obj(&ClassMethodType.base), f);
            if (val_is_null(cm)) {
                abandon_class(t);
                return VNULL;
            }
            dict_set_cstr(ts, t->dict, implicit_classmethods[i], cm);
            val_decref(cm);
        }
    }
    // Layout: the base's, then this class's __slots__ values, then a
    // __dict__ slot if the base has none and __slots__ does not leave it out.
    // Below a type with inline items (str, tuple, bytes) these fields go
    // after the items (next_field).
    t->basic_size = base->basic_size;
    t->dict_offset = base->dict_offset;
    bool want_dict = true;
    Value slots = dict_get_cstr(t->dict, "__slots__");
    if (!val_is_null(slots) && add_slots(ts, t, slots, &want_dict) < 0) {
        abandon_class(t);
        return VNULL;
    }
    if (want_dict && !t->dict_offset) {
        t->dict_offset = next_field(t);
        t->basic_size += sizeof(Obj *);
        // The class that adds the dict lists __dict__ and __weakref__.
        if (getset_add(ts, t, "__dict__", object_get_dict, object_set_dict) < 0 ||
            getset_add(ts, t, "__weakref__", object_get_weakref, NULL) < 0) {
            abandon_class(t);
            return VNULL;
        }
    }
    // After the descriptors, as CPython orders a class's __dict__: __doc__,
    // then __hash__ = None for a class that defines __eq__ but not __hash__
    // (which makes it unhashable).
    if (val_is_null(dict_get_cstr(t->dict, "__doc__"))) {
        dict_set_cstr(ts, t->dict, "__doc__", VNONE);
    }
    if (!val_is_null(dict_get_cstr(t->dict, "__eq__")) && val_is_null(dict_get_cstr(t->dict, "__hash__"))) {
        dict_set_cstr(ts, t->dict, "__hash__", VNONE);
    }
    inherit_slots(t, base);
    t->dealloc = heap_type_dealloc_instance;
    for (int64_t i = 0; i < tuple_len(bases); i++) {
        add_subclass((Type *)tuple_get(bases, i).as.obj, t);
    }
    t->version = next_version++;
    type_fixup_slots(t);
    Value tv = val_obj(&t->base);

    // __set_name__ on the class attributes, then the base's __init_subclass__.
    int64_t pos = 0;
    Value k, v;
    Obj *items = list_new(ts, 0);
    while (items && dict_next(t->dict, &pos, &k, &v)) {
        Obj *pair = tuple_pack(ts, 2, k, v);
        list_append(ts, items, val_obj(pair));
        obj_decref(pair);
    }
    for (int64_t i = 0; items && i < ((ObjList *)items)->len; i++) {
        Value pair = ((ObjList *)items)->items[i];
        Value attr = tuple_get(pair.as.obj, 1);
        Value set_name = type_lookup_cstr(val_type(attr), "__set_name__");
        if (!val_is_null(set_name)) {
            Value bound = val_type(set_name)->descr_get
                              ? val_type(set_name)->descr_get(ts, set_name, attr, val_type(attr))
                              : val_dup(set_name);
            Value r = val_is_null(bound) ? VNULL : obj_call2(ts, bound, tv, tuple_get(pair.as.obj, 0));
            val_decref(bound);
            if (val_is_null(r)) {
                // CPython 3.11 reports the error as the cause of a RuntimeError.
                Value cause = exc_fetch(ts);
                exc_raise(ts, &ExcRuntimeError, "Error calling __set_name__ on '%s' instance %R in '%s'",
                          val_type_name(attr), tuple_get(pair.as.obj, 0), t->name);
                ObjException *e = (ObjException *)ts->curexc.as.obj;
                obj_xdecref(e->cause);
                obj_xdecref(e->context);
                e->cause = cause.as.obj;
                e->context = cause.as.obj;
                obj_incref(cause.as.obj);
                e->suppress_context = true;
                obj_decref(items);
                // User code has seen the class by now and may keep it: only
                // drop our reference.
                obj_decref(&t->base);
                return VNULL;
            }
            val_decref(r);
        }
    }
    obj_xdecref(items);
    return tv;
}

// Calls super(t, t).__init_subclass__(**kwargs) after a class is created.
int type_init_subclass(ThreadState *ts, Type *t, Value *kwvalues, Obj *kwnames) {
    ObjTuple *mro = (ObjTuple *)t->mro;
    Obj *name = str_intern_cstr("__init_subclass__");
    for (int64_t i = 1; i < mro->len; i++) {
        Type *b = (Type *)mro->items[i].as.obj;
        Value f = dict_get_str(b->dict, name);
        if (val_is_null(f)) {
            continue;
        }
        Value bound = val_type(f)->descr_get ? val_type(f)->descr_get(ts, f, val_obj(&t->base), t)
                                             : val_dup(f);
        if (val_is_null(bound)) {
            return -1;
        }
        int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
        Value r = obj_call(ts, bound, kwvalues, 0, nkw ? kwnames : NULL);
        val_decref(bound);
        if (val_is_null(r)) {
            return -1;
        }
        val_decref(r);
        return 0;
    }
    return 0;
}

static void type_dealloc(Obj *o) {
    Type *t = (Type *)o;
    if (t->bases) {
        for (int64_t i = 0; i < tuple_len(t->bases); i++) {
            remove_subclass((Type *)tuple_get(t->bases, i).as.obj, t);
        }
    }
    obj_xdecref(t->name_obj);
    obj_xdecref(t->qualname);
    obj_xdecref(t->module);
    obj_xdecref(t->bases);
    obj_xdecref(t->mro);
    obj_xdecref(t->dict);
    if (t->base_type) {
        obj_decref(&t->base_type->base);
    }
    free(t->subclasses);
    obj_free(o);
}

// --- the type type ------------------------------------------------------------------------

static Value type_repr(ThreadState *ts, Value v) { return type_repr_value(ts, (Type *)v.as.obj); }

static Value type_call(ThreadState *ts, Value callable, Value *args, int64_t nargs, Obj *kwnames) {
    Type *type = (Type *)callable.as.obj;
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (type == &TypeType && nargs == 1 && nkw == 0) {
        Type *t = val_type(args[0]);
        return val_dup(val_obj(&t->base));
    }
    if (!type->new_) {
        return exc_raise(ts, &ExcTypeError, "cannot create '%s' instances", type_qualname(type));
    }
    Value obj = type->new_(ts, type, args, nargs, kwnames);
    if (val_is_null(obj)) {
        return VNULL;
    }
    // __init__ runs only when __new__ returned an instance of the class.
    Type *ot = val_type(obj);
    if (type == &TypeType && nargs == 1) {
        return obj;
    }
    if (ot != type && !type_is_subtype(ot, type)) {
        return obj;
    }
    if (ot->init) {
        if (ot->init(ts, obj, args, nargs, kwnames) < 0) {
            val_decref(obj);
            return VNULL;
        }
    }
    return obj;
}

// type(name, bases, dict) and type.__new__(meta, name, bases, dict).
static Value type_new_slot(ThreadState *ts, Type *meta, Value *args, int64_t nargs, Obj *kwnames) {
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (nargs == 1 && nkw == 0) {
        Type *t = val_type(args[0]);
        return val_dup(val_obj(&t->base));
    }
    if (nargs != 3) {
        return exc_raise(ts, &ExcTypeError, "type() takes 1 or 3 arguments");
    }
    if (!val_is_str(args[0])) {
        return exc_raise(ts, &ExcTypeError, "type.__new__() argument 1 must be str, not %s",
                         val_type_name(args[0]));
    }
    if (!val_is_tuple(args[1])) {
        return exc_raise(ts, &ExcTypeError, "type.__new__() argument 2 must be tuple, not %s",
                         val_type_name(args[1]));
    }
    if (!val_is_dict_like(args[2])) {
        return exc_raise(ts, &ExcTypeError, "type.__new__() argument 3 must be dict, not %s",
                         val_type_name(args[2]));
    }
    // The most derived metaclass among meta and the bases' metaclasses wins.
    Type *winner = meta;
    for (int64_t i = 0; i < tuple_len(args[1].as.obj); i++) {
        Type *bm = val_type(tuple_get(args[1].as.obj, i));
        if (type_is_subtype(winner, bm)) {
            continue;
        }
        if (type_is_subtype(bm, winner)) {
            winner = bm;
            continue;
        }
        return exc_raise(ts, &ExcTypeError,
                         "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                         "subclass of the metaclasses of all its bases");
    }
    Value t = type_new_class(ts, winner, args[0].as.obj, args[1].as.obj, args[2].as.obj);
    if (val_is_null(t)) {
        return VNULL;
    }
    if (type_init_subclass(ts, (Type *)t.as.obj, args + nargs, kwnames) < 0) {
        val_decref(t);
        return VNULL;
    }
    return t;
}

static int type_init_slot(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)ts;
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return 0;
}

Value type_getattr(ThreadState *ts, Value self, Obj *name);
int type_setattr(ThreadState *ts, Value self, Obj *name, Value value);

static Value type_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    (void)ts;
    if (op == CMP_EQ) return val_bool(val_is(a, b));
    if (op == CMP_NE) return val_bool(!val_is(a, b));
    return VNOTIMPL;
}

static int type_hash(ThreadState *ts, Value v, int64_t *out) {
    (void)ts;
    uintptr_t p = (uintptr_t)v.as.obj;
    *out = (int64_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    if (*out == -1) {
        *out = -2;
    }
    return 0;
}

Type TypeType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "type",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(Type),
    .dict_offset = offsetof(Type, dict),
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .dealloc = type_dealloc,
    .repr = type_repr,
    .hash = type_hash,
    .richcompare = type_richcompare,
    .call = type_call,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .nb = {[BINOP_OR] = union_or},
    .new_ = type_new_slot,
    .init = type_init_slot,
};
