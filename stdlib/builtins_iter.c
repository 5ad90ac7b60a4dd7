// The lazy iterator types of the builtins: enumerate, zip, map, filter
// and reversed. Each holds the iterators it draws from and produces one
// item per __next__.
#include "runtime/args.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"

static Value self_iter(ThreadState *ts, Value v) {
    (void)ts;
    return val_dup(v);
}

// --- enumerate ---------------------------------------------------------------------------

typedef struct ObjEnumerate {
    Obj base;
    Value it;
    Value index;             // an int (small or big)
} ObjEnumerate;

Type EnumerateType;

static Value enumerate_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"iterable", "start"};
    Value a[2];
    if (!args_parse(ts, "enumerate", args, nargs, kwnames, names, 2, 0, a)) {
        return VNULL;
    }
    if (val_is_null(a[0])) {
        // CPython's message for this constructor carries no position.
        return exc_raise(ts, &ExcTypeError, "enumerate() missing required argument 'iterable'");
    }
    Value start = val_int(0);
    if (!val_is_null(a[1])) {
        if (!val_is_int_subclass(a[1])) {
            return exc_raise(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer",
                             val_type_name(a[1]));
        }
        start = int_exact(ts, a[1]);
    }
    Value it = obj_iter(ts, a[0]);
    if (val_is_null(it)) {
        val_decref(start);
        return VNULL;
    }
    ObjEnumerate *e = (ObjEnumerate *)obj_alloc(ts, type, sizeof(ObjEnumerate));
    if (!e) {
        val_decref(it);
        val_decref(start);
        return VNULL;
    }
    e->it = it;
    e->index = start;
    return val_obj(&e->base);
}

static void enumerate_dealloc(Obj *o) {
    ObjEnumerate *e = (ObjEnumerate *)o;
    val_decref(e->it);
    val_decref(e->index);
    obj_free(o);
}

static Value enumerate_next(ThreadState *ts, Value v) {
    if (!stack_check(ts, " while getting the next item")) {   // a chain of wrapped iterators
        return VNULL;
    }
    ObjEnumerate *e = (ObjEnumerate *)v.as.obj;
    Value x = val_type(e->it)->iternext(ts, e->it);
    if (val_is_null(x)) {
        return VNULL;
    }
    Obj *t = tuple_new(ts, 2);
    if (!t) {
        val_decref(x);
        return VNULL;
    }
    ((ObjTuple *)t)->items[0] = val_dup(e->index);
    ((ObjTuple *)t)->items[1] = x;
    Value next = int_add(ts, e->index, val_int(1));
    val_decref(e->index);
    e->index = next;
    return val_obj(t);
}

Type EnumerateType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "enumerate",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjEnumerate),
    .doc = "Return an enumerate object.",
    .dealloc = enumerate_dealloc,
    .getattr = generic_getattr,
    .iter = self_iter,
    .iternext = enumerate_next,
    .new_ = enumerate_new,
};

// --- zip --------------------------------------------------------------------------------------

typedef struct ObjZip {
    Obj base;
    Obj *iters;              // tuple of iterators
    bool strict;
    bool done;
} ObjZip;

Type ZipType;

static Value zip_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    bool strict = false;
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (int64_t i = 0; i < nkw; i++) {
        Obj *k = tuple_get(kwnames, i).as.obj;
        if (!str_eq_cstr(k, "strict")) {
            return exc_raise(ts, &ExcTypeError, "'%U' is an invalid keyword argument for zip()", k);
        }
        int t = obj_truth(ts, args[nargs + i]);
        if (t < 0) {
            return VNULL;
        }
        strict = t;
    }
    Obj *iters = tuple_new(ts, nargs);
    if (!iters) {
        return VNULL;
    }
    for (int64_t i = 0; i < nargs; i++) {
        Value it = obj_iter(ts, args[i]);
        if (val_is_null(it)) {
            ((ObjTuple *)iters)->len = i;
            obj_decref(iters);
            return VNULL;
        }
        ((ObjTuple *)iters)->items[i] = it;
    }
    ObjZip *z = (ObjZip *)obj_alloc(ts, type, sizeof(ObjZip));
    if (!z) {
        obj_decref(iters);
        return VNULL;
    }
    z->iters = iters;
    z->strict = strict;
    return val_obj(&z->base);
}

static void zip_dealloc(Obj *o) {
    obj_decref(((ObjZip *)o)->iters);
    obj_free(o);
}

