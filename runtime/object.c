// The generic object protocol: what `repr(x)`, `x == y`, `x.name`, `x[k]`,
// `f(x)`, `iter(x)` and `a + b` do for any value, by way of the type's
// slots. The eval loop inlines the common cases (small ints, floats, str)
// and calls these for everything else.
//
// Binary operators follow CPython's rules: try the left operand's method,
// then the right operand's reflected one; but if the right operand's type
// is a subclass of the left's that overrides the reflected method, it goes
// first. A built-in (static) type implements an operator with one C slot
// taking both operands in source order; a class defined in the language
// answers through its __add__/__radd__ methods, looked up along its MRO.
#include <math.h>

#include "runtime/frame.h"
#include "runtime/obj_bytes.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_range.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/suggest.h"
#include "runtime/strbuf.h"

static const char *const binop_symbols[] = {
#define X(name, sym, d, r, i) sym,
    BINOP_LIST(X)
#undef X
};
static const char *const binop_dunders[] = {
#define X(name, sym, d, r, i) d,
    BINOP_LIST(X)
#undef X
};
static const char *const binop_rdunders[] = {
#define X(name, sym, d, r, i) r,
    BINOP_LIST(X)
#undef X
};
static const char *const binop_idunders[] = {
#define X(name, sym, d, r, i) i,
    BINOP_LIST(X)
#undef X
};

const char *binop_symbol(BinOp op) { return binop_symbols[op]; }
const char *binop_dunder(BinOp op) { return binop_dunders[op]; }

// --- repr and str -----------------------------------------------------------

static Value check_str_result(ThreadState *ts, Value r, const char *what) {
    if (val_is_null(r) || val_is_str_like(r)) {
        return r;
    }
    exc_raise(ts, &ExcTypeError, "%s returned non-string (type %s)", what, val_type_name(r));
    val_decref(r);
    return VNULL;
}

Value obj_repr(ThreadState *ts, Value v) {
    if (!stack_check(ts, " while getting the repr of an object")) {
        return VNULL;
    }
    Type *t = val_type(v);
    Value r = t->repr(ts, v);
    return check_str_result(ts, r, "__repr__");
}

Value obj_str(ThreadState *ts, Value v) {
    if (val_is_str(v)) {
        return val_dup(v);
    }
    if (!stack_check(ts, " while getting the str of an object")) {
        return VNULL;
    }
    Type *t = val_type(v);
    Value r = t->str ? t->str(ts, v) : t->repr(ts, v);
    return check_str_result(ts, r, "__str__");
}

Value obj_ascii(ThreadState *ts, Value v) {
    Value r = obj_repr(ts, v);
    if (val_is_null(r) || as_str(r)->ascii) {
        return r;
    }
    StrBuf sb;
    strbuf_init(&sb);
    const char *p = as_str(r)->data;
    const char *end = p + as_str(r)->nbytes;
    while (p < end) {
        uint32_t cp = utf8_next(&p);
        if (cp < 0x80) {
            strbuf_append_char(&sb, (char)cp);
        } else if (cp < 0x100) {
            strbuf_printf(&sb, "\\x%02x", cp);
        } else if (cp < 0x10000) {
            strbuf_printf(&sb, "\\u%04x", cp);
        } else {
            strbuf_printf(&sb, "\\U%08x", cp);
        }
    }
    val_decref(r);
    Obj *s = str_new(ts, sb.data, (int64_t)sb.len);
    strbuf_free(&sb);
    return s ? val_obj(s) : VNULL;
}

// --- hashing and comparison -------------------------------------------------

