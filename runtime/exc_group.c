// BaseExceptionGroup and ExceptionGroup (PEP 654): an exception that
// carries several others, as asyncio's TaskGroup raises them.
//
// A group is an ordinary exception object whose args are (message,
// exceptions) and whose dict holds `message` and `exceptions` (a tuple).
// BaseExceptionGroup(msg, excs) returns an ExceptionGroup when every
// member is an Exception, as CPython does; ExceptionGroup is both a
// BaseExceptionGroup and an Exception, the one built-in exception class
// with two bases.
//
// subgroup() and split() walk nested groups and rebuild only what changed,
// through derive(), copying the traceback, cause, context and notes.
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_list.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"

static bool is_group(Value v) { return val_isinstance(v, &ExcBaseExceptionGroup); }

// Checks the exceptions argument and returns it as a new tuple, or NULL.
static Obj *member_tuple(ThreadState *ts, Value excs) {
    if (!val_is_tuple(excs) && !val_has_type(excs, &ListType)) {
        exc_raise(ts, &ExcTypeError, "second argument (exceptions) must be a sequence");
        return NULL;
    }
    Value t = tuple_from_iterable(ts, excs);
    if (val_is_null(t)) {
        return NULL;
    }
    if (tuple_len(t.as.obj) == 0) {
        val_decref(t);
        exc_raise(ts, &ExcValueError, "second argument (exceptions) must be a non-empty sequence");
        return NULL;
    }
    for (int64_t i = 0; i < tuple_len(t.as.obj); i++) {
        if (!val_isinstance(tuple_get(t.as.obj, i), &ExcBaseException)) {
            val_decref(t);
            exc_raise(ts, &ExcValueError, "Item %lld of second argument (exceptions) is not an exception",
                      (long long)i);
            return NULL;
        }
    }
    return t.as.obj;
}

// The class to instantiate: BaseExceptionGroup itself becomes ExceptionGroup
// when every member is an Exception; an ExceptionGroup may not hold others.
static Type *group_class(ThreadState *ts, Type *type, Obj *members) {
    bool all_exceptions = true;
    for (int64_t i = 0; i < tuple_len(members); i++) {
        all_exceptions = all_exceptions && val_isinstance(tuple_get(members, i), &ExcException);
    }
    if (type == &ExcBaseExceptionGroup) {
        return all_exceptions ? &ExcExceptionGroup : type;
    }
    if (!all_exceptions && type_is_subtype(type, &ExcException)) {
        exc_raise(ts, &ExcTypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        return NULL;
    }
    return type;
}

static Value group_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    if (kwnames && tuple_len(kwnames)) {
        return exc_raise(ts, &ExcTypeError, "%s() takes no keyword arguments", type->name);
    }
    if (nargs != 2) {
        return exc_raise(ts, &ExcTypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%lld given)",
                         (long long)nargs);
    }
    if (!val_is_str_like(args[0])) {
        return exc_raise(ts, &ExcTypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                         val_type_name(args[0]));
    }
    Obj *members = member_tuple(ts, args[1]);
    Type *cls = members ? group_class(ts, type, members) : NULL;
    ObjException *e = cls ? (ObjException *)obj_alloc(ts, cls, cls->basic_size) : NULL;
    if (e) {
        e->args = tuple_from_array(ts, args, 2);
    }
    Value r = e ? val_obj(&e->base) : VNULL;
    if (e && (!e->args || exc_set_attr(ts, r, "message", args[0]) < 0 ||
              exc_set_attr(ts, r, "exceptions", val_obj(members)) < 0)) {
        val_clear(&r);
    }
    obj_xdecref(members);
    return r;
}

// __init__ accepts what __new__ took and does nothing more.
static int group_init(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)ts;
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return 0;
}

static Value group_str(ThreadState *ts, Value v) {
    Value msg = exc_get_attr(v, "message"), excs = exc_get_attr(v, "exceptions");
    if (val_is_null(msg) || !val_is_tuple(excs)) {
        return val_obj(str_intern_cstr(""));
    }
    int64_t n = tuple_len(excs.as.obj);
    Obj *s = str_format_c(ts, "%S (%lld sub-exception%s)", msg, (long long)n, n == 1 ? "" : "s");
    return s ? val_obj(s) : VNULL;
}

// --- derive, subgroup, split ---------------------------------------------------------------

// Does one leaf match the condition (a class, a tuple of classes or a
// predicate)? 1, 0 or -1.
static int matches(ThreadState *ts, Value exc, Value cond) {
    if (val_isinstance(cond, &TypeType) || val_is_tuple(cond)) {
        return exc_given_matches(ts, exc, cond);
    }
    Value r = obj_call1(ts, cond, exc);
    if (val_is_null(r)) {
        return -1;
    }
    int t = obj_truth(ts, r);
    val_decref(r);
    return t;
}

static void copy_link(Obj **dest, Obj *src) {
    obj_xdecref(*dest);
    *dest = src;
    if (src) {
        obj_incref(src);
    }
}