static Value zip_next(ThreadState *ts, Value v) {
    if (!stack_check(ts, " while getting the next item")) {   // a chain of wrapped iterators
        return VNULL;
    }
    ObjZip *z = (ObjZip *)v.as.obj;
    ObjTuple *iters = (ObjTuple *)z->iters;
    if (z->done || iters->len == 0) {
        return VNULL;
    }
    Obj *t = tuple_new(ts, iters->len);
    if (!t) {
        return VNULL;
    }
    for (int64_t i = 0; i < iters->len; i++) {
        Value x = val_type(iters->items[i])->iternext(ts, iters->items[i]);
        if (val_is_null(x)) {
            z->done = true;
            ((ObjTuple *)t)->len = i;
            obj_decref(t);
            if (exc_occurred(ts) || !z->strict) {
                return VNULL;
            }
            if (i > 0) {
                return exc_raise(ts, &ExcValueError, "zip() argument %lld is shorter than argument%s%lld",
                                 (long long)(i + 1), i == 1 ? " " : "s 1-", (long long)i);
            }
            // The first ran out: the others must be exhausted too.
            for (int64_t j = 1; j < iters->len; j++) {
                Value y = val_type(iters->items[j])->iternext(ts, iters->items[j]);
                if (!val_is_null(y)) {
                    val_decref(y);
                    return exc_raise(ts, &ExcValueError, "zip() argument %lld is longer than argument%s%lld",
                                     (long long)(j + 1), j == 1 ? " " : "s 1-", (long long)j);
                }
                if (exc_occurred(ts)) {
                    return VNULL;
                }
            }
            return VNULL;
        }
        ((ObjTuple *)t)->items[i] = x;
    }
    return val_obj(t);
}

Type ZipType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "zip",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjZip),
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
    .dealloc = zip_dealloc,
    .getattr = generic_getattr,
    .iter = self_iter,
    .iternext = zip_next,
    .new_ = zip_new,
};

// --- map ----------------------------------------------------------------------------------------

typedef struct ObjMap {
    Obj base;
    Value func;
    Obj *iters;              // tuple
} ObjMap;

Type MapType;

static Value map_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    if (kwnames && tuple_len(kwnames)) {
        return exc_raise(ts, &ExcTypeError, "map() takes no keyword arguments");
    }
    if (nargs < 2) {
        return exc_raise(ts, &ExcTypeError, "map() must have at least two arguments.");
    }
    Obj *iters = tuple_new(ts, nargs - 1);
    if (!iters) {
        return VNULL;
    }
    for (int64_t i = 1; i < nargs; i++) {
        Value it = obj_iter(ts, args[i]);
        if (val_is_null(it)) {
            ((ObjTuple *)iters)->len = i - 1;
            obj_decref(iters);
            return VNULL;
        }
        ((ObjTuple *)iters)->items[i - 1] = it;
    }
    ObjMap *m = (ObjMap *)obj_alloc(ts, type, sizeof(ObjMap));
    if (!m) {
        obj_decref(iters);
        return VNULL;
    }
    m->func = val_dup(args[0]);
    m->iters = iters;
    return val_obj(&m->base);
}

static void map_dealloc(Obj *o) {
    ObjMap *m = (ObjMap *)o;
    val_decref(m->func);
    obj_decref(m->iters);
    obj_free(o);
}

static Value map_next(ThreadState *ts, Value v) {
    if (!stack_check(ts, " while getting the next item")) {   // a chain of wrapped iterators
        return VNULL;
    }
    ObjMap *m = (ObjMap *)v.as.obj;
    ObjTuple *iters = (ObjTuple *)m->iters;
    Value small[8];
    Value *argv = iters->len <= 8 ? small : cs_malloc_or_raise(ts, sizeof(Value) * (size_t)iters->len);
    if (!argv) {
        return VNULL;
    }
    int64_t got = 0;
    Value r = VNULL;
    for (; got < iters->len; got++) {
        Value x = val_type(iters->items[got])->iternext(ts, iters->items[got]);
        if (val_is_null(x)) {
            break;
        }
        argv[got] = x;
    }
    if (got == iters->len) {
        r = obj_call(ts, m->func, argv, got, NULL);
    }
    for (int64_t i = 0; i < got; i++) {
        val_decref(argv[i]);
    }
    if (argv != small) {
        cs_free(argv);
    }
    return r;
}

Type MapType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "map",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjMap),
    .doc = "map(func, *iterables) --> map object",
    .dealloc = map_dealloc,
    .getattr = generic_getattr,
    .iter = self_iter,
    .iternext = map_next,
    .new_ = map_new,
};

// --- filter ----------------------------------------------------------------------------------

typedef struct ObjFilter {
    Obj base;
    Value func;              // None: truth of the item
    Value it;
} ObjFilter;

Type FilterType;