int obj_hash(ThreadState *ts, Value v, int64_t *out) {
    switch (v.tag) {
    case VAL_INT:
    case VAL_BOOL:
        *out = int_hash(v);
        return 0;
    case VAL_FLOAT:
        *out = float_hash(v.as.f);
        return 0;
    case VAL_NONE:
        *out = (int64_t)0xFCA86420 >> 4;   // a fixed value, as CPython's None hash is
        return 0;
    default:
        break;
    }
    if (val_is_str(v)) {
        *out = str_hash(v.as.obj);
        return 0;
    }
    Type *t = val_type(v);
    if (!t->hash) {
        exc_raise(ts, &ExcTypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    // A tuple of a tuple of a tuple... hashes its items recursively.
    if (!stack_check(ts, " while hashing")) {
        return -1;
    }
    return t->hash(ts, v, out);
}

static const CmpOp swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

Value obj_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    if (!stack_check(ts, " in comparison")) {
        return VNULL;
    }
    Type *ta = val_type(a), *tb = val_type(b);
    bool checked_reverse = false;
    Value r;
    if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
        checked_reverse = true;
        r = tb->richcompare(ts, b, a, swapped_op[op]);
        if (!val_is_notimpl(r)) {
            return r;
        }
        val_decref(r);
    }
    if (ta->richcompare) {
        r = ta->richcompare(ts, a, b, op);
        if (!val_is_notimpl(r)) {
            return r;
        }
        val_decref(r);
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(ts, b, a, swapped_op[op]);
        if (!val_is_notimpl(r)) {
            return r;
        }
        val_decref(r);
    }
    switch (op) {
    case CMP_EQ: return val_bool(val_is(a, b));
    case CMP_NE: return val_bool(!val_is(a, b));
    default:
        return exc_raise(ts, &ExcTypeError, "'%s' not supported between instances of '%s' and '%s'",
                         cmp_symbols[op], ta->name, tb->name);
    }
}

int obj_richcompare_bool(ThreadState *ts, Value a, Value b, CmpOp op) {
    Value r = obj_richcompare(ts, a, b, op);
    if (val_is_null(r)) {
        return -1;
    }
    if (r.tag == VAL_BOOL) {
        return (int)r.as.i;
    }
    int t = obj_truth(ts, r);
    val_decref(r);
    return t;
}

int obj_eq(ThreadState *ts, Value a, Value b) {
    if (val_is(a, b)) {
        // Identity implies equality for containers, as in CPython. Floats are
        // unboxed, so `is` compares their bits: the same NaN variable is found
        // in a list or a dict, which is what `x = nan; x in [x]` shows there.
        return 1;
    }
    if (a.tag == VAL_INT && b.tag == VAL_INT) {
        return 0;
    }
    if (val_is_str(a) && val_is_str(b)) {
        return str_eq(a.as.obj, b.as.obj);
    }
    return obj_richcompare_bool(ts, a, b, CMP_EQ);
}