// self.derive(members) with self's traceback, cause, context and notes.
static Value derive_like(ThreadState *ts, Value self, Obj *members) {
    Value arg = val_obj(members);
    Value r = obj_call_method(ts, self, "derive", &arg, 1);
    if (val_is_null(r) || !val_isinstance(r, &ExcBaseException)) {
        return r;
    }
    ObjException *from = (ObjException *)self.as.obj, *to = (ObjException *)r.as.obj;
    copy_link(&to->traceback, from->traceback);
    copy_link(&to->cause, from->cause);
    copy_link(&to->context, from->context);
    to->suppress_context = from->suppress_context;
    Value notes = exc_get_attr(self, "__notes__");
    if (!val_is_null(notes) && exc_set_attr(ts, r, "__notes__", notes) < 0) {
        val_clear(&r);
    }
    return r;
}

// Splits self by cond into the matching part (*match) and the rest
// (*rest), each a new group, self itself, or VNONE. -1 on error.
static int split_group(ThreadState *ts, Value self, Value cond, Value *match, Value *rest) {
    *match = *rest = VNONE;
    int m = matches(ts, self, cond);
    if (m != 0) {
        *match = m > 0 ? val_dup(self) : VNONE;
        return m < 0 ? -1 : 0;
    }
    Obj *excs = exc_get_attr(self, "exceptions").as.obj;
    Obj *yes = list_new(ts, 0), *no = list_new(ts, 0);
    int r = yes && no ? 0 : -1;
    for (int64_t i = 0; r == 0 && i < tuple_len(excs); i++) {
        Value e = tuple_get(excs, i), sub_yes = VNONE, sub_no = VNONE;
        if (is_group(e)) {
            r = split_group(ts, e, cond, &sub_yes, &sub_no);
        } else {
            int k = matches(ts, e, cond);
            if (k < 0) {
                r = -1;
            } else if (k > 0) {
                sub_yes = val_dup(e);
            } else {
                sub_no = val_dup(e);
            }
        }
        if (r == 0 && !val_is_none(sub_yes)) r = list_append(ts, yes, sub_yes);
        if (r == 0 && !val_is_none(sub_no)) r = list_append(ts, no, sub_no);
        val_decref(sub_yes);
        val_decref(sub_no);
    }
    if (r == 0) {
        int64_t ny = ((ObjList *)yes)->len, nn = ((ObjList *)no)->len;
        *match = ny == 0 ? VNONE : nn == 0 ? val_dup(self) : derive_like(ts, self, yes);
        *rest = nn == 0 ? VNONE : ny == 0 ? val_dup(self) : derive_like(ts, self, no);
        r = val_is_null(*match) || val_is_null(*rest) ? -1 : 0;
    }
    obj_xdecref(yes);
    obj_xdecref(no);
    return r;
}

static bool check_condition(ThreadState *ts, Value *args, int64_t nargs, const char *name) {
    if (nargs != 1) {
        exc_raise(ts, &ExcTypeError, "%s() takes exactly one argument (%lld given)", name, (long long)nargs);
        return false;
    }
    Value c = args[0];
    if (!val_isinstance(c, &TypeType) && !val_is_tuple(c) && !obj_is_callable(c)) {
        exc_raise(ts, &ExcTypeError, "expected a function, exception type or tuple of exception types");
        return false;
    }
    return true;
}

static Value m_split(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    Value match, rest;
    if (!check_condition(ts, args, nargs, "split") || split_group(ts, self, args[0], &match, &rest) < 0) {
        return VNULL;
    }
    Obj *t = tuple_pack(ts, 2, match, rest);
    val_decref(match);
    val_decref(rest);
    return t ? val_obj(t) : VNULL;
}

static Value m_subgroup(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    Value match, rest;
    if (!check_condition(ts, args, nargs, "subgroup") || split_group(ts, self, args[0], &match, &rest) < 0) {
        return VNULL;
    }
    val_decref(rest);
    return match;
}

static Value m_derive(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "derive() takes exactly one argument (%lld given)", (long long)nargs);
    }
    Value pair[2] = {exc_get_attr(self, "message"), args[0]};
    return obj_call(ts, val_obj(&ExcBaseExceptionGroup.base), pair, 2, NULL);
}

static const MethodDef group_methods[] = {
    {"derive", m_derive, NATIVE_METHOD, NULL},
    {"split", m_split, NATIVE_METHOD, NULL},
    {"subgroup", m_subgroup, NATIVE_METHOD, NULL},
    {NULL, NULL, 0, NULL},
};

void exc_group_prepare(void) {
    ExcBaseExceptionGroup.new_ = group_new;
    ExcBaseExceptionGroup.init = group_init;
    ExcBaseExceptionGroup.str = group_str;
}

void exc_group_init(ThreadState *ts) {
    type_add_methods(ts, &ExcBaseExceptionGroup, group_methods);
    Obj *bases = tuple_pack(ts, 2, val_obj(&ExcBaseExceptionGroup.base), val_obj(&ExcException.base));
    if (!bases || type_set_static_bases(ts, &ExcExceptionGroup, bases) < 0) {
        cs_fatal("cannot create ExceptionGroup");
    }
    obj_decref(bases);
}