static Value filter_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    if (kwnames && tuple_len(kwnames)) {
        return exc_raise(ts, &ExcTypeError, "filter() takes no keyword arguments");
    }
    if (nargs != 2) {
        return exc_raise(ts, &ExcTypeError, "filter expected 2 arguments, got %lld", (long long)nargs);
    }
    Value it = obj_iter(ts, args[1]);
    if (val_is_null(it)) {
        return VNULL;
    }
    ObjFilter *f = (ObjFilter *)obj_alloc(ts, type, sizeof(ObjFilter));
    if (!f) {
        val_decref(it);
        return VNULL;
    }
    f->func = val_dup(args[0]);
    f->it = it;
    return val_obj(&f->base);
}

static void filter_dealloc(Obj *o) {
    ObjFilter *f = (ObjFilter *)o;
    val_decref(f->func);
    val_decref(f->it);
    obj_free(o);
}

static Value filter_next(ThreadState *ts, Value v) {
    if (!stack_check(ts, " while getting the next item")) {   // a chain of wrapped iterators
        return VNULL;
    }
    ObjFilter *f = (ObjFilter *)v.as.obj;
    for (;;) {
        Value x = val_type(f->it)->iternext(ts, f->it);
        if (val_is_null(x)) {
            return VNULL;
        }
        int keep;
        if (val_is_none(f->func) || val_is(f->func, val_obj(&BoolType.base))) {
            keep = obj_truth(ts, x);
        } else {
            Value r = obj_call1(ts, f->func, x);
            keep = val_is_null(r) ? -1 : obj_truth(ts, r);
            val_decref(r);
        }
        if (keep > 0) {
            return x;
        }
        val_decref(x);
        if (keep < 0) {
            return VNULL;
        }
    }
}

Type FilterType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "filter",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjFilter),
    .doc = "filter(function or None, iterable) --> filter object",
    .dealloc = filter_dealloc,
    .getattr = generic_getattr,
    .iter = self_iter,
    .iternext = filter_next,
    .new_ = filter_new,
};

// --- reversed ------------------------------------------------------------------------------------

typedef struct ObjReversed {
    Obj base;
    Value seq;               // VNULL once exhausted
    int64_t index;
} ObjReversed;

Type ReversedType;

static Value reversed_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    if (kwnames && tuple_len(kwnames)) {
        return exc_raise(ts, &ExcTypeError, "reversed() takes no keyword arguments");
    }
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "reversed expected 1 argument, got %lld", (long long)nargs);
    }
    Value seq = args[0];
    Value rev = type_lookup_cstr(val_type(seq), "__reversed__");
    if (val_is_none(rev)) {
        return exc_raise(ts, &ExcTypeError, "'%s' object is not reversible", val_type_name(seq));
    }
    if (!val_is_null(rev)) {
        return obj_call_unbound(ts, rev, seq, NULL, 0);
    }
    // A sequence without __len__ fails in len(), with len()'s message.
    Type *t = val_type(seq);
    if (!t->getitem || val_is_dict_like(seq)) {
        return exc_raise(ts, &ExcTypeError, "'%s' object is not reversible", t->name);
    }
    int64_t n = obj_len(ts, seq);
    if (n < 0) {
        return VNULL;
    }
    ObjReversed *r = (ObjReversed *)obj_alloc(ts, type, sizeof(ObjReversed));
    if (!r) {
        return VNULL;
    }
    r->seq = val_dup(seq);
    r->index = n - 1;
    return val_obj(&r->base);
}

static void reversed_dealloc(Obj *o) {
    val_decref(((ObjReversed *)o)->seq);
    obj_free(o);
}

static Value reversed_next(ThreadState *ts, Value v) {
    ObjReversed *r = (ObjReversed *)v.as.obj;
    if (val_is_null(r->seq) || r->index < 0) {
        val_clear(&r->seq);
        return VNULL;
    }
    Value x = obj_getitem(ts, r->seq, val_int(r->index--));
    if (val_is_null(x) && (exc_matches(ts, &ExcIndexError) || exc_matches(ts, &ExcStopIteration))) {
        exc_clear(ts);
        val_clear(&r->seq);
    }
    return x;
}

Type ReversedType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "reversed",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjReversed),
    .doc = "Return a reverse iterator over the values of the given sequence.",
    .dealloc = reversed_dealloc,
    .getattr = generic_getattr,
    .iter = self_iter,
    .iternext = reversed_next,
    .new_ = reversed_new,
};

void builtins_iter_init(ThreadState *ts, Obj *module) {
    Type *types[] = {&EnumerateType, &ZipType, &MapType, &FilterType, &ReversedType};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        type_ready(ts, types[i]);
        dict_set_cstr(ts, module_dict(module), types[i]->name, val_obj(&types[i]->base));
    }
}