int obj_truth(ThreadState *ts, Value v) {
    switch (v.tag) {
    case VAL_BOOL:
    case VAL_INT: return v.as.i != 0;
    case VAL_NONE: return 0;
    case VAL_FLOAT: return v.as.f != 0.0;
    default: break;
    }
    Type *t = val_type(v);
    if (t->truth) {
        return t->truth(ts, v);
    }
    if (t->len) {
        int64_t n = t->len(ts, v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

int64_t obj_len(ThreadState *ts, Value v) {
    Type *t = val_type(v);
    if (!t->len) {
        exc_raise(ts, &ExcTypeError, "object of type '%s' has no len()", t->name);
        return -1;
    }
    return t->len(ts, v);
}

// --- attributes -------------------------------------------------------------

// The lookup itself, without the context that "Did you mean" needs.
static Value getattr_plain(ThreadState *ts, Value v, Obj *name) {
    Type *t = val_type(v);
    if (!t->getattr) {
        return exc_raise(ts, &ExcAttributeError, "'%s' object has no attribute '%U'", t->name, name);
    }
    return t->getattr(ts, v, name);
}

Value obj_getattr(ThreadState *ts, Value v, Obj *name) {
    Value r = getattr_plain(ts, v, name);
    if (val_is_null(r)) {
        suggest_attribute_error_context(ts, v, name);
    }
    return r;
}

Value obj_getattr_cstr(ThreadState *ts, Value v, const char *name) {
    return obj_getattr(ts, v, str_intern_cstr(name));
}

Value obj_lookup_attr(ThreadState *ts, Value v, Obj *name) {
    Value r = getattr_plain(ts, v, name);
    if (val_is_null(r) && exc_matches(ts, &ExcAttributeError)) {
        exc_clear(ts);
    }
    return r;
}

int obj_setattr(ThreadState *ts, Value v, Obj *name, Value value) {
    Type *t = val_type(v);
    if (!t->setattr) {
        if (t->getattr == generic_getattr || !t->getattr) {
            exc_raise(ts, &ExcAttributeError,
                      val_is_null(value) ? "'%s' object has no attribute '%U'"
                                         : "'%s' object has no attribute '%U'",
                      t->name, name);
        } else {
            exc_raise(ts, &ExcAttributeError, "'%s' object attribute '%U' is read-only", t->name,
                      name);
        }
        return -1;
    }
    return t->setattr(ts, v, name, value);
}

// --- the fields of instances with inline items --------------------------------------------

// Where the items of an instance of str, tuple or bytes (or of a class
// derived from one) end: its base struct, then the text or the values.
static size_t items_end(Obj *o) {
    for (Type *t = o->type; t; t = t->base_type) {
        if (t == &StrType) {
            return offsetof(ObjStr, data) + (size_t)((ObjStr *)o)->nbytes + 1;
        }
        if (t == &TupleType) {
            return offsetof(ObjTuple, items) + (size_t)((ObjTuple *)o)->len * sizeof(Value);
        }
        if (t == &BytesType) {
            return offsetof(ObjBytes, data) + (size_t)((ObjBytes *)o)->len + 1;
        }
    }
    cs_fatal("a field after the items of a '%s' object, which has no inline items", o->type->name);
}

// Fields after the items must be aligned; the text of a str ends anywhere.
static size_t align_fields(size_t n) { return (n + _Alignof(Value) - 1) & ~(_Alignof(Value) - 1); }

void *obj_after_items(Obj *o, size_t offset) {
    return (char *)o + align_fields(items_end(o)) + (offset & ~OFFSET_AFTER_ITEMS);
}

size_t obj_var_size(Type *type, size_t end) {
    size_t own = type->basic_size - type_builtin_base(type)->basic_size;
    return own ? align_fields(end) + own : end;
}

// --- attributes ---------------------------------------------------------------------------

Value object_getattr_special(ThreadState *ts, Value self, Obj *name);   // obj_object.c

static bool is_data_descriptor(Value d) {
    return d.tag == VAL_OBJ && d.as.obj->type->descr_set != NULL;
}

Value generic_getattr(ThreadState *ts, Value self, Obj *name) {
    Type *t = val_type(self);
    Value descr = type_lookup(t, name);
    if (!val_is_null(descr)) {
        Type *dt = val_type(descr);
        if (dt->descr_get && dt->descr_set) {
            return dt->descr_get(ts, descr, self, t);
        }
    }
    if (self.tag == VAL_OBJ) {
        Obj **dictp = obj_dict_ptr(self.as.obj);
        if (dictp && *dictp) {
            Value v = dict_get_str(*dictp, name);
            if (!val_is_null(v)) {
                return val_dup(v);
            }
        }
    }
    if (!val_is_null(descr)) {
        Type *dt = val_type(descr);
        if (dt->descr_get) {
            return dt->descr_get(ts, descr, self, t);
        }
        return val_dup(descr);
    }
    Value special = object_getattr_special(ts, self, name);
    if (!val_is_null(special) || exc_occurred(ts)) {
        return special;
    }
    return exc_raise(ts, &ExcAttributeError, "'%s' object has no attribute '%U'", t->name, name);
}

// Does a built-in type's own getattr show `name` (an attribute it computes
// rather than one a descriptor in its dict provides)? Never raises.
static bool shown_by_getattr(ThreadState *ts, Type *t, Value self, Obj *name) {
    if ((t->flags & TYPE_HEAP) || !t->getattr || t->getattr == generic_getattr) {
        return false;
    }
    Value saved = exc_fetch(ts);
    Value v = t->getattr(ts, self, name);
    bool found = !val_is_null(v);
    val_decref(v);
    exc_clear(ts);
    exc_restore(ts, saved);
    return found;
}

int generic_setattr(ThreadState *ts, Value self, Obj *name, Value value) {
    Type *t = val_type(self);
    Value descr = type_lookup(t, name);
    if (!val_is_null(descr) && is_data_descriptor(descr)) {
        return val_type(descr)->descr_set(ts, descr, self, value);
    }
    Obj **dictp = self.tag == VAL_OBJ ? obj_dict_ptr(self.as.obj) : NULL;
    if (!dictp) {
        if (val_is_null(descr) && shown_by_getattr(ts, t, self, name)) {
            // CPython's read-only member (range.start, slice.stop, code.co_name...).
            exc_raise(ts, &ExcAttributeError, "readonly attribute");
        } else if (val_is_null(descr)) {
            exc_raise(ts, &ExcAttributeError, "'%s' object has no attribute '%U'", t->name, name);
        } else {
            exc_raise(ts, &ExcAttributeError, "'%s' object attribute '%U' is read-only", t->name,
                      name);
        }
        return -1;
    }
    if (val_is_null(value)) {
        int r = *dictp ? dict_del(ts, *dictp, val_obj(name)) : 0;
        if (r == 0) {
            exc_raise(ts, &ExcAttributeError, "'%s' object has no attribute '%U'", t->name, name);
            return -1;
        }
        return r < 0 ? -1 : 0;
    }
    if (!*dictp) {
        *dictp = dict_new(ts);
        if (!*dictp) {
            return -1;
        }
    }
    return dict_set_str(ts, *dictp, name, value);
}

// --- items, containment, iteration --------------------------------------------

Value obj_getitem(ThreadState *ts, Value v, Value key) {
    Type *t = val_type(v);
    if (t->getitem) {
        return t->getitem(ts, v, key);
    }
    if (t == &TypeType || type_is_subtype(t, &TypeType)) {
        // Generic aliases such as list[int]: there are no type parameters
        // at run time, so the class itself stands in for the alias.
        Value cg = type_lookup((Type *)v.as.obj, str_intern_cstr("__class_getitem__"));
        if (!val_is_null(cg)) {
            Value bound = val_type(cg)->descr_get ? val_type(cg)->descr_get(ts, cg, VNULL, (Type *)v.as.obj)
                                                  : val_dup(cg);
            if (val_is_null(bound)) {
                return VNULL;
            }
            Value r = obj_call1(ts, bound, key);
            val_decref(bound);
            return r;
        }
        return exc_raise(ts, &ExcTypeError, "type '%s' is not subscriptable",
                         ((Type *)v.as.obj)->name);
    }
    return exc_raise(ts, &ExcTypeError, "'%s' object is not subscriptable", t->name);
}

int obj_setitem(ThreadState *ts, Value v, Value key, Value value) {
    Type *t = val_type(v);
    if (!t->setitem) {
        if (val_is_null(value)) {
            // CPython words it differently for sequence-like types given an index.
            bool sequence = (t->flags & TYPE_HEAP) || t->getitem || t->len || t->contains;
            bool index = val_is_int_subclass(key) || val_type(key)->index;
            exc_raise(ts, &ExcTypeError, "'%s' object %s support item deletion", t->name,
                      sequence && index ? "doesn't" : "does not");
        } else {
            exc_raise(ts, &ExcTypeError, "'%s' object does not support item assignment", t->name);
        }
        return -1;
    }
    return t->setitem(ts, v, key, value);
}

int obj_contains(ThreadState *ts, Value container, Value item) {
    Type *t = val_type(container);
    if (t->contains) {
        return t->contains(ts, container, item);
    }
    Value it = obj_iter(ts, container);
    if (val_is_null(it)) {
        if (exc_matches(ts, &ExcTypeError)) {
            exc_clear(ts);
            exc_raise(ts, &ExcTypeError, "argument of type '%s' is not iterable", t->name);
        }
        return -1;
    }
    int found = 0;
    for (;;) {
        Value x = obj_next(ts, it);
        if (val_is_null(x)) {
            if (exc_occurred(ts)) {
                found = -1;
            }
            break;
        }
        int eq = obj_eq(ts, x, item);
        val_decref(x);
        if (eq != 0) {
            found = eq;
            break;
        }
    }
    val_decref(it);
    return found;
}

Value obj_iter(ThreadState *ts, Value v) {
    Type *t = val_type(v);
    if (t->iter) {
        Value it = t->iter(ts, v);
        if (!val_is_null(it) && !val_type(it)->iternext) {
            exc_raise(ts, &ExcTypeError, "iter() returned non-iterator of type '%s'",
                      val_type_name(it));
            val_decref(it);
            return VNULL;
        }
        return it;
    }
    if (t->getitem) {
        Obj *it = seqiter_new(ts, &SeqIterType, v);
        return it ? val_obj(it) : VNULL;
    }
    return exc_raise(ts, &ExcTypeError, "'%s' object is not iterable", t->name);
}

Value obj_next(ThreadState *ts, Value iter) {
    Type *t = val_type(iter);
    if (!t->iternext) {
        return exc_raise(ts, &ExcTypeError, "'%s' object is not an iterator", t->name);
    }
    return t->iternext(ts, iter);
}

// --- calls ------------------------------------------------------------------

Value obj_call(ThreadState *ts, Value callable, Value *args, int64_t nargs, Obj *kwnames) {
    Type *t = val_type(callable);
    if (!t->call) {
        return exc_raise(ts, &ExcTypeError, "'%s' object is not callable", t->name);
    }
    return t->call(ts, callable, args, nargs, kwnames);
}

Value obj_call0(ThreadState *ts, Value callable) { return obj_call(ts, callable, NULL, 0, NULL); }

Value obj_call1(ThreadState *ts, Value callable, Value a) {
    return obj_call(ts, callable, &a, 1, NULL);
}

Value obj_call2(ThreadState *ts, Value callable, Value a, Value b) {
    Value args[2] = {a, b};
    return obj_call(ts, callable, args, 2, NULL);
}

Value obj_call_method(ThreadState *ts, Value v, const char *name, Value *args, int64_t nargs) {
    Value m = obj_getattr(ts, v, str_intern_cstr(name));
    if (val_is_null(m)) {
        return VNULL;
    }
    Value r = obj_call(ts, m, args, nargs, NULL);
    val_decref(m);
    return r;
}

bool obj_is_callable(Value v) { return val_type(v)->call != NULL; }

// Calls a method found on a class (a function, a native method, or any
// descriptor) with self prepended, without creating a bound method when
// it can be avoided.
Value obj_call_unbound(ThreadState *ts, Value descr, Value self, Value *args, int nargs) {
    Value argv[4];
    argv[0] = self;
    for (int i = 0; i < nargs; i++) {
        argv[i + 1] = args[i];
    }
    Type *dt = val_type(descr);
    if (dt == &FunctionType) {
        return obj_call(ts, descr, argv, nargs + 1, NULL);
    }
    if (dt == &NativeType && (((ObjNative *)descr.as.obj)->flags & NATIVE_METHOD)) {
        return ((ObjNative *)descr.as.obj)->fn(ts, self, args, nargs, NULL);
    }
    Value bound = dt->descr_get ? dt->descr_get(ts, descr, self, val_type(self)) : val_dup(descr);
    if (val_is_null(bound)) {
        return VNULL;
    }
    Value r = obj_call(ts, bound, args, nargs, NULL);
    val_decref(bound);
    return r;
}

// --- operators --------------------------------------------------------------

static Value heap_binop(ThreadState *ts, Type *t, const char *dunder, Value self, Value other) {
    Value f = type_lookup(t, str_intern_cstr(dunder));
    if (val_is_null(f) || val_is_none(f)) {
        return VNOTIMPL;
    }
    return obj_call_unbound(ts, f, self, &other, 1);
}

// The left operand's method (a's type is t).
static Value binop_forward(ThreadState *ts, Type *t, Value a, Value b, BinOp op) {
    if (t->flags & TYPE_HEAP) {
        return heap_binop(ts, t, binop_dunders[op], a, b);
    }
    return t->nb[op] ? t->nb[op](ts, a, b) : VNOTIMPL;
}

// The right operand's reflected method (b's type is t).
static Value binop_reflected(ThreadState *ts, Type *t, Value a, Value b, BinOp op) {
    if (t->flags & TYPE_HEAP) {
        return heap_binop(ts, t, binop_rdunders[op], b, a);
    }
    return t->nb[op] ? t->nb[op](ts, a, b) : VNOTIMPL;
}

static bool overrides_reflected(Type *tb, Type *ta, BinOp op) {
    if (!(tb->flags & TYPE_HEAP)) {
        return tb->nb[op] != NULL && tb->nb[op] != ta->nb[op];
    }
    Obj *name = str_intern_cstr(binop_rdunders[op]);
    Value fb = type_lookup(tb, name);
    return !val_is_null(fb) && !val_is(fb, type_lookup(ta, name));
}

// The built-in types that repeat with `*` (CPython's sq_repeat).
static bool is_builtin_sequence(Value v) {
    return val_isinstance(v, &StrType) || val_isinstance(v, &ListType) || val_isinstance(v, &TupleType) ||
           val_isinstance(v, &BytesType) || val_isinstance(v, &ByteArrayType);
}

static Value binop_generic(ThreadState *ts, Value a, Value b, BinOp op, const char *symbol) {
    if (!stack_check(ts, "")) {
        return VNULL;
    }
    Type *ta = val_type(a), *tb = val_type(b);
    Value r;
    bool reflected_done = false;
    if (ta != tb && type_is_subtype(tb, ta) && overrides_reflected(tb, ta, op)) {
        reflected_done = true;
        r = binop_reflected(ts, tb, a, b, op);
        if (!val_is_notimpl(r)) {
            return r;
        }
        val_decref(r);
    }
    r = binop_forward(ts, ta, a, b, op);
    if (!val_is_notimpl(r)) {
        return r;
    }
    val_decref(r);
    if (ta != tb && !reflected_done) {
        r = binop_reflected(ts, tb, a, b, op);
        if (!val_is_notimpl(r)) {
            return r;
        }
        val_decref(r);
    }
    if (op == BINOP_MOD && val_isinstance(a, &StrType)) {
        // '%' with an unsupported right operand still goes to str formatting.
        return exc_raise(ts, &ExcTypeError, "not all arguments converted during string formatting");
    }
    if (op == BINOP_RSHIFT && ta == &NativeType && str_eq_cstr(type_name_obj(ta), "builtin_function_or_method")) {
        // print >> x: the Python 2 habit gets CPython's hint.
        return exc_raise(ts, &ExcTypeError,
                         "unsupported operand type(s) for >>: 'builtin_function_or_method' and '%s'. "
                         "Did you mean \"print(<message>, file=<output_stream>)\"?",
                         tb->name);
    }
    if (op == BINOP_MUL && (is_builtin_sequence(a) || is_builtin_sequence(b))) {
        // CPython falls back to sequence repetition, which then names the other operand.
        Type *culprit = is_builtin_sequence(a) ? tb : ta;
        return exc_raise(ts, &ExcTypeError, "can't multiply sequence by non-int of type '%s'",
                         culprit->name);
    }
    if (op == BINOP_POW && strcmp(symbol, "**") == 0) {
        return exc_raise(ts, &ExcTypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                         ta->name, tb->name);
    }
    return exc_raise(ts, &ExcTypeError, "unsupported operand type(s) for %s: '%s' and '%s'", symbol,
                     ta->name, tb->name);
}

Value obj_binop(ThreadState *ts, Value a, Value b, BinOp op) {
    return binop_generic(ts, a, b, op, binop_symbols[op]);
}

Value obj_inplace_binop(ThreadState *ts, Value a, Value b, BinOp op) {
    Type *t = val_type(a);
    Value r = VNOTIMPL;
    if (t->flags & TYPE_HEAP) {
        r = heap_binop(ts, t, binop_idunders[op], a, b);
    } else if (t->nb_inplace[op]) {
        r = t->nb_inplace[op](ts, a, b);
    }
    if (!val_is_notimpl(r)) {
        return r;
    }
    val_decref(r);
    char sym[8];
    snprintf(sym, sizeof sym, "%s=", binop_symbols[op]);
    return binop_generic(ts, a, b, op, sym);
}

static Value unary(ThreadState *ts, Value v, size_t slot_offset, const char *dunder,
                   const char *symbol) {
    Type *t = val_type(v);
    if (t->flags & TYPE_HEAP) {
        Value f = type_lookup(t, str_intern_cstr(dunder));
        if (!val_is_null(f)) {
            return obj_call_unbound(ts, f, v, NULL, 0);
        }
    } else {
        UnaryFn fn = *(UnaryFn *)((char *)t + slot_offset);
        if (fn) {
            return fn(ts, v);
        }
    }
    if (!symbol) {
        return exc_raise(ts, &ExcTypeError, "bad operand type for abs(): '%s'", t->name);
    }
    return exc_raise(ts, &ExcTypeError, "bad operand type for unary %s: '%s'", symbol, t->name);
}

Value obj_neg(ThreadState *ts, Value v) {
    return unary(ts, v, offsetof(Type, neg), "__neg__", "-");
}
Value obj_pos(ThreadState *ts, Value v) {
    return unary(ts, v, offsetof(Type, pos), "__pos__", "+");
}
Value obj_invert(ThreadState *ts, Value v) {
    return unary(ts, v, offsetof(Type, invert), "__invert__", "~");
}
Value obj_abs(ThreadState *ts, Value v) { return unary(ts, v, offsetof(Type, abs), "__abs__", NULL); }

Value obj_index(ThreadState *ts, Value v) {
    if (v.tag == VAL_INT || val_is_bigint(v)) {
        return val_dup(v);
    }
    if (v.tag == VAL_BOOL) {
        return val_int(v.as.i);
    }
    Type *t = val_type(v);
    Value r = VNULL;
    if (t->flags & TYPE_HEAP) {
        Value f = type_lookup(t, str_intern_cstr("__index__"));
        if (!val_is_null(f)) {
            r = obj_call_unbound(ts, f, v, NULL, 0);
        }
    } else if (t->index) {
        r = t->index(ts, v);
    }
    if (val_is_null(r)) {
        if (!exc_occurred(ts)) {
            exc_raise(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer", t->name);
        }
        return VNULL;
    }
    if (!val_is_int_subclass(r)) {
        exc_raise(ts, &ExcTypeError, "__index__ returned non-int (type %s)", val_type_name(r));
        val_decref(r);
        return VNULL;
    }
    Value e = int_exact(ts, r);
    val_decref(r);
    return e;
}

bool obj_index_i64(ThreadState *ts, Value v, int64_t *out) {
    if (v.tag == VAL_INT || v.tag == VAL_BOOL) {
        *out = v.as.i;
        return true;
    }
    Value i = obj_index(ts, v);
    if (val_is_null(i)) {
        return false;
    }
    bool ok = int_to_i64(i, out);
    if (!ok) {
        exc_raise(ts, &ExcIndexError, "cannot fit 'int' into an index-sized integer");
    }
    val_decref(i);
    return ok;
}

bool type_is_subtype(Type *a, Type *b) {
    if (a == b) {
        return true;
    }
    if (a->mro) {
        ObjTuple *mro = (ObjTuple *)a->mro;
        for (int64_t i = 0; i < mro->len; i++) {
            if (mro->items[i].as.obj == &b->base) {
                return true;
            }
        }
        return false;
    }
    // Not ready yet: follow the single-inheritance chain.
    for (Type *t = a->base_type; t; t = t->base_type) {
        if (t == b) {
            return true;
        }
    }
    return false;
}

// --- recursive reprs -------------------------------------------------------------------

// The containers whose repr is being built on this thread: a list that
// contains itself prints as [...] instead of recursing forever.
static _Thread_local Obj **repr_stack;
static _Thread_local int repr_depth, repr_cap;

bool repr_enter(ThreadState *ts, Obj *o) {
    (void)ts;
    for (int i = 0; i < repr_depth; i++) {
        if (repr_stack[i] == o) {
            return true;
        }
    }
    if (repr_depth == repr_cap) {
        repr_cap = repr_cap ? repr_cap * 2 : 16;
        repr_stack = realloc(repr_stack, sizeof(Obj *) * (size_t)repr_cap);
        if (!repr_stack) {
            cs_fatal("out of memory");
        }
    }
    repr_stack[repr_depth++] = o;
    return false;
}

void repr_leave(ThreadState *ts, Obj *o) {
    (void)ts;
    for (int i = repr_depth - 1; i >= 0; i--) {
        if (repr_stack[i] == o) {
            repr_stack[i] = repr_stack[--repr_depth];
            return;
        }
    }
}
